import type { Lexicons } from '../lexicons.js';
import type { DraftEntity, Sentence } from '../state.js';
import { relateAdoptedBy } from './adopted-by.js';
import { relateAffiliatedWith } from './affiliated-with.js';
import { withAnaphora } from './anaphora.js';
import { coOccurrences, type CoOccurrence } from './co-occurs.js';
import type { PlacedMention, RelationContext, RelationDraft } from './context.js';
import { relateFundedBy } from './funded-by.js';
import { relateHeldIn } from './held-in.js';
import { relateHeldOn } from './held-on.js';
import { relateImplementedBy } from './implemented-by.js';
import { relateLocatedIn } from './located-in.js';
import { relateMemberOf } from './member-of.js';
import { relateOrganisedBy } from './organised-by.js';
import { relatePartOf } from './part-of.js';
import { relateValidDuring } from './valid-during.js';

export interface Related {
  readonly typed: RelationDraft[];
  readonly coOccurring: CoOccurrence[];
}

/** Places every mention of every entity in its sentence, in text order. */
function placeMentions(sentences: readonly Sentence[], entities: readonly DraftEntity[]): PlacedMention[][] {
  const bySentence: PlacedMention[][] = sentences.map(() => []);
  const starts = sentences.map((s) => s.start);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      // Binary search for the sentence holding the mention's start.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= mention.start) lo = mid;
        else hi = mid - 1;
      }
      bySentence[lo]?.push({ start: mention.start, end: mention.end, entity, anaphoric: false });
    }
  }
  for (const list of bySentence) list.sort((a, b) => a.start - b.start);
  return bySentence;
}

/** Runs every relation extractor; keeps one relation per type and ordered pair, the surest. */
export function relate(clean: string, sentences: readonly Sentence[], entities: readonly DraftEntity[], lexicons: Lexicons): Related {
  const placed = placeMentions(sentences, entities);
  const context: RelationContext = {
    clean,
    sentences,
    entities,
    mentionsBySentence: withAnaphora(clean, sentences, placed),
  };
  const organisedBy = relateOrganisedBy(context);
  const drafts = [
    ...relateAffiliatedWith(lexicons)(context),
    ...relatePartOf(context),
    ...relateMemberOf(context),
    ...relateLocatedIn(context),
    ...organisedBy,
    ...relateHeldIn(context),
    ...relateHeldOn(context),
    ...relateAdoptedBy(organisedBy)(context),
    ...relateValidDuring(context),
    ...relateImplementedBy(context),
    ...relateFundedBy(context),
  ];
  const best = new Map<string, RelationDraft>();
  for (const d of drafts) {
    if (d.source === d.target) continue;
    const key = `${d.type}|${d.source.key}|${d.target.key}`;
    const seen = best.get(key);
    if (!seen || d.confidence > seen.confidence || (d.confidence === seen.confidence && !seen.role && d.role)) best.set(key, d);
  }
  // A title taken out of a person's name is the role of an affiliation that states none.
  const typed = [...best.values()].map((d) =>
    d.type === 'affiliated-with' && !d.role && d.source.titles[0] ? { ...d, role: d.source.titles[0] } : d,
  );
  return {
    typed,
    coOccurring: coOccurrences({ ...context, mentionsBySentence: placed }),
  };
}
