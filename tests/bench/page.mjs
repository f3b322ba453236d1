// The benchmark page: clustermap's wasm (bench_wasm.js) and the JavaScript
// peers (peers.js) on the same generated input, one call per task, timed with
// performance.now(). tests/bench/run.mjs drives it through window.bench.
// The ingest cases call bench_reader.js: the same module built with the
// reader worker's cargo profile, as the app reads files there.
import init, * as cm from './bench_wasm.js';
import initReader, * as reader from './bench_reader.js';
import * as peers from './peers.js';
import { generate } from './generate.mjs';

const status = (t) => { document.getElementById('status').textContent = t; };
const enc = new TextEncoder();

// Long tasks (> 50 ms) on the main thread, as the browser sees them.
const longTasks = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
} catch { /* not supported: the runner reports the call durations only */ }

const datasets = {};
function dataset(n, seed) {
  const key = `${n}/${seed}`;
  if (!datasets[key]) {
    const g = generate(n, seed);
    datasets[key] = {
      n, expected: g.expected,
      actors: enc.encode(g.actors), relations: enc.encode(g.relations), stages: enc.encode(g.stages),
    };
  }
  return datasets[key];
}
const files = (d) => [d.actors, d.relations, d.stages];

// What is loaded on each side for the analysis cases (loading is not timed).
let cmLoaded = null;
const peerGraphs = {};
function cmPrepare(d) {
  if (cmLoaded !== d) { cm.prepare(...files(d)); cmLoaded = d; }
}
function peerGraph(d) {
  if (!peerGraphs[d.n]) peerGraphs[d.n] = peers.ingestCsv(...files(d)).graph;
  return peerGraphs[d.n];
}
let xlsx = null;

// name -> { data, clustermap: [setup, work], peer: [setup, work] }
const BIG = [10000, 42];
const SMALL = [3000, 7];
const cases = {
  ingest_csv: {
    data: BIG,
    clustermap: [() => {}, (d) => reader.ingest_csv(...files(d))],
    peer: [() => {}, (d) => peers.ingestCsv(...files(d)).counts],
  },
  ingest_xlsx: {
    data: BIG,
    clustermap: [(d) => { xlsx ??= cm.make_xlsx(...files(d)); }, () => reader.ingest_xlsx(xlsx)],
    peer: [() => {}, (d) => peers.ingestCsv(...files(d)).counts],
  },
  analysis: {
    data: BIG,
    clustermap: [cmPrepare, () => cm.analyse()],
    peer: [peerGraph, (d) => peers.metrics(peerGraph(d))],
  },
  analysis_main_thread: {
    data: BIG,
    clustermap: [cmPrepare, () => cm.analyse_light()],
  },
  metrics_exact_10k: {
    data: BIG,
    clustermap: [cmPrepare, () => cm.metrics_exact()],
    peer: [peerGraph, (d) => peers.metrics(peerGraph(d))],
  },
  betweenness_3k: {
    data: SMALL,
    clustermap: [cmPrepare, () => cm.exact_betweenness()],
    peer: [peerGraph, (d) => peers.exactBetweenness(peerGraph(d))],
  },
  betweenness_10k: {
    data: BIG,
    clustermap: [cmPrepare, () => cm.exact_betweenness()],
    peer: [peerGraph, (d) => peers.exactBetweenness(peerGraph(d))],
  },
};

const nextTask = () => new Promise((r) => setTimeout(r, 0));
const settle = () => new Promise((r) => setTimeout(r, 100));

/** One timed run of one side of one case, in a task of its own. */
async function run(name, side) {
  const c = cases[name];
  const d = dataset(...c.data);
  const [setup, work] = c[side];
  setup(d);
  globalThis.gc?.(); // run.mjs starts Chromium with --expose-gc
  await settle();
  longTasks.length = 0;
  await nextTask();
  const t0 = performance.now();
  const out = work(d);
  const ms = performance.now() - t0;
  await settle(); // let the observer deliver the long task entries
  return { ms, check: Array.from(out), longestTask: longTasks.length ? Math.max(...longTasks) : 0 };
}

await init();
await initReader();
window.bench = { run, cases: Object.keys(cases), hasPeer: (name) => Boolean(cases[name].peer), expected: (name) => dataset(...cases[name].data).expected,
  longTaskSupported: PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false };
status('ready');
