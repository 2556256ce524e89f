import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Entity, EntityType } from '../../src/schema.js';

function entities(text: string): Entity[] {
  return extract(text, { referenceDate: '2024-01-15' }).entities;
}
function find(text: string, name: string): Entity | undefined {
  return entities(text).find((e) => e.name === name || e.aliases.includes(name));
}
function typeOf(text: string, name: string): EntityType | undefined {
  return find(text, name)?.type;
}

describe('names typed by head word', () => {
  it.each([
    ['The delegation met officials of the Federal Office for Refugee Affairs last week.', 'Federal Office for Refugee Affairs', 'organisation'],
    ['Students applied to the University of Tartu in large numbers.', 'University of Tartu', 'organisation'],
    ['Ministers endorsed the Nordic Action Plan against Human Trafficking on Monday.', 'Nordic Action Plan against Human Trafficking', 'action-plan'],
    ['Several states ratified the Convention on Cluster Munitions.', 'Convention on Cluster Munitions', 'action-plan'],
    ['Funding came through the Coastal Resilience Programme for two years.', 'Coastal Resilience Programme', 'project'],
    ['Delegates gathered for the Arctic Cities Summit in spring.', 'Arctic Cities Summit', 'event'],
    ['The river authority runs the Green Delta Initiative with local farmers.', 'Green Delta Initiative', 'project'],
  ])('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('keeps an ordinal title with an event', () => {
    expect(find('Observers attended the 4th Danube Ministerial Conference yesterday.', '4th Danube Ministerial Conference')?.type).toBe('event');
  });

  it('keeps connectors inside a name and splits coordinated names', () => {
    const text = 'Aid was delivered with funding from Norway & Denmark through the Office on Refugees and Returnees.';
    expect(typeOf(text, 'Norway')).toBe('place');
    expect(typeOf(text, 'Denmark')).toBe('place');
    expect(typeOf(text, 'Office on Refugees and Returnees')).toBe('organisation');
  });
});

describe('people', () => {
  it('takes titles and honorifics out of names', () => {
    const text = 'The keynote was given by Dr Helena Marsh, and Ambassador Tomas Vidal answered questions.';
    expect(typeOf(text, 'Helena Marsh')).toBe('person');
    expect(typeOf(text, 'Tomas Vidal')).toBe('person');
    expect(entities(text).some((e) => /Dr |Ambassador/u.test(e.name))).toBe(false);
  });

  it('links a later surname to the full name', () => {
    const text = 'Helena Marsh opened the session. Later, Marsh thanked the organisers.';
    const marsh = find(text, 'Helena Marsh');
    expect(marsh?.type).toBe('person');
    expect(marsh?.aliases).toContain('Marsh');
    expect(marsh?.mentions).toHaveLength(2);
  });

  it('drops a possessive from the name', () => {
    const text = "Statements were issued after Oxfam's annual report appeared.";
    expect(find(text, 'Oxfam')?.mentions[0]?.text).toBe('Oxfam');
  });
});

describe('acronyms', () => {
  it('links an acronym defined after its expansion', () => {
    const text = 'The Baltic Council for Maritime Safety (BCMS) met in Riga. BCMS will publish a report.';
    const e = find(text, 'Baltic Council for Maritime Safety');
    expect(e?.type).toBe('organisation');
    expect(e?.aliases).toContain('BCMS');
    expect(e?.mentions).toHaveLength(3);
  });

  it('links an acronym used before it is defined', () => {
    const text = 'BCMS published figures today. The Baltic Council for Maritime Safety (BCMS) is based in Riga.';
    expect(find(text, 'BCMS')?.name).toBe('Baltic Council for Maritime Safety');
  });

  it('names an acronym that is never expanded by the acronym', () => {
    const text = 'Inspectors from the QXRT arrived on Tuesday.';
    expect(find(text, 'QXRT')?.type).toBe('organisation');
  });

  it('resolves acronyms inside nested names', () => {
    const text = "Interpol's Maritime Fraud Desk (MFD) shared data. The MFD said more cases are expected.";
    const desk = find(text, 'Maritime Fraud Desk');
    expect(desk?.aliases).toContain('MFD');
    expect(typeOf(text, 'Interpol')).toBe('organisation');
  });
});

describe('things that are not entities', () => {
  it.each([
    ['furniture', 'Original Language\nNumber of Pages\nReference Number\nDate of upload\n\nJPEG\n\ntop of the page'],
    ['menu words', 'Home\nAbout us\nNews\nContact\nSearch\nSubscribe\nPrivacy Policy'],
    ['sentence-initial words', 'However, nothing changed. Speeches were long. Download the report here. Meanwhile prices rose.'],
    ['URLs and e-mail addresses', 'Write to press@example-agency.org or visit https://www.example-agency.org/News/Reports for more.'],
    ['a title-case headline of common words', 'Improving Services For Newcomers In Towns And Cities'],
  ])('yields nothing for %s', (_label, text) => {
    expect(entities(text).filter((e) => e.type !== 'date')).toEqual([]);
  });

  it('does not make demonyms places', () => {
    const text = 'Swiss and Lebanese officials signed a memorandum.';
    expect(entities(text).filter((e) => e.type === 'place')).toEqual([]);
  });

  it('does not type a description as a name', () => {
    const text = 'The Conference ended late. The Commission will respond.';
    expect(entities(text)).toEqual([]);
  });
});

describe('places', () => {
  it('finds countries, cities and regions from the gazetteers', () => {
    const text = 'Talks in Nairobi covered East Africa, Uganda and the Horn of Africa.';
    expect(typeOf(text, 'Nairobi')).toBe('place');
    expect(typeOf(text, 'East Africa')).toBe('place');
    expect(typeOf(text, 'Uganda')).toBe('place');
    expect(typeOf(text, 'Horn of Africa')).toBe('place');
  });

  it('keeps a type throughout the document', () => {
    const text = 'Officials in Mbrava reported calm. Mbrava is a port town.';
    const e = find(text, 'Mbrava');
    expect(e?.mentions).toHaveLength(2);
  });
});
