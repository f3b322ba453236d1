// Map rendering benchmark (issue 5): pan/zoom frame times and time to
// first map, clustermap (the built app in dist/) against sigma.js v3 +
// graphology and Cytoscape.js on the same generated graph, in the same
// headless Chromium. Prints a table; writes target/bench-map-results.json.
// See BENCHMARKS.md, "Map rendering".
//
// Usage: node tests/bench/map_run.mjs   (`make bench-map` builds dist/ first)
// Environment: BENCH_MAP_SIZES (default 1000,10000 actors; 3 relations per
// actor), BENCH_MAP_RUNS (repetitions, default 3), BENCH_MAP_SIDES (default
// clustermap,sigma,cytoscape), BENCH_MAP_DIST (default dist),
// BENCH_MAP_PORT (default 8094; the app is served on the next port),
// BENCH_MAP_OUT (default target/bench-map-results.json),
// BENCH_MAP_SHOTS=1 (screenshots of each side after the first run),
// BENCH_MAP_FIRST_ONLY=1 (first maps only, no pan/zoom),
// BENCH_MAP_BASE=<dist of another build> (an extra side, clustermap-base:
// the same app runs against that build, alternating with this one, e.g.
// the commit before a change; served on the port after the app's).
import { spawn, execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.mjs';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = resolve('target/bench-map');
const sizes = (process.env.BENCH_MAP_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_MAP_RUNS ?? 3);
const sides = (process.env.BENCH_MAP_SIDES ?? 'clustermap,sigma,cytoscape').split(',');
const dist = resolve(process.env.BENCH_MAP_DIST ?? 'dist');
const port = Number(process.env.BENCH_MAP_PORT ?? 8094);
const out = resolve(process.env.BENCH_MAP_OUT ?? 'target/bench-map-results.json');
const shots = process.env.BENCH_MAP_SHOTS === '1';
const firstOnly = process.env.BENCH_MAP_FIRST_ONLY === '1';
const baseDist = process.env.BENCH_MAP_BASE ? resolve(process.env.BENCH_MAP_BASE) : null;
if (baseDist && !sides.includes('clustermap-base')) sides.splice(sides.indexOf('clustermap') + 1, 0, 'clustermap-base');
// Frames are not capped at the display rate; WebGL (sigma) runs on
// SwiftShader, as there is no GPU. The same flags for all sides.
const flags = ['--disable-gpu-vsync', '--disable-frame-rate-limit', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const viewport = { width: 1366, height: 768 };
const SETTLE_WAIT_MS = 1500; // after the first map, before pan/zoom
const WORKER_WARM_MS = 1000; // pointer on "Choose files…" before the files arrive

// ---- inputs ----------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const expected = {};
for (const n of sizes) {
  const g = generate(n, 42);
  const dir = join(work, `data-${n}`);
  mkdirSync(dir);
  for (const f of ['stages', 'actors', 'relations']) writeFileSync(join(dir, `${f}.csv`), g[f]);
  expected[n] = g.expected;
}
for (const [entry, outfile] of [['map_drive.mjs', 'map_drive.js'], ['map_peers.mjs', 'map_peers.js']]) {
  await build({ entryPoints: [join(here, entry)], bundle: true, format: 'iife', outfile: join(work, outfile), logLevel: 'warning' });
}
copyFileSync(join(here, 'map.html'), join(work, 'map.html'));
// A copy of the app as built now, so a rebuild during the run changes nothing.
cpSync(dist, join(work, 'app'), { recursive: true });
if (baseDist) cpSync(baseDist, join(work, 'app-base'), { recursive: true });
const appScript = readdirSync(join(work, 'app')).find((f) => /^clustermap-.*\.js$/.test(f));
const driveJs = readFileSync(join(work, 'map_drive.js'), 'utf8');

const sh = (cmd) => { try { return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };
const serve = (dir, p) => new Promise((ok, fail) => {
  const s = spawn(process.execPath, [join(here, '../e2e/serve.mjs'), dir, String(p)], { stdio: ['ignore', 'pipe', 'inherit'] });
  s.stdout.once('data', () => ok(s));
  s.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
});
const peersServer = await serve(work, port);
const appServer = await serve(join(work, 'app'), port + 1);
const baseServer = baseDist ? await serve(join(work, 'app-base'), port + 2) : null;

const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, ...flags], headless: true });
const cpu = sh("lscpu | grep 'Model name'")?.split(':')[1]?.trim() ?? cpus()[0]?.model;
const results = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, cpu, chromium: browser.version(), flags: [...launchOptions.args, ...flags], viewport, loadavgStart: loadavg() },
  build: { commit: sh('git rev-parse --short HEAD'), srcDirty: Boolean(sh('git status --porcelain -- src style index.html Cargo.toml')), appScript },
  sizes: {},
};
const log = (s) => process.stderr.write(`${s}\n`);

// The app's map frame (CSS px) as measured after its first map; the peers'
// container gets the same size.
const frameSize = {};

async function newPage() {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => { if (m.type() === 'error') log(`  [page] ${m.text()}`); });
  page.on('pageerror', (e) => log(`  [page] ${e.message}`));
  return page;
}

async function runApp(n, rep, appPort = port + 1) {
  const page = await newPage();
  try {
    await page.goto(`http://127.0.0.1:${appPort}/?lang=en`);
    await page.waitForSelector('[data-testid=map] [data-actor-id]', { timeout: 60_000 });
    await page.addScriptTag({ content: driveJs });
    // A user reaches "Choose files…" and spends a moment in the file
    // dialog: the pointer over the import panel starts the reader's worker
    // (src/ui/import.rs, warm_reader), as it does for a user. Not timed.
    await page.getByTestId('import').locator('label.button').hover();
    await page.waitForTimeout(WORKER_WARM_MS);
    await page.evaluate((n) => {
      const t0 = performance.now();
      window.__first = window.mapDrive.whenShown(n).then((t) => ({
        ms: t - t0,
        renderer: document.querySelector('[data-testid=map]').getAttribute('data-renderer'),
        ink: window.mapDrive.canvasInk(),
        svgActors: document.querySelectorAll('[data-testid=map] [data-actor-id]').length,
        frame: (({ clientWidth: w, clientHeight: h }) => [w, h])(document.querySelector('.map-frame')),
        viewBox: document.querySelector('svg.map')?.getAttribute('viewBox'),
      }));
    }, n);
    const dir = join(work, `data-${n}`);
    await page.getByTestId('file-input').setInputFiles(['actors.csv', 'relations.csv', 'stages.csv'].map((f) => join(dir, f)));
    const first = await page.evaluate(() => window.__first);
    // Where the first map's time went: the app's performance marks
    // (src/ui/import.rs, src/ui/ingest_worker.rs), from the files chosen.
    first.marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
      const chosen = at('clustermap:files-chosen');
      return Object.fromEntries(['clustermap:reader-answer', 'clustermap:files-read']
        .map((m) => [m.replace('clustermap:', ''), at(m) - chosen]));
    });
    first.status = await page.getByTestId('import-status').textContent().catch(() => null);
    frameSize[n] = first.frame;
    if (firstOnly) return { first, motion: null };
    await page.waitForTimeout(SETTLE_WAIT_MS);
    const motion = await page.evaluate(async () => window.mapDrive.run(window.mapDrive.appSide()));
    motion.inkAfter = await page.evaluate(() => window.mapDrive.canvasInk());
    if (shots && rep === 0) await page.screenshot({ path: join(work, `shot-clustermap-${n}.png`) });
    return { first, motion };
  } finally {
    await page.close();
  }
}

async function runPeer(name, n, rep) {
  const page = await newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/map.html`);
    await page.waitForFunction(() => window.mapPeers && window.mapDrive, null, { timeout: 60_000 });
    const first = await page.evaluate(([s, d, size]) => window.mapPeers.first(s, d, size), [name, `data-${n}`, frameSize[n] ?? [1330, 620]]);
    await page.waitForTimeout(SETTLE_WAIT_MS);
    const motion = await page.evaluate(async () => window.mapDrive.run(window.mapSide));
    if (shots && rep === 0) await page.screenshot({ path: join(work, `shot-${name}-${n}.png`) });
    return { first, motion };
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  for (const n of sizes) {
    const entry = { expected: expected[n], sides: {} };
    for (const side of sides) entry.sides[side] = { runs: [] };
    for (let rep = 0; rep < runs; rep++) {
      for (const side of sides) {
        const r = side === 'clustermap' ? await runApp(n, rep)
          : side === 'clustermap-base' ? await runApp(n, rep, port + 2)
            : await runPeer(side, n, rep);
        entry.sides[side].runs.push(r);
        const m = r.motion;
        log(`${n} #${rep + 1} ${side}: first map ${r.first.ms.toFixed(0)} ms${r.first.marks ? ` (reader answer at ${r.first.marks['reader-answer']?.toFixed(0)}, files read at ${r.first.marks['files-read']?.toFixed(0)})` : ''}${m ? `; frames ${m.frames}, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, renders ${m.rendersDuring}; camera ${JSON.stringify(m.states[0])} -> ${JSON.stringify(m.states[1])}` : ''}`);
      }
    }
    for (const side of sides) {
      const s = entry.sides[side];
      s.firstMapMs = median(s.runs.map((r) => r.first.ms));
      s.p50 = median(s.runs.map((r) => r.motion?.p50));
      s.p95 = median(s.runs.map((r) => r.motion?.p95));
      s.settleFrameMs = median(s.runs.map((r) => r.motion?.settleFrameMs));
      s.longestTaskDuring = Math.max(...s.runs.map((r) => r.motion?.longestTaskDuring ?? NaN));
    }
    const cm = entry.sides.clustermap;
    entry.ratios = {};
    for (const peer of ['sigma', 'cytoscape']) {
      const p = entry.sides[peer];
      if (cm && p) entry.ratios[peer] = { p50: cm.p50 / p.p50, p95: cm.p95 / p.p95, firstMap: cm.firstMapMs / p.firstMapMs };
    }
    results.sizes[n] = entry;
  }
} finally {
  results.frameSize = frameSize;
  results.machine.loadavgEnd = loadavg();
  await browser.close();
  peersServer.kill();
  appServer.kill();
  baseServer?.kill();
}

writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
const f = (x) => (!Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mc = results.machine;
console.log(`\n${mc.cpu}, ${mc.nproc} cores, Chromium ${mc.chromium}, load average ${mc.loadavgStart.map((x) => x.toFixed(1)).join(' ')} at start, ${mc.loadavgEnd.map((x) => x.toFixed(1)).join(' ')} at end; ${results.date}; app ${results.build.appScript} (commit ${results.build.commit}${results.build.srcDirty ? ' + uncommitted src changes' : ''})`);
console.log('| actors / relations | side | first map ms | p50 frame ms | p95 frame ms | settle frame ms | renders / frames |');
console.log('|---|---|---|---|---|---|---|');
for (const [n, e] of Object.entries(results.sizes)) {
  for (const [side, s] of Object.entries(e.sides)) {
    const r = s.runs[0].motion ?? {};
    console.log(`| ${n} / ${e.expected.relations} | ${side}${side.startsWith('clustermap') ? ` (${s.runs[0].first.renderer})` : ''} | ${f(s.firstMapMs)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.settleFrameMs)} | ${Number.isFinite(r.rendersDuring) ? r.rendersDuring : '–'} / ${r.frames ?? '–'} |`);
  }
  for (const [peer, r] of Object.entries(e.ratios)) {
    console.log(`| ${n} | clustermap / ${peer} | ${r.firstMap.toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | | |`);
  }
}
console.log(`\nwritten ${out}`);
