/** The entry class of Java and Kotlin sources, found with the patterns in their language.json. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blankCommentsAndStrings, entryClassOf } from './entry-class.ts';
import { loadLanguages } from './load.ts';

const languages = loadLanguages();
const spec = (id: string) => {
  const entry = languages.find((language) => language.id === id)?.entryClass;
  assert.ok(entry, `${id} has an entryClass`);
  return entry;
};

describe('entry class', () => {
  test('Java: the public class names the file, the class holding main is run', () => {
    const java = spec('java');
    assert.deepEqual(entryClassOf(java, 'public class Sum {\n  public static void main(String[] a) {}\n}\n'), {
      mainClass: 'Sum',
      fileClass: 'Sum',
    });
    const twoClasses = `import java.util.*;
class Helper { static int twice(int x) { return 2 * x; } }
// class Decoy { public static void main(String[] a) {} }
final class Solution {
    static String s = "class Fake { static void main(";
    static public void main(String... args) { System.out.println(Helper.twice(2)); }
}
`;
    assert.deepEqual(entryClassOf(java, twoClasses), { mainClass: 'Solution', fileClass: 'Solution' });
    const driver =
      'final class Driver { static void main(Runnable r) { r.run(); } }\npublic class Main {\n  public static void main(final String[] args) { Driver.main(() -> {}); }\n}\n';
    assert.deepEqual(entryClassOf(java, driver), { mainClass: 'Main', fileClass: 'Main' });
    const publicOther = 'class Runner { public static void main(String[] a) {} }\npublic class Api {}\n';
    assert.deepEqual(entryClassOf(java, publicOther), { mainClass: 'Runner', fileClass: 'Api' });
    assert.deepEqual(entryClassOf(java, 'public class Main { public static void main(String[] a) {} }'), {
      mainClass: 'Main',
      fileClass: 'Main',
    });
  });

  test('Kotlin: a top-level fun main is MainKt; an object or a companion with main is its class', () => {
    const kotlin = spec('kotlin');
    assert.equal(entryClassOf(kotlin, 'data class P(val a: Int)\nfun main() { println(P(1)) }\n').mainClass, 'MainKt');
    assert.equal(
      entryClassOf(kotlin, 'object Sum {\n    @JvmStatic\n    fun main(args: Array<String>) {}\n}\n').mainClass,
      'Sum',
    );
    const companion = 'class Solver {\n  companion object {\n    @JvmStatic fun main(args: Array<String>) {}\n  }\n}\n';
    assert.equal(entryClassOf(kotlin, companion).mainClass, 'Solver');
  });

  test('comments and strings are blanked without moving anything', () => {
    const source = 'a /* { */ b // }\n"{\\"}" \'}\' """ { """ c';
    const blanked = blankCommentsAndStrings(source);
    assert.equal(blanked.length, source.length);
    assert.equal(blanked.replace(/\s+/g, ' '), 'a b c');
  });
});
