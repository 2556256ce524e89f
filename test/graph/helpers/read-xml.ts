/** An element of a parsed XML document; `text` is its own character data, children excluded. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReferences(raw: string): string {
  if (/&(?!#x[0-9a-f]+;|#[0-9]+;|amp;|lt;|gt;|quot;|apos;)/i.test(raw)) throw new Error(`bare & in ${JSON.stringify(raw)}`);
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, reference: string) => {
    if (reference.startsWith('#x') || reference.startsWith('#X')) return String.fromCodePoint(parseInt(reference.slice(2), 16));
    if (reference.startsWith('#')) return String.fromCodePoint(parseInt(reference.slice(1), 10));
    return namedEntities[reference] ?? '';
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const rest = source.replace(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, (_, name: string, double?: string, single?: string) => {
    const literal = double ?? single ?? '';
    if (literal.includes('<')) throw new Error(`raw < in attribute ${name}`);
    if (name in attributes) throw new Error(`duplicate attribute ${name}`);
    // XML 1.0 §3.3.3: literal whitespace characters in attribute values become spaces; references do not.
    attributes[name] = decodeReferences(literal.replace(/[\t\n\r]/g, ' '));
    return '';
  });
  if (rest.trim() !== '') throw new Error(`cannot parse attributes: ${rest}`);
  return attributes;
}

/**
 * A small, strict-enough XML reader for tests: elements, attributes, character data and references,
 * with the attribute-value and line-ending normalisation a conforming parser applies.
 */
export function readXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  // Declarations and comments, then closing tags, opening tags and character data.
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const match of xml.matchAll(token)) {
    if (match.index !== consumed) throw new Error(`unexpected markup at ${consumed}`);
    consumed = match.index + match[0].length;
    const [, closing, opening, attributeSource, selfClosing, text] = match;
    const current = stack.at(-1);
    if (current === undefined) throw new Error('content after the root element');
    if (text !== undefined) {
      current.text += decodeReferences(text.replace(/\r\n?/g, '\n'));
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: parseAttributes(attributeSource ?? ''), children: [], text: '' };
      current.children.push(element);
      if (selfClosing !== '/') stack.push(element);
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('unterminated document');
  const [documentElement, ...others] = root.children;
  if (documentElement === undefined || others.length > 0) throw new Error('expected exactly one root element');
  return documentElement;
}

/** Descendants named `name`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
