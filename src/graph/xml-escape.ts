// Without the u flag these see UTF-16 code units, so a surrogate counts as lone only when its partner is missing.
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const loneHighSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
const loneLowSurrogate = /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const xmlIllegal = new RegExp(
  [forbiddenCharacter, loneHighSurrogate, loneLowSurrogate].map(({ source }) => source).join('|'),
  'g',
);

const textEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be folded into the following LF by any XML parser.
  '\r': '&#13;',
};

const attributeEntities: Record<string, string> = {
  ...textEntities,
  // Parsers replace raw tabs and newlines in attribute values by spaces; character references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Drops the characters XML 1.0 cannot carry at all, even as references. */
export function removeXmlIllegal(text: string): string {
  return text.replace(xmlIllegal, '');
}

/** Text content of an element, safe to place between tags. */
export function escapeXmlText(text: string): string {
  return removeXmlIllegal(text).replace(/[&<>"'\r]/g, (character) => textEntities[character] ?? character);
}

/** The value of a double-quoted attribute, read back unchanged by a conforming parser. */
export function escapeXmlAttribute(value: string): string {
  return removeXmlIllegal(value).replace(/[&<>"'\t\n\r]/g, (character) => attributeEntities[character] ?? character);
}
