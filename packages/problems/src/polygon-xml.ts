/**
 * A small XML reader for Polygon's problem.xml: elements, attributes and text, which is all
 * that file uses (machine-written, no DTD). Not a general XML parser: processing
 * instructions, comments and DOCTYPE are skipped, CDATA is read as text.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (of its direct text nodes), trimmed. */
  text: string;
}

/** problem.xml is not well-formed: the message says where. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses an XML document into its root element. */
export function parseXml(text: string): XmlElement {
  const source = text.replace(/^\uFEFF/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const texts: string[][] = [[]];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const chunk = source.slice(at, open === -1 ? source.length : open);
    texts[texts.length - 1]?.push(decode(chunk));
    if (open === -1) break;
    const skip = (start: string, end: string): boolean => {
      if (!source.startsWith(start, open)) return false;
      const close = source.indexOf(end, open + start.length);
      if (close === -1) throw new XmlError(`unterminated ${start} at offset ${open}`);
      if (start === '<![CDATA[') texts[texts.length - 1]?.push(source.slice(open + start.length, close));
      at = close + end.length;
      return true;
    };
    if (skip('<?', '?>') || skip('<!--', '-->') || skip('<![CDATA[', ']]>') || skip('<!', '>')) continue;
    const close = source.indexOf('>', open);
    if (close === -1) throw new XmlError(`unterminated tag at offset ${open}`);
    const tag = source.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const element = stack.pop();
      if (element === undefined || element === root || element.name !== name) {
        throw new XmlError(`</${name}> at offset ${open} closes ${element?.name ?? 'nothing'}`);
      }
      element.text = (texts.pop() ?? []).join('').trim();
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^[^\s/>]+/.exec(body)?.[0];
    if (!name) throw new XmlError(`a tag without a name at offset ${open}`);
    const attributes: Record<string, string> = {};
    for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
      attributes[match[1] as string] = decode(match[3] ?? match[4] ?? '');
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      texts.push([]);
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1]?.name}> is never closed`);
  const top = root.children[0];
  if (top === undefined) throw new XmlError('no root element');
  return top;
}

/** The first child element of that name, following a path of names. */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) current = current?.children.find((candidate) => candidate.name === name);
  return current;
}

/** Every child element of that name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((candidate) => candidate.name === name) ?? [];
}
