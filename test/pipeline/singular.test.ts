import { describe, expect, it } from 'vitest';
import { singular } from '../../src/pipeline/singular.js';

describe('singular', () => {
  it.each([
    ['Strategies', 'Strategy'],
    ['Processes', 'Process'],
    ['Routes', 'Route'],
    ['boxes', 'box'],
    ['MINISTRIES', 'MINISTRY'],
    ['Process', 'Process'],
    ['Compact', 'Compact'],
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
