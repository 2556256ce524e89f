// Curated (MIT). Surface forms that two lists of this lexicon give to different entity types.

/**
 * Forms listed both as a place and as something else, matched case-sensitively: "DRC"
 * (Democratic Republic of the Congo; Danish Refugee Council), "Toyota" (a Japanese city; the
 * company), "Brits" (British people; a South African town), "PNG" (Papua New Guinea; the image
 * format, in the page-furniture list). The text around them has to decide.
 */
export const ambiguousAcrossLists: readonly string[] = ['Brits', 'DRC', 'PNG', 'Toyota'];
