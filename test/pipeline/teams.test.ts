import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Entity } from '../../src/schema.js';

function typesOf(text: string, surface: string): string[] {
  const found: string[] = [];
  for (const e of extract(text).entities) for (const m of e.mentions) if (m.text === surface) found.push(`${m.start}:${e.type}`);
  return found;
}
function typeAt(text: string, surface: string, occurrence = 0): string | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(surface, at + 1);
  return extract(text).entities.find((e: Entity) => e.mentions.some((m) => m.start === at && m.text === surface))?.type;
}

describe('sides in a sports report', () => {
  it('makes a city named as a side of a match the club, an organisation', () => {
    const text = 'Manchester beat Leeds 2-1 in the league on Saturday, and their striker scored in stoppage time.';
    expect(typeAt(text, 'Manchester')).toBe('organisation');
    expect(typeAt(text, 'Leeds')).toBe('organisation');
  });

  it('reads results lines and standings tables', () => {
    const text = [
      'BASKETBALL - LEAGUE RESULTS AND STANDINGS',
      'Denver 98 Phoenix 91',
      'Boston 77 Chicago 80 ( halftime 40-38 )',
      'Standings ( won , lost , percentage ) :',
      'Denver 12 4 .750',
      'Phoenix 9 7 .563',
    ].join('\n');
    for (const side of ['Denver', 'Phoenix', 'Boston', 'Chicago']) expect(typesOf(text, side).every((t) => t.endsWith('organisation')), side).toBe(true);
    expect(typesOf(text, 'Denver')).toHaveLength(2);
  });

  it('adds the sides of a results line that nothing else knew', () => {
    const text = 'Football league results on Sunday :\nKarvaan 2 Ostermoor 1\nTullingby 0 Vessmark 0';
    for (const side of ['Karvaan', 'Ostermoor', 'Tullingby', 'Vessmark']) expect(typeAt(text, side), side).toBe('organisation');
  });

  it('reads sides after cues and before players', () => {
    const text = 'Norwich striker Tom Hale scored twice as the hosts lost their league match against Derby on Friday.';
    expect(typeAt(text, 'Norwich')).toBe('organisation');
    expect(typeAt(text, 'Derby')).toBe('organisation');
  });

  it('keeps a country a place: a national side is named by its country', () => {
    const text = 'Brazil beat Argentina 3-1 in the tournament final, and Scotland drew with Wales in the championship.';
    for (const side of ['Brazil', 'Argentina', 'Scotland', 'Wales']) expect(typeAt(text, side), side).toBe('place');
  });

  it('keeps the place where the place is meant: a dateline, "in", "at"', () => {
    const text = 'MANCHESTER 2024-05-01\nManchester beat Leeds 2-0 in Manchester on Saturday in the league.';
    expect(typeAt(text, 'MANCHESTER')).toBe('place');
    expect(typeAt(text, 'Manchester', 0)).toBe('organisation');
    expect(typeAt(text, 'Manchester', 1)).toBe('place');
    const ids = extract(text).entities.filter((e) => e.name.toLowerCase() === 'manchester').map((e) => e.type);
    expect(ids.sort()).toEqual(['organisation', 'place']);
  });

  it('changes nothing outside sports reports', () => {
    const text = 'Manchester beat its own record for rainfall in May. Protesters from Leeds marched against Manchester council plans.';
    expect(typeAt(text, 'Manchester')).toBe('place');
    expect(typeAt(text, 'Leeds')).toBe('place');
  });

  it('keeps player names in a scorecard people', () => {
    const text = 'Cricket scorecard from the county championship :\nBowling : Ashworth 10-2-31-3 , Pemberton 8-0-40-1';
    expect(typeAt(text, 'Bowling')).toBeUndefined();
  });
});

describe('place cues', () => {
  it.each([
    ['Rebels shelled the town of Qaryat Zemla on Monday.', 'Qaryat Zemla'],
    ['The camp lies ten km east of Vorkalin, officials said.', 'Vorkalin'],
    ['Troops entered the village of Ostrovany before dawn.', 'Ostrovany'],
  ])('%s', (text, name) => {
    expect(typeAt(text, name)).toBe('place');
  });
});
