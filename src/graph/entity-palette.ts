import type { EntityType } from '../schema.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** One colour per entity type, from the Okabe–Ito palette, which stays distinguishable with colour-blindness. */
export const entityPalette: Record<EntityType, Rgb> = {
  person: { r: 213, g: 94, b: 0 },
  organisation: { r: 0, g: 114, b: 178 },
  place: { r: 0, g: 158, b: 115 },
  date: { r: 240, g: 228, b: 66 },
  'action-plan': { r: 230, g: 159, b: 0 },
  project: { r: 86, g: 180, b: 233 },
  event: { r: 204, g: 121, b: 167 },
};
