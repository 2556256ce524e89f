/** The form in which names are compared: lower case, one space, straight apostrophes, no final dot. */
export function phraseKey(surface: string): string {
  return surface
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}
