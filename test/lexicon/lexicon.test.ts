import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lexicon/index.js';
import {
  actionPlanHeads,
  ambiguousAcrossLists,
  ambiguousCountryNames,
  ambiguousGivenNames,
  ambiguousHeads,
  ambiguousOrganisationAliases,
  cities,
  connectors,
  countries,
  eventHeads,
  furnitureWords,
  givenNames,
  honorifics,
  migrationRoutes,
  months,
  nonEntityCapitals,
  organisationHeads,
  organisations,
  personTitles,
  placeCues,
  placeHeads,
  projectHeads,
  regionalDemonyms,
  regions,
  seasons,
  sharedDemonyms,
  surnameParticles,
  weekdays,
} from '../../src/lexicon/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lexiconDir = path.join(root, 'src', 'lexicon');
const generatedFiles = ['countries.json', 'cities.json', 'given-names.json', 'ambiguous-given-names.json', 'common-words.json'];

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
const isSortedUnique = (xs: readonly string[]) => xs.every((x, i) => i === 0 || byCodeUnits(xs[i - 1]!, x) < 0);

/** Every exported readonly string[] of the lexicon, by export name. */
const stringLists = Object.entries(lexicon).filter(
  (e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string'),
);

describe('every string list', () => {
  it('is found (sanity of the test itself)', () => {
    expect(stringLists.map(([n]) => n)).toEqual(expect.arrayContaining(['cities', 'regions', 'givenNames', 'honorifics', 'months']));
    expect(stringLists.length).toBeGreaterThanOrEqual(30);
  });

  it.each(stringLists)('%s has no duplicates', (_name, list) => {
    expect(duplicates(list)).toEqual([]);
  });

  it.each(stringLists)('%s has clean entries (no empty, padded, double-spaced or curly-quoted ones)', (_name, list) => {
    const bad = list.filter((x) => x.length === 0 || x !== x.trim() || /\s{2}|[\u2018\u2019\t\n]/u.test(x));
    expect(bad).toEqual([]);
  });
});

describe('generated JSON files', () => {
  it.each(['cities.json', 'given-names.json', 'ambiguous-given-names.json'])('%s is sorted and deduplicated', (file) => {
    const data = JSON.parse(fs.readFileSync(path.join(lexiconDir, file), 'utf8')) as string[];
    expect(data.length).toBeGreaterThan(100);
    expect(isSortedUnique(data)).toBe(true);
  });

  it('countries.json is sorted by code, with sorted unique aliases and demonyms', () => {
    expect(isSortedUnique(countries.map((c) => c.code))).toBe(true);
    for (const c of countries) {
      expect(isSortedUnique(c.aliases), c.code).toBe(true);
      expect(isSortedUnique(c.demonyms), c.code).toBe(true);
    }
  });

  it('regenerates byte for byte from the build script', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'entigraph-lexicon-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build-lexicons.mjs'), '--out', out, '--quiet'], {
        cwd: root,
        stdio: 'pipe',
      });
      for (const file of generatedFiles) {
        expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(fs.readFileSync(path.join(lexiconDir, file), 'utf8'));
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('keeps src/lexicon under 1.5 MB in all', () => {
    const total = fs.readdirSync(lexiconDir).reduce((sum, f) => sum + fs.statSync(path.join(lexiconDir, f)).size, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('countries', () => {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const forms = (code: string) => {
    const c = byCode.get(code);
    return c ? [c.name, ...c.aliases] : [];
  };

  it('covers the ISO list and Kosovo', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(byCode.get('XK')?.name).toBe('Kosovo');
  });

  it('has Lebanon, demonym Lebanese', () => {
    expect(byCode.get('LB')).toMatchObject({ name: 'Lebanon', demonyms: ['Lebanese'] });
  });

  it('has Cabo Verde and Cape Verde, with both demonyms', () => {
    expect(forms('CV')).toEqual(expect.arrayContaining(['Cabo Verde', 'Cape Verde']));
    expect(byCode.get('CV')?.demonyms).toEqual(expect.arrayContaining(['Cabo Verdean', 'Cape Verdean']));
  });

  it('has the common short forms and old names', () => {
    expect(forms('US')).toEqual(expect.arrayContaining(['United States', 'U.S.', 'US', 'USA', 'America']));
    expect(forms('GB')).toEqual(expect.arrayContaining(['UK', 'Britain', 'Great Britain']));
    expect(forms('RU')).toContain('Russia');
    expect(forms('SY')).toContain('Syria');
    expect(forms('IR')).toContain('Iran');
    expect(forms('KR')).toContain('South Korea');
    expect(forms('MK')).toEqual(expect.arrayContaining(['North Macedonia', 'Macedonia']));
    expect(forms('PS')).toContain('Palestine');
    expect(forms('CZ')).toEqual(expect.arrayContaining(['Czechia', 'Czech Republic']));
    expect(forms('CI')).toEqual(expect.arrayContaining(['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"]));
    expect(forms('NL')).toContain('Holland');
    expect(forms('VA')).toContain('Vatican');
    expect(forms('TW')).toContain('Taiwan');
    expect(forms('TR')).toEqual(expect.arrayContaining(['Türkiye', 'Turkey']));
    expect(forms('MD')).toContain('Republic of Moldova');
  });

  it('has demonyms and people plurals', () => {
    const all = new Set(countries.flatMap((c) => c.demonyms));
    for (const d of ['Swiss', 'French', 'German', 'Germans', 'Maltese', 'American', 'British', 'Dutch', 'Afghan', 'Afghans']) {
      expect(all.has(d), d).toBe(true);
    }
  });

  it('gives every country with a population a demonym', () => {
    const uninhabitedOrNone = new Set(['AQ', 'BL', 'BQ', 'BV', 'GG', 'GS', 'HM', 'IO', 'JE', 'MF', 'PM', 'SJ', 'TF', 'UM', 'VA']);
    const missing = countries.filter((c) => c.demonyms.length === 0 && !uninhabitedOrNone.has(c.code)).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('never gives one name to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of countries) {
      for (const f of [c.name, ...c.aliases]) {
        if (owner.has(f)) clashes.push(`${f}: ${owner.get(f)} ${c.code}`);
        owner.set(f, c.code);
      }
    }
    expect(clashes).toEqual([]);
    for (const name of ambiguousCountryNames) expect(owner.has(name), name).toBe(false);
  });

  it('shares a demonym between countries only where flagged', () => {
    const seen = new Map<string, number>();
    for (const c of countries) for (const d of c.demonyms) seen.set(d, (seen.get(d) ?? 0) + 1);
    const shared = [...seen].filter(([, n]) => n > 1).map(([d]) => d).sort(byCodeUnits);
    expect(shared).toEqual([...sharedDemonyms].sort(byCodeUnits));
  });

  it('keeps demonyms apart from place names', () => {
    const placeForms = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
    expect(countries.flatMap((c) => c.demonyms).filter((d) => placeForms.has(d))).toEqual([]);
  });
});

describe('cities', () => {
  const set = new Set(cities);

  it('is a sizeable list', () => {
    expect(cities.length).toBeGreaterThan(8000);
  });

  it('leaves out city names that are common English words', () => {
    for (const word of ['Mobile', 'Split', 'Reading', 'Nice', 'Bath', 'Buffalo', 'Male', 'Sale', 'Derby', 'Temple', 'Mission', 'Union']) {
      expect(set.has(word), word).toBe(false);
    }
  });

  it('leaves out smaller cities named like common given names and surnames', () => {
    for (const name of ['Elizabeth', 'Nancy', 'Jackson', 'Lincoln', 'Gary']) expect(set.has(name), name).toBe(false);
  });

  it('keeps major cities and every capital, with English and ASCII spellings', () => {
    for (const name of [
      'London', 'Paris', 'Beirut', 'Istanbul', 'Vienna', 'Brussels', 'Geneva', 'Genève', 'Geneve', 'Kyiv', 'Kiev',
      'Valletta', 'Praia', 'Malé', 'Zürich', 'Zurich', 'São Paulo', 'Sao Paulo', 'New York', 'New York City',
      'Cologne', 'Queens', 'Austin', 'Victoria', "N'Djamena", 'Washington, D.C.', 'Palikir',
    ]) {
      expect(set.has(name), name).toBe(true);
    }
  });
});

describe('regions', () => {
  it('has world regions, sub-regions and migration routes', () => {
    for (const name of [
      'West Africa', 'Western Balkans', 'Middle East', 'Sahel', 'Horn of Africa', 'North Africa', 'Sub-Saharan Africa',
      'Southeast Asia', 'Central Asia', 'Latin America', 'Caribbean', 'Scandinavia', 'Eastern Europe',
      'Euro-Mediterranean region', 'Mediterranean Sea', 'Danube', 'Sicily', 'Bavaria', 'Catalonia', 'Tuscany',
      'Flanders', 'Wallonia', 'Lombardy', 'Sardinia', 'California', 'Ontario', 'Kerala', 'Sichuan', 'Queensland',
    ]) {
      expect(regions, name).toContain(name);
    }
    expect(migrationRoutes).toEqual(
      expect.arrayContaining([
        'Central Mediterranean route', 'Western Mediterranean route', 'Eastern Mediterranean route', 'Balkan route',
        'Western Balkans route', 'Atlantic route', 'Silk Routes',
      ]),
    );
  });

  it('has all 50 US states', () => {
    const states = lexicon.usStates.filter((s) => s !== 'District of Columbia');
    expect(states).toHaveLength(50);
  });

  it('is sorted and does not list adjectives as places', () => {
    expect(isSortedUnique(regions)).toBe(true);
    const placeSet = new Set(regions);
    expect(regionalDemonyms.filter((d) => placeSet.has(d))).toEqual([]);
  });
});

describe('organisations', () => {
  it('has 200+ entries with unique names', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(200);
    expect(duplicates(organisations.map((o) => o.name))).toEqual([]);
  });

  it('knows the core bodies with their acronyms', () => {
    const find = (form: string) => organisations.filter((o) => o.name === form || o.aliases.includes(form));
    expect(find('ICMPD')[0]?.name).toBe('International Centre for Migration Policy Development');
    expect(find('International Center for Migration Policy Development')[0]?.aliases).toContain('ICMPD');
    expect(find('UNODC')[0]?.name).toBe('United Nations Office on Drugs and Crime');
    for (const form of [
      'IOM', 'UNHCR', 'UNICEF', 'UNDP', 'UNESCO', 'WHO', 'ILO', 'OECD', 'OSCE', 'NATO', 'EU', 'European Commission',
      'European Parliament', 'Council of the European Union', 'European Council', 'Europol', 'Eurojust', 'Frontex',
      'EASO', 'EUAA', 'ECOWAS', 'African Union', 'AU', 'Arab League', 'ASEAN', 'World Bank', 'IMF', 'WTO', 'Interpol',
      'ICRC', 'Red Cross', 'Amnesty International', 'Human Rights Watch', 'MSF', 'DG HOME', 'DG NEAR', 'DG ECHO',
      'DG INTPA', 'DG DEVCO', 'EIB', 'EBRD', 'UCLG', 'UN-Habitat', 'Council of Europe', 'ECB', 'G7', 'G20',
      'United Nations', 'UN', 'U.N.', 'Budapest Process', 'Rabat Process',
    ]) {
      expect(find(form).length, form).toBeGreaterThanOrEqual(1);
    }
  });

  it('knows central banks, markets, news organisations, airlines, companies, sport bodies and parties', () => {
    const find = (form: string) => organisations.filter((o) => o.name === form || o.aliases.includes(form));
    expect(find('Fed')[0]?.name).toBe('Federal Reserve');
    expect(find('BOJ')[0]?.name).toBe('Bank of Japan');
    expect(find('Itar-Tass')[0]?.name).toBe('TASS');
    expect(find('GM')[0]?.name).toBe('General Motors');
    for (const form of [
      'Bundesbank', "People's Bank of China", 'Reserve Bank of India', 'U.S. Treasury', 'HM Treasury', 'NYSE', 'Nasdaq',
      'London Stock Exchange', 'Nikkei', 'FTSE', 'Dow Jones', 'DAX', 'CAC 40', 'Hang Seng', 'NYMEX', 'COMEX', 'CBOT', 'LIFFE',
      'MATIF', 'Reuters', 'AP', 'AFP', 'dpa', 'Interfax', 'Tanjug', 'Yonhap', 'PTI', 'Wall Street Journal', 'Air France',
      'Lufthansa', 'Delta Air Lines', 'Aeroflot', 'El Al', 'SAS', 'Swissair', 'JAL', 'Korean Air', 'VW', 'Shell', 'BP',
      'Deutsche Bank', 'Pfizer', 'FIFA', 'IAAF', 'NBA', 'Premier League', 'Bundesliga', 'ATP', 'SPD', 'CDU', 'BJP', 'ANC',
      'Likud', "Moody's", 'S&P', 'Fitch', 'Greenpeace',
    ]) {
      expect(find(form).length, form).toBeGreaterThanOrEqual(1);
    }
  });

  it('leaves out bare ordinary words and places that only sometimes name an organisation', () => {
    const forms = new Set(organisations.flatMap((o) => [o.name, ...o.aliases]));
    for (const word of ['Treasury', 'Labour', 'Labor', 'Tories', 'Democrats', 'Congress', 'Total', 'Delta', 'United', 'American', 'Swiss', 'Orange', 'Iberia', 'Visa', 'Target']) {
      expect(forms.has(word), word).toBe(false);
    }
  });

  it('gives each acronym or alias to one entry, unless flagged as ambiguous', () => {
    const owners = new Map<string, string[]>();
    for (const o of organisations) {
      for (const form of new Set([o.name, ...o.aliases])) owners.set(form, [...(owners.get(form) ?? []), o.name]);
    }
    const shared = [...owners].filter(([, names]) => names.length > 1).map(([form]) => form).sort(byCodeUnits);
    expect(shared).toEqual([...ambiguousOrganisationAliases].sort(byCodeUnits));
  });

  it('does not repeat a name among its own aliases', () => {
    for (const o of organisations) {
      expect(o.aliases, o.name).not.toContain(o.name);
      expect(duplicates(o.aliases), o.name).toEqual([]);
    }
  });
});

describe('given names', () => {
  const given = new Set(givenNames);

  it('has names of many cultures, with ASCII spellings', () => {
    for (const name of ['John', 'Mary', 'Michael', 'Claire', 'Mohammed', 'Fatima', 'Valérie', 'Valerie', 'Jean-Pierre', 'Olena', 'Kwame', 'Narendra']) {
      expect(given.has(name), name).toBe(true);
    }
    expect(givenNames.length).toBeGreaterThan(3000);
  });

  it('flags given names that are common English words instead of keeping them', () => {
    for (const name of ['Will', 'May', 'Mark', 'Bill', 'Rose', 'Grace', 'Hope', 'Frank', 'Joy', 'June', 'Jack']) {
      expect(ambiguousGivenNames, name).toContain(name);
      expect(given.has(name), name).toBe(false);
    }
  });

  it('has the surname particles', () => {
    for (const p of ['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'dos', 'das', 'y']) {
      expect(surnameParticles, p).toContain(p);
    }
  });
});

describe('words', () => {
  it('has honorifics with and without dots', () => {
    for (const h of ['Dr', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Fr', 'Sr', 'Jr', 'H.E.']) {
      expect(honorifics, h).toContain(h);
    }
  });

  it('has person titles, heads and cues', () => {
    expect(personTitles).toEqual(expect.arrayContaining(['President', 'Prime Minister', 'Director General', 'Ambassador', 'Special Envoy', 'Mayor', 'Pope', 'CEO', 'Spokeswoman', 'Coach']));
    expect(organisationHeads).toEqual(expect.arrayContaining(['Centre', 'Ministry', 'Police Force', 'Directorate-General', 'University', 'Process']));
    expect(actionPlanHeads).toEqual(expect.arrayContaining(['Action Plan', 'Strategy', 'Declaration', 'Commitments', 'Compact', 'Convention', 'Protocol', 'Charter']));
    expect(projectHeads).toEqual(expect.arrayContaining(['Project', 'Programme', 'Initiative', 'Facility', 'Award']));
    expect(eventHeads).toEqual(expect.arrayContaining(['Conference', 'Summit', 'Forum', 'Meeting', 'Session', 'Summer School']));
    expect(placeHeads).toEqual(expect.arrayContaining(['City', 'Province', 'Region', 'Island', 'River', 'Airport']));
    expect(placeCues).toEqual(expect.arrayContaining(['in', 'city of', 'capital']));
    expect(connectors).toEqual(expect.arrayContaining(['of', 'for', 'and', '&']));
    expect(seasons).toContain('Spring');
  });

  it('notes every ambiguous head under a head list of each of its types', () => {
    const listFor: Record<string, readonly string[]> = {
      organisation: organisationHeads,
      project: projectHeads,
      'action-plan': actionPlanHeads,
      event: eventHeads,
      place: placeHeads,
    };
    for (const { head, types } of ambiguousHeads) {
      const listed = Object.entries(listFor).filter(([, list]) => list.includes(head)).map(([t]) => t);
      expect(listed.length, head).toBeGreaterThanOrEqual(1);
      for (const t of listed) expect(types, `${head} is listed as ${t}`).toContain(t);
    }
  });

  it('has furniture, weekdays, months and sentence-initial function words', () => {
    expect(furnitureWords).toEqual(expect.arrayContaining(['Home', 'Read more', 'Original Language', 'Number of Pages', 'Reference Number', 'Date of upload', 'PDF']));
    expect(weekdays).toHaveLength(17);
    expect(months).toEqual(expect.arrayContaining(['January', 'May', 'Sept', 'Dec']));
    expect(nonEntityCapitals).toEqual(expect.arrayContaining(['However', 'Meanwhile', 'The', 'This', 'These', 'In', 'On', 'According']));
  });

  it('keeps head and title lists free of words that are also function words', () => {
    const fn = new Set(nonEntityCapitals.map((w) => w.toLowerCase()));
    for (const list of [organisationHeads, actionPlanHeads, projectHeads, eventHeads, placeHeads, personTitles]) {
      expect(list.filter((w) => fn.has(w.toLowerCase()))).toEqual([]);
    }
  });
});

describe('across lists', () => {
  it('gives a form to two entity types only where flagged', () => {
    const places = new Set([...countries.flatMap((c) => [c.name, ...c.aliases]), ...cities, ...regions]);
    const others = new Set([
      ...organisations.flatMap((o) => [o.name, ...o.aliases]),
      ...countries.flatMap((c) => c.demonyms),
      ...regionalDemonyms,
      ...furnitureWords,
    ]);
    const clashes = [...others].filter((f) => places.has(f)).sort(byCodeUnits);
    expect(clashes).toEqual([...ambiguousAcrossLists].sort(byCodeUnits));
  });
});
