import type { EntityType } from '../schema.js';
import type { Candidate, DraftEntity } from './state.js';
import { UnionFind as Groups } from '../union-find.js';
import { phraseKey } from './phrase-key.js';
import { reorderingKey, shortFormKey, shortFormKeys } from './short-forms.js';
import { yearsAfterNames } from './years-after-names.js';

/** How much a rule's word counts when mentions vote on their entity's type. */
const RULE_WEIGHT: Record<string, number> = {
  'user-lexicon': 3,
  lexicon: 2,
  'acronym-definition': 1.5,
  'acronym-expansion': 1,
  'head-word': 1.5,
  'quoted-title': 1.2,
  'person-evidence': 1.2,
  'person-guess': 1,
  'neighbouring-head': 1,
  'compromise-lexicon': 0.8,
  acronym: 0.25,
  'place-context': 0.4,
  'place-kind': 1,
  propagated: 0.3,
  surname: 0.6,
  'place-tail': 1,
  'list-member': 0.6,
  'ordinal-event': 1.2,
  'shared-head': 2,
  fallback: 0.2,
  team: 1,
};

function isAcronym(surface: string): boolean {
  return /^[\p{Lu}\p{N}&.\- ]+s?$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface);
}

/** Titles and honorifics are roles, not parts of a person's name. */
function lastWord(surface: string): string {
  const words = surface.split(/\s+/u);
  return words[words.length - 1] ?? surface;
}

/**
 * In-document resolution: mentions with one normalised form, an acronym and its expansion,
 * a surname and the full name become one entity, whose type the mentions vote on.
 */
export function resolveEntities(clean: string, mentions: readonly Candidate[]): DraftEntity[] {
  const groups = new Groups(mentions.length);
  const surfaces = mentions.map((m) => clean.slice(m.start, m.end));
  // A team named after its city ("Leeds beat Chelsea … in Leeds") is another entity than the city.
  const keys = surfaces.map((s, i) => {
    const m = mentions[i]!;
    return m.type === 'date' ? `date:${m.value}` : m.rule === 'team' ? `team:${phraseKey(s)}` : phraseKey(s);
  });
  const firstByKey = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, i);
    else groups.union(first, i);
  });
  // A form defined or listed as standing for a fuller name joins that name.
  mentions.forEach((m, i) => {
    if (!m.canonical) return;
    const target = firstByKey.get(phraseKey(m.canonical));
    if (target !== undefined) groups.union(target, i);
    else firstByKey.set(phraseKey(m.canonical), i);
  });
  // A lone surname joins the full name it ends: "Spindelegger" → "Michael Spindelegger".
  const surnameOwner = new Map<string, number>();
  // A double surname too: "Montoya Ibáñez" → "Rafael Montoya Ibáñez".
  const claim = (surname: string, i: number) => {
    const owner = surnameOwner.get(surname);
    if (owner === undefined) surnameOwner.set(surname, i);
    else if (groups.find(owner) !== groups.find(i)) surnameOwner.set(surname, -1); // two people share it: ambiguous
  };
  mentions.forEach((m, i) => {
    if (m.type !== 'person' || !/\s/u.test(surfaces[i]!)) return;
    const words = surfaces[i]!.split(/\s+/u);
    claim(phraseKey(lastWord(surfaces[i]!)), i);
    if (words.length >= 3) claim(phraseKey(words.slice(-2).join(' ')), i);
  });
  mentions.forEach((m, i) => {
    if (m.type === 'date') return;
    const words = surfaces[i]!.split(/\s+/u).length;
    // One word, or two that a longer person's name ends with, and not a full name of their own.
    if (words > 2 || (words === 2 && m.type !== 'person')) return;
    const owner = surnameOwner.get(keys[i]!);
    if (owner !== undefined && owner >= 0 && owner !== i && (m.type === 'person' || m.confidence < 0.8)) groups.union(owner, i);
  });

  const voteType = (indices: readonly number[]): EntityType => {
    const votes = new Map<EntityType, number>();
    for (const i of indices) {
      const m = mentions[i]!;
      votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence * (RULE_WEIGHT[m.rule] ?? 1));
    }
    return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
  };
  joinShortForms(groups, membersOf(groups, mentions.length), surfaces, voteType);
  joinUndefinedAcronyms(groups, membersOf(groups, mentions.length), surfaces, voteType);
  const members = membersOf(groups, mentions.length);

  // One scan of the text per distinct full form, however many mentions point to it.
  const occurrence = new Map<string, boolean>();
  const occursInText = (form: string): boolean => {
    let found = occurrence.get(form);
    if (found === undefined) occurrence.set(form, (found = clean.includes(form)));
    return found;
  };
  const yearSuffixed = yearSuffixedForms(clean, mentions);
  const entities: DraftEntity[] = [];
  for (const [root, indices] of [...members].sort((a, b) => a[0] - b[0])) {
    const type = voteType(indices);
    const forms = new Set<string>();
    for (const i of indices) forms.add(surfaces[i]!);
    // The name must occur in the text: a lexicon's full form counts only where the text writes it.
    for (const canonical of new Set(indices.map((i) => mentions[i]!.canonical))) {
      if (canonical && occursInText(canonical)) forms.add(canonical);
    }
    // "Sudan Regional Refugee Response Plan 2024": a year written right after an instrument's
    // name belongs to its fullest form; the year stays a date of its own.
    for (const i of indices) {
      const withYear = yearSuffixed.get(i);
      if (withYear) forms.add(withYear);
    }
    // "Rabat and Khartoum Processes": the full name of a conjunct is read, not written.
    const readName = indices.map((i) => mentions[i]!).find((m) => m.rule === 'shared-head')?.canonical;
    if (readName) forms.add(readName);
    const titles = [...new Set(indices.map((i) => mentions[i]!.title).filter((t): t is string => !!t))];
    const value = type === 'date' ? mentions[indices[0]!]!.value : undefined;
    entities.push({
      key: root,
      type,
      name: readName && ![...forms].some((f) => phraseKey(f) === phraseKey(readName) && f !== readName) ? readName : chooseName([...forms], type, countUses(indices.map((i) => surfaces[i]!))),
      forms,
      mentions: indices.map((i) => mentions[i]!),
      ...(value ? { value } : {}),
      titles,
    });
  }
  return entities;
}

const NAMED_WITH_YEAR: ReadonlySet<EntityType> = new Set(['action-plan', 'project', 'event']);

/** Mention index → its name with the year or year range written right after it ("… Strategy 2023–2030"). */
function yearSuffixedForms(clean: string, mentions: readonly Candidate[]): Map<number, string> {
  const forms = new Map<number, string>();
  for (const [i, year] of yearsAfterNames(clean, mentions)) {
    const m = mentions[i]!;
    if (NAMED_WITH_YEAR.has(m.type)) forms.set(i, clean.slice(m.start, year.end));
  }
  return forms;
}

function addToIndex(index: Map<string, Set<number>>, key: string, root: number): void {
  const set = index.get(key);
  if (set) set.add(root);
  else index.set(key, new Set([root]));
}

function countUses(surfaces: readonly string[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const s of surfaces) uses.set(s, (uses.get(s) ?? 0) + 1);
  return uses;
}

function membersOf(groups: Groups, size: number): Map<number, number[]> {
  const members = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  return members;
}

/**
 * Joins a shortened or reordered form to the full name it stands for, when exactly one entity
 * of that type has a full name it fits: "Global Compact" → "Global Compact on Migration".
 */
function joinShortForms(
  groups: Groups,
  members: ReadonlyMap<number, number[]>,
  surfaces: readonly string[],
  voteType: (indices: readonly number[]) => EntityType,
): void {
  const byType = new Map<EntityType, Array<{ root: number; forms: string[] }>>();
  for (const [root, indices] of members) {
    const type = voteType(indices);
    if (type === 'date' || type === 'person') continue;
    const forms = [...new Set(indices.map((i) => surfaces[i]!))];
    const list = byType.get(type);
    if (list) list.push({ root, forms });
    else byType.set(type, [{ root, forms }]);
  }
  for (const [type, entities] of byType) {
    const join = (key: (form: string) => string, keysOfFullName: (form: string) => string[]) => {
      const index = new Map<string, Set<number>>();
      for (const entity of entities) {
        for (const form of entity.forms) {
          for (const k of keysOfFullName(form)) {
            if (k) addToIndex(index, k, entity.root);
          }
        }
      }
      for (const entity of entities) {
        const roots = new Set<number>();
        for (const form of entity.forms) {
          const k = key(form);
          if (k.includes(' ')) for (const root of index.get(k) ?? []) roots.add(root);
        }
        roots.delete(entity.root);
        const targets = new Set([...roots].map((r) => groups.find(r)));
        targets.delete(groups.find(entity.root));
        if (targets.size === 1) groups.union(entity.root, [...roots].find((r) => groups.find(r) !== groups.find(entity.root)) ?? entity.root);
      }
    };
    // Reorderings first ("… Conference of the Budapest Process" = "… Budapest Process … Conference"),
    // so that a short form then finds one entity, not two spellings of it. Places take only reorderings
    // ("Euro-Mediterranean region" = "Euro Mediterranean region"): their short forms are other places.
    join(reorderingKey, (form) => [reorderingKey(form)]);
    if (type !== 'place') join(shortFormKey, (form) => shortFormKeys(form, type));
  }
}

/** Capital letters of a name's words: "Migration Media Award" → "MMA", "General Directorate of Immigration" → "GDI". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * An acronym the text never spells out joins the one entity whose words it abbreviates — in
 * order ("MMA" ← "Migration Media Award") or, from three letters, in another language's order
 * ("DGI" ← "General Directorate of Immigration") — or the one entity it names with a number
 * ("ENIGMMA" ← "ENIGMMA 2").
 */
function joinUndefinedAcronyms(
  groups: Groups,
  members: ReadonlyMap<number, number[]>,
  surfaces: readonly string[],
  voteType: (indices: readonly number[]) => EntityType,
): void {
  const entities = [...members].map(([root, indices]) => ({
    root,
    type: voteType(indices),
    forms: [...new Set(indices.map((i) => surfaces[i]!))],
  }));
  const candidates = entities.filter((e) => e.type !== 'date' && e.type !== 'person' && e.type !== 'place');
  // Index every full form by its initials, in order and sorted, and every numbered acronym by its stem.
  const index = new Map<string, Set<number>>();
  const add = (key: string, root: number) => addToIndex(index, key, root);
  for (const entity of candidates) {
    for (const form of entity.forms) {
      if (isAcronym(form)) {
        const stem = /^(.+?)\s+\d+$/u.exec(form)?.[1];
        if (stem) add(`stem:${stem}`, entity.root);
        continue;
      }
      const letters = initialsOf(form);
      if (letters.length < 2) continue;
      add(`in-order:${letters}`, entity.root);
      if (letters.length >= 3) add(`any-order:${[...letters].sort().join('')}`, entity.root);
    }
  }
  for (const entity of candidates) {
    if (!entity.forms.every(isAcronym)) continue;
    const form = entity.forms[0]!;
    const acronym = form.replace(/s$/u, '').replace(/[^\p{Lu}\p{N}]/gu, '');
    if (acronym.length < 2) continue;
    const roots = new Set<number>([
      ...(index.get(`stem:${form}`) ?? []),
      ...(index.get(`in-order:${acronym}`) ?? []),
      ...(acronym.length >= 3 ? (index.get(`any-order:${[...acronym].sort().join('')}`) ?? []) : []),
    ]);
    roots.delete(entity.root);
    const targets = new Set([...roots].map((r) => groups.find(r)));
    if (targets.size === 1) groups.union(entity.root, [...roots][0]!);
  }
}

/** The fullest proper form: an expansion over its acronym, a full name over a surname; then the most used. */
function chooseName(forms: string[], type: EntityType, uses: ReadonlyMap<string, number>): string {
  const ranked = [...forms].sort((a, b) => {
    if (type !== 'date') {
      const acronymOrder = Number(isAcronym(a)) - Number(isAcronym(b));
      if (acronymOrder) return acronymOrder;
    }
    return b.length - a.length || (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return ranked[0]!;
}
