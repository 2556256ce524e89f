import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/** Relations of a text as "type: source -> target" lines, by entity name. */
function relations(text: string): string[] {
  const result = extract(text, { referenceDate: '2024-01-15' });
  const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
  return result.relations.filter((r) => r.type !== 'co-occurs').map((r) => `${r.type}: ${name(r.source)} -> ${name(r.target)}`);
}

describe('relation extractors', () => {
  it('affiliated-with from a possessive title', () => {
    const text = "Yesterday UNICEF's Executive Director Catherine Russell visited the camp.";
    expect(relations(text)).toContain('affiliated-with: Catherine Russell -> UNICEF');
  });

  it('affiliated-with from an appositive title and its role', () => {
    const text = 'Maria Lopez, Director of the National Statistics Office, presented the figures.';
    const result = extract(text);
    const rel = result.relations.find((r) => r.type === 'affiliated-with');
    expect(rel?.role).toBe('Director');
    expect(relations(text)).toContain('affiliated-with: Maria Lopez -> National Statistics Office');
  });

  it('part-of from a possessive between organisations', () => {
    expect(relations("Analysts at Interpol's Financial Crimes Unit traced the payments.")).toContain(
      'part-of: Financial Crimes Unit -> Interpol',
    );
  });

  it('member-of from "joined"', () => {
    expect(relations('In 2020, Croatia joined the Schengen Area Council as a full member.')).toContain(
      'member-of: Croatia -> Schengen Area Council',
    );
  });

  it('located-in from "based in"', () => {
    expect(relations('Staff of the Harbour Trust, based in Gdansk, were evacuated.')).toContain('located-in: Harbour Trust -> Gdansk');
  });

  it('located-in from a place inside an organisation name', () => {
    const text = 'Staff of the Canadian Embassy in Rome were evacuated. Rome is calm.';
    expect(relations(text)).toContain('located-in: Canadian Embassy in Rome -> Rome');
  });

  it('organised-by, held-in and held-on for an event', () => {
    const text = 'The Pacific Fisheries Forum, organised by the Ocean Governance Institute, was held in Suva on 3 May 2022.';
    const found = relations(text);
    expect(found).toContain('organised-by: Pacific Fisheries Forum -> Ocean Governance Institute');
    expect(found).toContain('held-in: Pacific Fisheries Forum -> Suva');
    expect(found).toContain('held-on: Pacific Fisheries Forum -> 3 May 2022');
  });

  it('organised-by for an event named after its body', () => {
    const text = 'Ministers of the Prespa Dialogue met at the 3rd Prespa Dialogue Ministerial Conference.';
    expect(relations(text)).toContain('organised-by: 3rd Prespa Dialogue Ministerial Conference -> Prespa Dialogue');
  });

  it('adopted-by and valid-during for an action plan', () => {
    const text = 'The Regional Water Strategy 2023-2027 was adopted by the Mekong River Commission.';
    const found = relations(text);
    // The instrument is named in its fullest form, the years included; the years stay a date.
    expect(found).toContain('adopted-by: Regional Water Strategy 2023-2027 -> Mekong River Commission');
    expect(found).toContain('valid-during: Regional Water Strategy 2023-2027 -> 2023-2027');
  });

  it('implemented-by and funded-by for a project', () => {
    const text = 'The Clean Harbours Programme, implemented by the Port Authority of Valencia, is funded by the European Investment Bank.';
    const found = relations(text);
    expect(found).toContain('implemented-by: Clean Harbours Programme -> Port Authority of Valencia');
    expect(found).toContain('funded-by: Clean Harbours Programme -> European Investment Bank');
  });

  it('funded-by for every member of a list', () => {
    const text = 'The Youth Mobility Project is funded by Norway, Iceland and Liechtenstein.';
    const found = relations(text);
    for (const funder of ['Norway', 'Iceland', 'Liechtenstein']) expect(found).toContain(`funded-by: Youth Mobility Project -> ${funder}`);
  });

  it('resolves "the conference" to the event named just before', () => {
    const text = 'Delegates prepared for the Alpine Transport Conference. The conference was held in Innsbruck.';
    expect(relations(text)).toContain('held-in: Alpine Transport Conference -> Innsbruck');
  });

  it('weights co-occurrence by shared sentences', () => {
    const text = 'Kenya and Uganda signed a deal. Kenya and Uganda will meet again. Uganda rests.';
    const result = extract(text);
    const edge = result.relations.find((r) => r.type === 'co-occurs');
    expect(edge?.weight).toBe(2);
  });

  it('affiliated-with from a title before the organisation and an honorific before the name', () => {
    const text = 'The talk was chaired by the Deputy Head of Mission of the Embassy of Peru, Ms Rosa Quispe.';
    expect(relations(text)).toContain('affiliated-with: Rosa Quispe -> Embassy of Peru');
  });

  it('affiliated-with from "heading" and "from"', () => {
    const found = relations('Anna Berg, heading the Arctic Research Secretariat, met Tom Hale from the Polar Data Centre.');
    expect(found).toContain('affiliated-with: Anna Berg -> Arctic Research Secretariat');
    expect(found).toContain('affiliated-with: Tom Hale -> Polar Data Centre');
  });

  it('part-of for every member of an institutions list', () => {
    const found = relations('Experts from UN agencies (UNHCR, UNICEF) joined.');
    expect(found).toContain('part-of: UNHCR -> UN');
    expect(found).toContain('part-of: UNICEF -> UN');
  });

  it('implemented-by from a possessive and from "all projects"', () => {
    expect(relations("The board praised UNDP's Green Villages Initiative.")).toContain(
      'implemented-by: Green Villages Initiative -> UNDP',
    );
    const text =
      'Two projects run there: the Clean Water Project and the Safe Roads Programme. All projects are implemented by the Kenya Red Cross Society.';
    const found = relations(text);
    expect(found).toContain('implemented-by: Clean Water Project -> Kenya Red Cross Society');
    expect(found).toContain('implemented-by: Safe Roads Programme -> Kenya Red Cross Society');
  });

  it('funded-by for a list of projects after "X-funded projects, namely"', () => {
    const text = 'It works through two EU-funded projects, namely, the “Green Ports” (GP) project and the “Blue Roads” (BR) initiative.';
    const found = relations(text);
    expect(found).toContain('funded-by: Green Ports -> EU');
    expect(found).toContain('funded-by: Blue Roads -> EU');
  });

  it('does not locate one listed country in the next', () => {
    const found = relations('Applicants from Armenia, Georgia, Kosovo*, Moldova and Ukraine are eligible.');
    expect(found.filter((r) => r.startsWith('located-in'))).toEqual([]);
  });

  it('part-of for a unit named beside its parent at the end of a clause', () => {
    const found = relations('The quote came from Lena Ortiz of DG Climate Action, European Commission.');
    expect(found).toContain('part-of: DG Climate Action -> European Commission');
  });

  it('part-of for a committee in a numbered assembly', () => {
    const found = relations('He chairs the Committee on Energy in the 12th National Assembly.');
    expect(found).toContain('part-of: Committee on Energy -> National Assembly');
  });

  it('located-in for the country a body belongs to', () => {
    const found = relations('The Supreme Court of Kenya ruled. Kenya reacted calmly.');
    expect(found).toContain('located-in: Supreme Court of Kenya -> Kenya');
  });

  it('adopted-by both parties of a bilateral instrument', () => {
    const found = relations('The EU - Morocco Agreement was renewed. Morocco and the EU agreed.');
    expect(found).toContain('adopted-by: EU - Morocco Agreement -> EU');
    expect(found).toContain('adopted-by: EU - Morocco Agreement -> Morocco');
  });

  it('keeps a title taken out of a name as the role of an affiliation', () => {
    const result = extract('Talks were led by Ambassador Rosa Quispe from the Embassy of Peru.');
    const affiliation = result.relations.find((r) => r.type === 'affiliated-with');
    expect(affiliation?.role).toBe('Ambassador');
    expect(result.entities.find((e) => e.id === affiliation?.source)?.name).toBe('Rosa Quispe');
  });

  it('member-of for each member listed after "whose member states include"', () => {
    const text = 'The plan was endorsed by the East African Water Authority (EAWA), whose member states include Kenya, Uganda and Rwanda.';
    const found = relations(text);
    for (const state of ['Kenya', 'Uganda', 'Rwanda']) expect(found).toContain(`member-of: ${state} -> East African Water Authority`);
  });

  it('funded-by from "received support from" and "made possible by a contribution from"', () => {
    const found = relations('The Harbour Summit received financial support from the Calouste Gulbenkian Foundation. The Safe Roads Project was made possible by a contribution from the Government of Japan.');
    expect(found).toContain('funded-by: Harbour Summit -> Calouste Gulbenkian Foundation');
    expect(found).toContain('funded-by: Safe Roads Project -> Government of Japan');
  });
});
