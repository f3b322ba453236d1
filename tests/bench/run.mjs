// Runs the benchmark page (tests/bench/page.mjs) in headless Chromium and
// prints a table; writes target/bench-results.json.
// Usage: node tests/bench/run.mjs [pkg dir, default target/bench-pkg]
// Environment: BENCH_RUNS (measured runs, default 5; cases whose warm-up
// takes over 3 s get BENCH_SLOW_RUNS, default 2), BENCH_CASES (comma list),
// BENCH_PORT (default 8093), BENCH_OUT (results file).
import { spawn, execSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(process.argv[2] ?? 'target/bench-pkg');
const port = Number(process.env.BENCH_PORT ?? 8093);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 2);
const out = resolve(process.env.BENCH_OUT ?? 'target/bench-results.json');
// Cases whose peer does exactly the work of another case's peer.
const samePeer = { ingest_xlsx: 'ingest_csv', metrics_exact_10k: 'analysis' };

for (const f of ['index.html', 'page.mjs', 'generate.mjs']) copyFileSync(join(here, f), join(pkg, f));

const server = spawn(process.execPath, [join(here, '../e2e/serve.mjs'), pkg, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok, fail) => {
  server.stdout.once('data', ok);
  server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
});

// --expose-gc: the page collects garbage before each timed call, so that
// one side's garbage (the peers leave large object graphs) is not
// collected on the other side's time.
const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, '--js-flags=--expose-gc'], headless: true });
const results = { date: new Date().toISOString(), cases: {} };
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error('[page]', m.text()); });
  page.on('pageerror', (e) => console.error('[page]', e.message));
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 60_000 });
  const info = await page.evaluate(() => ({ cases: window.bench.cases, longTaskSupported: window.bench.longTaskSupported }));
  const model = (() => { try { return execSync("lscpu | grep 'Model name'", { encoding: 'utf8' }).split(':')[1].trim(); } catch { return cpus()[0]?.model; } })();
  results.machine = { nproc: cpus().length, cpu: model, chromium: browser.version(), longTaskSupported: info.longTaskSupported, loadavgStart: loadavg() };
  const wanted = process.env.BENCH_CASES?.split(',') ?? info.cases;

  const measure = async (name, side) => {
    const t = (await page.evaluate(([n, s]) => window.bench.run(n, s), [name, side]));
    process.stderr.write(`  ${name} ${side}: ${t.ms.toFixed(1)} ms\n`);
    return t;
  };
  for (const name of wanted) {
    const entry = { expected: await page.evaluate((n) => window.bench.expected(n), name) };
    for (const side of ['clustermap', 'peer']) {
      if (side === 'peer' && !(await page.evaluate((n) => window.bench.hasPeer(n), name))) continue;
      if (side === 'peer' && samePeer[name] && results.cases[samePeer[name]]) {
        entry.peer = { ...results.cases[samePeer[name]].peer, sameAs: samePeer[name] };
        continue;
      }
      const warm = await measure(name, side);
      const n = warm.ms > 3000 ? slowRuns : runs;
      const times = [];
      let longest = warm.longestTask;
      let check = warm.check;
      for (let i = 0; i < n; i++) {
        const t = await measure(name, side);
        times.push(t.ms);
        longest = Math.max(longest, t.longestTask);
        check = t.check;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      entry[side] = { warmup: warm.ms, times, median, min: sorted[0], longestTask: longest, check };
    }
    entry.ratio = entry.peer ? entry.clustermap.median / entry.peer.median : null;
    results.cases[name] = entry;
  }
} finally {
  if (results.machine) results.machine.loadavgEnd = loadavg();
  await browser.close();
  server.kill();
}

writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
console.log(`\n${results.machine.cpu}, ${results.machine.nproc} cores, Chromium ${results.machine.chromium}, load average ${results.machine.loadavgStart.map((x) => x.toFixed(1)).join(' ')} at start, ${results.machine.loadavgEnd.map((x) => x.toFixed(1)).join(' ')} at end, long tasks observed: ${results.machine.longTaskSupported}`);
console.log('| case | clustermap median (min) ms | peer median (min) ms | ratio | longest task cm / peer ms | check cm / peer |');
console.log('|---|---|---|---|---|---|');
for (const [name, e] of Object.entries(results.cases)) {
  const cmx = e.clustermap, p = e.peer;
  const check = (c) => c.map((v) => (Number.isInteger(v) ? v : v.toPrecision(6))).join(' ');
  if (!p) { console.log(`| ${name} | ${f(cmx.median)} (${f(cmx.min)}) | no peer | | ${f(cmx.longestTask)} / | ${check(cmx.check)} |`); continue; }
  console.log(`| ${name} | ${f(cmx.median)} (${f(cmx.min)}) | ${f(p.median)} (${f(p.min)})${p.sameAs ? ` = ${p.sameAs}` : ''} | ${e.ratio.toFixed(2)} | ${f(cmx.longestTask)} / ${f(p.longestTask)} | ${check(cmx.check)} / ${check(p.check)} |`);
}
console.log(`\nwritten ${out}`);
