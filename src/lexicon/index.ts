// Lexicons (gazetteers and word lists) of entigraph: plain readonly data; callers build the
// Sets and Maps they need once. Sources, licences and sizes: ./README.md.
export { countries, sharedDemonyms, ambiguousCountryNames, type Country } from './countries.js';
export { cities } from './cities.js';
export { commonWords } from './common-words.js';
export { languages, affiliationWords } from './languages.js';
export {
  regions,
  worldRegions,
  waters,
  rivers,
  islands,
  landforms,
  usStates,
  canadianProvinces,
  australianStates,
  indianStates,
  chineseProvinces,
  europeanRegions,
  otherRegions,
  historicalStates,
  migrationRoutes,
  regionalDemonyms,
} from './regions.js';
export {
  organisations,
  ambiguousOrganisationAliases,
  type KnownOrganisation,
  type OrganisationKind,
} from './organisations.js';
export { givenNames, ambiguousGivenNames, surnameParticles } from './given-names.js';
export {
  honorifics,
  personTitles,
  organisationHeads,
  actionPlanHeads,
  projectHeads,
  eventHeads,
  placeHeads,
  ambiguousHeads,
  placeCues,
  connectors,
  furnitureWords,
  weekdays,
  months,
  seasons,
  nonEntityCapitals,
  commonAcronyms,
  leadingOrganisationHeads,
  leadingPlaceHeads,
  genericCapitalisedPhrases,
  sharingChannels,
  unitCodes,
} from './words.js';
export { ambiguousAcrossLists } from './ambiguous.js';
export { sportWords, contestLinks, sideCues, sideMembers, nationalSides } from './sports.js';
