/**
 * Text preparation that keeps offsets: boilerplate is blanked with spaces,
 * never removed, so every later offset is an offset into the input.
 */

// Bounded repetitions keep every pattern linear on adversarial input ("a.a.a.a…" with no TLD).
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”‘’]+|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|int|eu|gov|edu|info|io|co|uk|de|fr|at|ch|be|it|es|nl)(?:\/[^\s<>"'“”]*)?(?![\w.])/giu;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/gu;
const MARKUP = /<\/?[a-zA-Z][^<>]{0,500}>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/gu;
// C0 controls except tab/newline/CR, DEL, C1 controls, non-characters and lone surrogates.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

/**
 * Runs of over 100 characters without a space are not language (hashes, base64, "a.a.a…"),
 * and tokenisers slow down on them.
 */
const UNBROKEN_RUN = /\S{101,}/gu;

/** "Ref. EDOC #1318742 v3", "No. 12/2024": a reference number as an item of a furniture row. */
const REFERENCE_ITEM = /^(?:ref|reference|doc|no|nr|file)\.?\s+[^\s]{0,20}\s?#?\d/u;

/**
 * Lines that are nothing but page furniture ("Number of Pages", "JPEG"), and sharing bars:
 * "Follow us: LinkedIn | X | YouTube", where every item is a channel or a call to share.
 */
function blankFurnitureLines(text: string, furniture: ReadonlySet<string>, channels: ReadonlySet<string>): string {
  return text.replace(/^[^\n]*$/gmu, (line) => {
    const key = line
      .trim()
      .replace(/^[•·*\-–]\s*/u, '')
      .replace(/[:.]$/u, '')
      .toLowerCase();
    if (key && furniture.has(key)) return ' '.repeat(line.length);
    const items = key.split(/\s*[|•·:]\s*/u).filter(Boolean);
    // "Share on Facebook", "Follow us on X @ETCourier", "Newsletter": calls to share, handles, furniture.
    const isSharingItem = (item: string) => {
      const bare = item.replace(/\s*@\S+/gu, '').replace(/^(?:share(?: this(?: story| page| article)?)?|follow us|find us|connect with us)(?: on| via)?\s+/u, '');
      return channels.has(bare) || channels.has(item) || furniture.has(bare) || REFERENCE_ITEM.test(item);
    };
    const sharing = items.some((item) => channels.has(item.split(/\s+/u).pop() ?? '') || channels.has(item));
    const furnitureRow = items.some((item) => furniture.has(item)) && items.some((item) => REFERENCE_ITEM.test(item));
    return items.length >= 2 && items.every(isSharingItem) && (sharing || furnitureRow) ? ' '.repeat(line.length) : line;
  });
}

/** Returns a copy of `text` of the same length with boilerplate replaced by spaces. */
export function prepareText(text: string, furniture: ReadonlySet<string>, sharingChannels: ReadonlySet<string> = new Set()): string {
  let clean = text.replace(UNPRINTABLE, (m) => ' '.repeat(m.length));
  clean = blank(clean, EMAIL);
  clean = blank(clean, URL);
  clean = blank(clean, MARKUP);
  clean = blank(clean, UNBROKEN_RUN);
  return blankFurnitureLines(clean, furniture, sharingChannels);
}
