import type { EntityType } from '../schema.js';
import { isCommonWord } from './lexicons.js';

const CONNECTORS = new Set(['of', 'for', 'on', 'against', 'the', 'a', 'an', 'and', '&', 'to', 'in', 'at', 'de', 'du', 'des']);
const ORDINAL_WORDS: Record<string, string> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th',
  eighth: '8th', ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th',
};

/** Types whose names are long and shortened in running text. */
const SHORTENED_TYPES: ReadonlySet<EntityType> = new Set(['action-plan', 'event', 'project', 'organisation']);

function contentWords(surface: string): string[] {
  return surface
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTORS.has(w))
    .map((w) => ORDINAL_WORDS[w] ?? w)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The same words in another order or with other connectors: "6th Ministerial Conference of the Budapest Process". */
export function sameWords(a: string, b: string): boolean {
  const x = contentWords(a).sort();
  const y = contentWords(b).sort();
  return x.length > 0 && x.length === y.length && x.every((w, i) => w === y[i]);
}

/**
 * A shortened form of a longer name of the same type: its first words before the complement
 * ("Istanbul Commitments" ← "Istanbul Commitments on the Silk Routes …"), or its head phrase,
 * with or without the ordinal ("Ministerial Conference", "sixth Ministerial Conference" ←
 * "6th Budapest Process Ministerial Conference"). One word is too little to tell.
 */
export function isShortFormOf(short: string, long: string, type: EntityType): boolean {
  if (!SHORTENED_TYPES.has(type)) return false;
  const s = contentWords(short);
  const l = contentWords(long);
  if (s.length < 2 || s.length >= l.length) return false;
  if (s.every((w) => isCommonWord(w) || /^\d+(?:st|nd|rd|th)$/u.test(w)) && type === 'organisation') return false;
  // An organisation's first words name its parent, not itself: "Budapest Process" ≠ "Budapest Process Secretariat".
  const prefix = type !== 'organisation' && s.every((w, i) => l[i] === w);
  const ordinal = /^\d+(?:st|nd|rd|th)$/u.test(s[0]!) ? s[0] : undefined;
  const tail = ordinal ? s.slice(1) : s;
  const headPart = contentWords(long.split(/\s+(?:of|for|on|against)\s+/iu)[0] ?? long);
  const suffix = tail.length >= 2 && tail.every((w, i) => headPart[headPart.length - tail.length + i] === w) && (!ordinal || l[0] === ordinal);
  return prefix || suffix;
}
