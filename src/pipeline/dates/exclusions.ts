/*
 * URLs and e-mail addresses are boilerplate that holds no entities, however date-like their digits
 * ("/2019/03/21/", "info2019@...").
 */

const URL_START = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]*/giu;
const EMAIL_LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN_PART = /[\p{L}\p{N}.-]/u;

export type Span = readonly [start: number, end: number];

function findUrlSpans(text: string): Span[] {
  const spans: Span[] = [];
  URL_START.lastIndex = 0;
  for (let match = URL_START.exec(text); match !== null; match = URL_START.exec(text)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Grows outwards from each "@"; neither side crosses another "@", so every character is read at most twice. */
function findEmailSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_PART.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN_PART.test(text[end] ?? '')) end++;
    if (start < at && text.slice(at + 1, end).includes('.')) spans.push([start, end]);
  }
  return spans;
}

/** Returns a test for whether a span touches a URL or e-mail address. */
export function createExclusionTest(text: string): (start: number, end: number) => boolean {
  const spans = [...findUrlSpans(text), ...findEmailSpans(text)];
  if (spans.length === 0) return () => false;
  const excluded = new Uint8Array(text.length);
  for (const [start, end] of spans) excluded.fill(1, start, end);
  return (start, end) => {
    for (let index = start; index < end; index++) if (excluded[index] === 1) return true;
    return false;
  };
}
