import type { Lexicons } from '../lexicons.js';
import type { PlacedMention, RelationContext, RelationDraft, RelationExtractor } from './context.js';

/** The words of any known title, so that "Deputy Chief of Mission" reads as a title throughout. */
function titleVocabulary(lexicons: Lexicons): Set<string> {
  const words = new Set(['deputy', 'vice', 'acting', 'former', 'senior', 'chief', 'general', 'special', 'associate', 'assistant', 'executive', 'principal', 'head', 'dg', 'ceo', 'of', 'for', 'and', 'the', 'project', 'officer', 'programme', 'program', 'policy', 'national', 'regional']);
  for (const title of lexicons.personTitles) for (const w of title.split(/\s+/u)) words.add(w);
  return words;
}

/**
 * The role a gap states, or undefined when the gap is not a title: "'s DG " → "DG". With
 * `portfolio`, a title may end in its remit: "Secretary General for Human Rights".
 */
function roleIn(gap: string, vocabulary: ReadonlySet<string>, lexicons: Lexicons, portfolio = false): string | undefined {
  const words = gap
    .replace(/^['’]s\b/u, '')
    .split(/[\s,]+/u)
    .filter(Boolean)
    .filter((w) => !lexicons.honorifics.has(w.toLowerCase().replace(/\.$/u, '')));
  if (words.length === 0 || words.length > 9) return undefined;
  const titled = words.findIndex((w) => !vocabulary.has(w.toLowerCase()));
  if (titled === 0) return undefined;
  if (titled > 0 && !(portfolio && /^(?:for|of)$/iu.test(words[titled - 1] ?? ''))) return undefined;
  const role = words.join(' ').replace(/^(?:the|of|for|and)\s+|\s+(?:of|for|and|the)$/giu, '');
  return role || undefined;
}

/** "…, Ms " → "…, ": honorifics between a title and a name change nothing. */
function withoutHonorifics(gap: string, lexicons: Lexicons): string {
  return gap.replace(/[\p{L}.]+/gu, (word) => (lexicons.honorifics.has(word.toLowerCase().replace(/\.$/u, '')) ? '' : word));
}

function draft(person: PlacedMention, target: PlacedMention, role: string | undefined, confidence: number): RelationDraft {
  return {
    type: 'affiliated-with',
    source: person.entity,
    target: target.entity,
    evidenceStart: Math.min(person.start, target.start),
    evidenceEnd: Math.max(person.end, target.end),
    confidence,
    ...(role ? { role } : {}),
  };
}

const TITLE_THEN_PREPOSITION = /^\s*,\s*(?:the\s+|an?\s+)?(?!\s*(?:and|or)\b)([^,.;:()"“”]{2,80}?)\s+(?:of|at|for|in|from|to|with)\s+(?:the\s+)?$/iu;
/** "Cecilia Lundström Carniel, heading the Budapest Process Secretariat …", "X, who chairs the Y". */
const PERSON_LEADS = /^\s*,\s*(?:who\s+)?(head(?:s|ing|ed)|lead(?:s|ing)|led|chair(?:s|ing|ed)|direct(?:s|ing|ed))\s+(?:the\s+)?$/iu;
const PERSON_FROM = /^\s*(?:from|of|\()\s*(?:the\s+)?$/iu;
const PERSON_IS_TITLE = /^\s+(?:is|was|as|serves as|served as)\s+(?:the\s+|an?\s+)?([^,.;:()"“”]{2,80}?)\s+(?:at|of|for|with|in)\s+(?:the\s+)?$/iu;
const TITLE_BEFORE = /(?:^|[\s,(])([A-Z][\w-]*(?:\s+[\w-]+){0,5})\s+(?:of|at|for)\s+(?:the\s+)?(?:[\p{L}\p{N}.-]+['’]s\s+)?$/u;

/**
 * `affiliated-with`: person → organisation or place, with the role the text gives:
 * "ICMPD's DG Michael Spindelegger", "Victor Fortes, Director of the Office …",
 * "Head of Europol's … Centre, Jari Liukku", "Graziella Rizza from DG Migration …".
 */
export const relateAffiliatedWith =
  (lexicons: Lexicons): RelationExtractor =>
  (context: RelationContext) => {
    const vocabulary = titleVocabulary(lexicons);
    const found: RelationDraft[] = [];
    for (const mentions of context.mentionsBySentence) {
      mentions.forEach((person, i) => {
        if (person.entity.type !== 'person' || person.anaphoric) return;
        const previous = mentions[i - 1];
        if (previous && (previous.entity.type === 'organisation' || previous.entity.type === 'place')) {
          const gap = context.clean.slice(previous.end, person.start);
          const role = roleIn(gap, vocabulary, lexicons);
          if (role !== undefined || /^['’]s\s+$/u.test(gap)) found.push(draft(person, previous, role, 0.75));
          else if (/^\s*,\s*$/u.test(withoutHonorifics(gap, lexicons))) {
            const before = TITLE_BEFORE.exec(context.clean.slice(Math.max(0, previous.start - 80), previous.start));
            const title = before?.[1];
            const role = title ? roleIn(title, vocabulary, lexicons, true) : undefined;
            if (role) found.push(draft(person, previous, role, 0.65));
          }
        }
        const next = mentions[i + 1];
        if (next && (next.entity.type === 'organisation' || next.entity.type === 'place')) {
          const gap = context.clean.slice(person.end, next.start);
          const titled = TITLE_THEN_PREPOSITION.exec(gap) ?? PERSON_IS_TITLE.exec(gap);
          const role = titled ? roleIn(titled[1]!, vocabulary, lexicons, true) : undefined;
          if (role) found.push(draft(person, next, role, 0.7));
          else if (PERSON_FROM.test(gap)) found.push(draft(person, next, undefined, 0.55));
          else {
            const leading = PERSON_LEADS.exec(gap);
            if (leading) found.push(draft(person, next, leading[1]!.toLowerCase().startsWith('chair') ? 'Chair' : 'Head', 0.6));
          }
        }
      });
    }
    return found;
  };
