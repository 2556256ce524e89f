const controlOrSpace = /[\s\p{Cc}]+/gu;
const leadingThe = /^the /;
const possessive = /['\u2019]s$/;
const trailingPunctuation = /[\s\p{Po}\p{Pd}]+$/u;

/**
 * The form under which two surface forms count as the same name: NFKC, case-folded,
 * whitespace collapsed, without a leading "the", a possessive 's or trailing punctuation.
 */
export function normaliseName(surface: string): string {
  // Upper-then-lower approximates full case folding ("ß" → "ss", "ς" → "σ"), which toLowerCase alone misses.
  let name = surface.normalize('NFKC').toUpperCase().toLowerCase().replace(controlOrSpace, ' ').trim();
  // Stripping one suffix can expose another ("Europol's." → "Europol's" → "Europol"), so repeat until stable.
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(trailingPunctuation, '').replace(possessive, '').replace(leadingThe, '');
  }
  return name;
}
