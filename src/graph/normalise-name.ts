const controlOrSpace = /[\s\p{Cc}]+/gu;
const leadingThe = /^the /;
const possessive = /['\u2019]s$/;
const trailingPunctuation = /[\s\p{Po}\p{Pd}]+$/u;

/**
 * The form under which two surface forms count as the same name: NFKC, case-folded,
 * whitespace collapsed, without a leading "the", a possessive 's or trailing punctuation.
 */
export function normaliseName(surface: string): string {
  // Upper-then-lower approximates full case folding ("ß" → "ss", "ς" → "σ"), which toLowerCase alone
  // misses; it can take two rounds ("ẞ" → "ß" → "ss"), so fold until stable.
  let folded = surface.normalize('NFKC');
  for (let previous = '', rounds = 0; previous !== folded && rounds < 4; rounds++) {
    previous = folded;
    folded = folded.toUpperCase().toLowerCase().normalize('NFKC');
  }
  let name = folded.replace(controlOrSpace, ' ').trim();
  // Stripping one suffix can expose another ("Europol's." → "Europol's" → "Europol"), so repeat until stable.
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(trailingPunctuation, '').replace(possessive, '').replace(leadingThe, '');
  }
  return name;
}
