// The same folding as scripts/build-lexicons.mjs, which stores every accented gazetteer name with
// its folded spelling: text written with other diacritics ("Đà Nẵng") still finds "Da Nang".
const SPECIAL_FOLD: Readonly<Record<string, string>> = {
  ı: 'i', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ħ: 'h', Ħ: 'H',
};

/** Strips diacritics and maps the few letters that do not decompose; ASCII text comes back as it is. */
export function asciiFold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/u.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıßøØłŁđĐðÐæÆœŒþÞħĦ]/gu, (ch) => SPECIAL_FOLD[ch] ?? ch)
    .normalize('NFC');
}
