#!/usr/bin/env node
// Words per second of extract() on the seed texts repeated to about 1 MB, next to compromise's
// own NER path (nlp(text) + people()/organizations()/places()) on the same text in the same run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extract } from '../dist/index.js';

const dir = new URL('../fixtures/seeds/', import.meta.url).pathname;
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const targetChars = Number(process.env.BENCH_CHARS ?? 1_000_000);
let text = '';
while (text.length < targetChars) text += seeds.join('\n\n') + '\n\n';
const words = text.split(/\s+/u).filter(Boolean).length;

function time(label, fn, runs) {
  fn(); // warm-up: JIT, lexicon start-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const wps = words / (median / 1000);
  console.log(`${label.padEnd(44)} ${median.toFixed(0).padStart(7)} ms  ${Math.round(wps).toLocaleString('en').padStart(10)} words/s`);
  return wps;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
console.log(`text: ${text.length.toLocaleString('en')} chars, ${words.toLocaleString('en')} words; median of ${runs} runs`);
let found = 0;
const ours = time('entigraph extract() (7 types + relations)', () => {
  const r = extract(text);
  found = r.entities.length;
}, runs);
const reference = time('compromise nlp() + people/orgs/places', () => {
  const doc = nlp(text);
  doc.people().out('array');
  doc.organizations().out('array');
  doc.places().out('array');
}, runs);
console.log(`entities found by extract: ${found}`);
console.log(`ratio extract / compromise: ${(ours / reference).toFixed(2)}x`);
