/**
 * The singular of an English plural, enough for head words and ordinary nouns: "Strategies" →
 * "Strategy", "Processes" → "Process", "Routes" → "Route". Case is kept; a word without a
 * plural ending comes back unchanged.
 */
export function singular(word: string): string {
  if (/ies$/iu.test(word)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(?:ss|sh|ch|x)es$/iu.test(word)) return word.slice(0, -2);
  if (/ss$/iu.test(word)) return word;
  return word.replace(/s$/iu, '');
}
