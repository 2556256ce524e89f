import ambiguous from './ambiguous-given-names.json';
import given from './given-names.json';

/**
 * Given (first) names of many cultures, title case, with ASCII-folded spellings ("Valérie",
 * "Valerie"). Excludes the names in {@link ambiguousGivenNames}. Sorted by UTF-16 code units.
 */
export const givenNames: readonly string[] = given;

/**
 * Given names that are also ordinary English words ("Will", "May", "Mark", "Bill", "Rose",
 * "Grace", "Hope"): evidence of a person only together with other evidence (a title, a known
 * surname, a later mention).
 */
export const ambiguousGivenNames: readonly string[] = ambiguous;

/**
 * Lower-case particles that may stand inside a person's name between given name and surname
 * ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Mohammed bin Salman").
 */
export const surnameParticles: readonly string[] = [
  'al', 'ben', 'bin', 'bint', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'des', 'di', 'dos',
  'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von', 'y', 'zu',
];
