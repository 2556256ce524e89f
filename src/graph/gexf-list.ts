/**
 * A GEXF 1.3 list value (`liststring`): `["a", "b, c"]`. Every item is double-quoted with `\` and `"`
 * backslash-escaped, the quoting the GEXF primer allows and Gephi's parser reads, so commas, brackets
 * and quotes inside items survive.
 */
export function formatGexfList(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item.replace(/[\\"]/g, (character) => `\\${character}`)}"`);
  return `[${quoted.join(', ')}]`;
}
