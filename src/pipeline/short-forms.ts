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

/** The key under which reorderings of one name meet: its content words, sorted. */
export function reorderingKey(surface: string): string {
  return contentWords(surface).sort().join(' ');
}

/** The key a short form is looked up by: its content words in order. */
export function shortFormKey(surface: string): string {
  return contentWords(surface).join(' ');
}

/**
 * The short forms a full name may be written as, each as a `shortFormKey`: its first words
 * before the complement ("Istanbul Commitments" ← "Istanbul Commitments on the Silk Routes …"),
 * or its head phrase with or without its ordinal ("Ministerial Conference", "sixth Ministerial
 * Conference" ← "6th Budapest Process Ministerial Conference"). One word is too little to tell;
 * an organisation's first words name its parent ("Budapest Process" ≠ "… Process Secretariat").
 */
export function shortFormKeys(long: string, type: EntityType): string[] {
  if (!SHORTENED_TYPES.has(type)) return [];
  const words = contentWords(long);
  const keys: string[] = [];
  if (type !== 'organisation') for (let n = 2; n < words.length; n++) keys.push(words.slice(0, n).join(' '));
  const headPart = contentWords(long.split(/\s+(?:of|for|on|against)\s+/iu)[0] ?? long);
  // An organisation is shortened to its whole name before the complement: "National Assembly"
  // ← "National Assembly of the Republic of Bulgaria".
  if (type === 'organisation' && headPart.length >= 2 && headPart.length < words.length) keys.push(headPart.join(' '));
  const ordinal = /^\d+(?:st|nd|rd|th)$/u.test(words[0] ?? '') ? words[0] : undefined;
  for (let n = 2; n < headPart.length; n++) {
    const tail = headPart.slice(headPart.length - n);
    if (ordinal && tail[0] === ordinal) continue;
    if (type === 'organisation' && tail.every((w) => isCommonWord(w))) continue;
    keys.push(tail.join(' '));
    if (ordinal) keys.push([ordinal, ...tail].join(' '));
  }
  return keys.filter((k) => k !== words.join(' '));
}
