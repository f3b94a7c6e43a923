/** Choosing a program's language from its files: by name, by content where names are shared. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { chooseLanguage } from './program-language.ts';

const languages = loadLanguages();
const scratch = mkdtempSync(join(tmpdir(), 'verdict-choose-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

function choose(name: string, content: string) {
  const path = join(scratch, `${counter++}-${name}`);
  writeFileSync(path, content);
  return chooseLanguage(languages, [{ path, name }]);
}

describe('chooseLanguage', () => {
  test('Python 2 is refused as unsupported with the reason, Python 3 is not', () => {
    const python2 = [
      'a, b = map(int, raw_input().split())\nprint a + b\n',
      'import sys\nprint >>sys.stderr, "debug"\nprint(1)\n',
      'try:\n    x = int(raw_input())\nexcept ValueError, e:\n    x = 0\n',
    ];
    for (const content of python2) {
      const choice = choose('sum.py', content);
      assert.equal(choice.ok, false, content);
      assert.match(choice.ok ? '' : choice.reason, /^Python 2 is not supported/);
    }
    const python3 = [
      'print(sum(map(int, input().split())))\n',
      'print (1 + 2)\nprint\nprint()\n',
      'print = lambda *a: None\nprint("x")\n',
      'try:\n    pass\nexcept (ValueError, KeyError) as e:\n    pass\n',
    ];
    for (const content of python3) {
      const choice = choose('sum.py', content);
      assert.equal(choice.ok && choice.language.id, 'python3', content);
    }
  });

  test('a .pl program is Prolog when it reads as Prolog, else Perl', () => {
    const prolog = choose('sum.pl', 'main :- read(X), read(Y), Z is X + Y, write(Z), nl.\n');
    assert.equal(prolog.ok && prolog.language.id, 'prolog');
    const perl = choose('sum.pl', 'my @n = split " ", <STDIN>;\nprint $n[0] + $n[1], "\\n";\n');
    assert.equal(perl.ok && perl.language.id, 'perl');
  });
});
