import type { EntityType } from '../schema.js';
import type { Candidate, DraftEntity } from './state.js';
import { phraseKey } from './phrase-key.js';

/** Union-find over mention indices. */
class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier mention stays the root, which keeps entity order stable.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** How much a rule's word counts when mentions vote on their entity's type. */
const RULE_WEIGHT: Record<string, number> = {
  'user-lexicon': 3,
  lexicon: 2,
  'acronym-definition': 1.5,
  'acronym-expansion': 1,
  'head-word': 1.5,
  'quoted-title': 1.2,
  'person-evidence': 1.2,
  'neighbouring-head': 1,
  'compromise-lexicon': 0.8,
  acronym: 0.5,
  'place-context': 0.4,
  propagated: 0.3,
  surname: 0.6,
  'place-tail': 1,
  fallback: 0.2,
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
  const keys = surfaces.map((s, i) => (mentions[i]!.type === 'date' ? `date:${mentions[i]!.value}` : phraseKey(s)));
  const firstByKey = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, i);
    else groups.join(first, i);
  });
  // A form defined or listed as standing for a fuller name joins that name.
  mentions.forEach((m, i) => {
    if (!m.canonical) return;
    const target = firstByKey.get(phraseKey(m.canonical));
    if (target !== undefined) groups.join(target, i);
    else firstByKey.set(phraseKey(m.canonical), i);
  });
  // A lone surname joins the full name it ends: "Spindelegger" → "Michael Spindelegger".
  const surnameOwner = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type !== 'person' || !/\s/u.test(surfaces[i]!)) return;
    const surname = phraseKey(lastWord(surfaces[i]!));
    const owner = surnameOwner.get(surname);
    if (owner === undefined) surnameOwner.set(surname, i);
    else if (groups.find(owner) !== groups.find(i)) surnameOwner.set(surname, -1); // two people share it: ambiguous
  });
  mentions.forEach((m, i) => {
    if (m.type === 'date' || /\s/u.test(surfaces[i]!)) return;
    const owner = surnameOwner.get(keys[i]!);
    if (owner !== undefined && owner >= 0 && (m.type === 'person' || m.confidence < 0.8)) groups.join(owner, i);
  });

  const members = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });

  const entities: DraftEntity[] = [];
  for (const [root, indices] of [...members].sort((a, b) => a[0] - b[0])) {
    const votes = new Map<EntityType, number>();
    for (const i of indices) {
      const m = mentions[i]!;
      votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence * (RULE_WEIGHT[m.rule] ?? 1));
    }
    const type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    const forms = new Set<string>();
    for (const i of indices) forms.add(surfaces[i]!);
    for (const i of indices) {
      const canonical = mentions[i]!.canonical;
      // The name must occur in the text: a lexicon's full form counts only where the text writes it.
      if (canonical && clean.includes(canonical)) forms.add(canonical);
    }
    const titles = [...new Set(indices.map((i) => mentions[i]!.title).filter((t): t is string => !!t))];
    const value = type === 'date' ? mentions[indices[0]!]!.value : undefined;
    entities.push({
      key: root,
      type,
      name: chooseName([...forms], type),
      forms,
      mentions: indices.map((i) => mentions[i]!),
      ...(value ? { value } : {}),
      titles,
    });
  }
  return entities;
}

/** The fullest proper form: an expansion over its acronym, a full name over a surname. */
function chooseName(forms: string[], type: EntityType): string {
  const ranked = [...forms].sort((a, b) => {
    if (type !== 'date') {
      const acronymOrder = Number(isAcronym(a)) - Number(isAcronym(b));
      if (acronymOrder) return acronymOrder;
    }
    return b.length - a.length || a.localeCompare(b);
  });
  return ranked[0]!;
}
