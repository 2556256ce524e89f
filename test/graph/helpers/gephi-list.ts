/**
 * Reads a GEXF list value the way Gephi's graphstore does (ArraysParser with
 * FormattingAndParsingUtils.parseLiteral/parseValue): brackets, commas and whitespace separate items;
 * an item in single or double quotes is literal, with backslash escaping the quote and the backslash;
 * an unquoted item runs to the next comma or closing bracket and is trimmed.
 */
export function readGephiList(input: string): Array<string | null> {
  if (input.toLowerCase() === '<empty>') return [];
  const source = `${input} `;
  const items: Array<string | null> = [];
  let position = 0;
  while (position < source.length) {
    const character = source[position] ?? '';
    if ('[]() \t\r\n,'.includes(character)) {
      position += 1;
    } else if (character === '"' || character === "'") {
      let item = '';
      let escaping = false;
      for (position += 1; position < source.length; position += 1) {
        const next = source[position] ?? '';
        if (next === character && !escaping) break;
        if (next === '\\' && !escaping) {
          escaping = true;
          continue;
        }
        escaping = false;
        item += next;
      }
      position += 1;
      items.push(item);
    } else {
      let item = '';
      while (position < source.length && !')]'.includes(source[position] ?? '')) {
        const next = source[position] ?? '';
        position += 1;
        if (next === ',') break;
        item += next;
      }
      items.push(item.trim() === 'null' ? null : item.trim());
    }
  }
  return items;
}
