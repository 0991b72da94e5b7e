// The full parse against the floor, as section 1 of bench.mjs measures it on the 10,000-entry journal, in plain
// Node and without a build of the bundles or VS Code: for iterating on the parser and the stats. Reads what
// `tsc -p test` emitted to out/. Prints the ratio, then the parts (decode, parseJournal, journalStats).
//   node --expose-gc bench/parse-ratio.mjs [runs]     (each run is one alternation of 6 s, as bench.mjs's)
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');

const TODAY = '2026-11-24';
const core = require(path.join(ROOT, 'out', 'src', 'core', 'index.js'));
const { generateJournal } = require(path.join(ROOT, 'out', 'test', 'unit', 'core', 'generateJournal.js'));
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const sink = { value: undefined };
const fullParse = (bytes) => core.journalStats(core.parseJournal(decoder.decode(bytes)), TODAY);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sampleBatch(fn, calls) {
  const started = performance.now();
  for (let i = 0; i < calls; i++) sink.value = fn();
  return (performance.now() - started) / calls;
}

/** bench.mjs's alternate(), with collectBefore: each sample after a gc(), in rotated order round after round. */
function alternate(cases, { warmupMs = 300, sampleMs = 5, targetMs = 3000, minRounds = 5, maxRounds = 200 } = {}) {
  const plan = cases.map(({ name, fn }) => {
    const started = performance.now();
    let calls = 0;
    do {
      sink.value = fn();
      calls++;
    } while (performance.now() - started < warmupMs);
    const perCall = (performance.now() - started) / calls;
    return { name, fn, perCall, calls: Math.max(1, Math.round(sampleMs / perCall)), samples: [] };
  });
  const roundMs = plan.reduce((sum, p) => sum + p.perCall * p.calls, 0);
  const rounds = Math.min(maxRounds, Math.max(minRounds, Math.round(targetMs / roundMs)));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < plan.length; i++) {
      const p = plan[(i + r) % plan.length];
      gc();
      p.samples.push(sampleBatch(p.fn, p.calls));
    }
  }
  return Object.fromEntries(plan.map((p) => [p.name, median(p.samples)]));
}

const bytes = Buffer.from(generateJournal(10_000), 'utf8');
const runs = Number(process.argv[2] ?? 3);
for (let run = 0; run < runs; run++) {
  const r = alternate(
    [
      { name: 'floor', fn: () => decoder.decode(bytes).split('\n') },
      { name: 'full', fn: () => fullParse(bytes) },
    ],
    { targetMs: 6000 },
  );
  console.log(
    `floor ${r.floor.toFixed(1)} ms  full ${r.full.toFixed(1)} ms  full/floor ${(r.full / r.floor).toFixed(2)}x`,
  );
}
const text = decoder.decode(bytes);
const parsed = core.parseJournal(text);
const parts = alternate([
  { name: 'decode', fn: () => decoder.decode(bytes) },
  { name: 'parseJournal', fn: () => core.parseJournal(text) },
  { name: 'journalStats', fn: () => core.journalStats(parsed, TODAY) },
]);
console.log(
  Object.entries(parts)
    .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
    .join('  '),
);
