// First visit (issue 10): every file the page fetches from navigation until
// a click on an actor of the sample map opens its details panel, on a cold
// cache, with its raw, gzip -9 and brotli size, and the time that took.
//
// Usage:
//   node tests/size/first_visit.mjs [--budget tests/size-budget.json] [--runs N] [dist …]
// With --budget (what `make size` does after the release build) it fails
// when the gzip total is above the budget file's `first_visit_gzip_bytes`.
// With several dist folders (e.g. this build and an older one) the loads
// alternate between them, so both see the same machine load; the medians
// are printed per folder. Environment: SIZE_PORT (default 8196; one port
// per folder from there).
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const budgetFile = option('--budget');
const runs = Number(option('--runs') ?? 1);
const dists = (args.length ? args : ['dist']).map((d) => resolve(d));
const basePort = Number(process.env.SIZE_PORT ?? 8196);
// An actor of the built-in sample (src/sample/izmir_ict.json).
const ACTOR = 'gediz';

const serve = (dir, port) => new Promise((ok, fail) => {
  const s = spawn(process.execPath, [join(here, '../e2e/serve.mjs'), dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  s.stdout.once('data', () => ok(s));
  s.once('exit', (code) => fail(new Error(`server for ${dir} exited with ${code}`)));
});

const sizes = new Map();
function measure(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(file);
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    });
  }
  return sizes.get(file);
}

/** One cold load: a fresh browser context, nothing cached. */
async function load(browser, dir, port) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const fetched = [];
  let interactive = false;
  const record = (url) => {
    if (!interactive && url.startsWith(`http://127.0.0.1:${port}/`)) fetched.push(new URL(url).pathname);
  };
  // Workers' own requests (their script and wasm) are seen by the context.
  context.on('request', (r) => record(r.url()));
  await page.goto(`http://127.0.0.1:${port}/?lang=en`, { waitUntil: 'commit' });
  const actor = page.locator(`[data-testid="map"] [data-actor-id="${ACTOR}"]`);
  await actor.click({ timeout: 30_000 });
  await page.locator(`[data-testid="details"][data-details-actor="${ACTOR}"]`).waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  interactive = true;
  await context.close();
  const files = [...new Set(fetched)].map((path) => {
    const file = join(dir, path === '/' ? 'index.html' : path);
    statSync(file);
    return { path, ...measure(file) };
  });
  return { ms, files };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n / 1000).toFixed(1);
// Hashed names (clustermap-1a2b….js) differ between builds; the role does not.
const role = (path) => path.replace(/-[0-9a-f]{16}(?=[._])/, '');

const servers = await Promise.all(dists.map((d, i) => serve(d, basePort + i)));
const browser = await chromium.launch({ ...launchOptions, headless: true });
const chromiumVersion = browser.version();
const results = dists.map((dir) => ({ dir, times: [], files: null }));
const load1 = loadavg()[0];
try {
  for (let r = 0; r < runs; r++) {
    for (const [i, res] of results.entries()) {
      const { ms, files } = await load(browser, res.dir, basePort + i);
      res.times.push(ms);
      res.files ??= files;
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}

let failed = false;
const budget = budgetFile ? JSON.parse(readFileSync(budgetFile, 'utf8')) : null;
for (const res of results) {
  const total = res.files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\nfirst visit of ${res.dir} (files fetched until a click on an actor opens its panel; KB = 1000 bytes)`);
  console.log('| file | raw KB | gzip -9 KB | brotli KB |\n|---|---|---|---|');
  for (const f of res.files) console.log(`| ${role(f.path)} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  console.log(`| **total** | ${kb(total.raw)} | **${kb(total.gzip)}** | ${kb(total.brotli)} |`);
  console.log(`navigation to interactive: median ${median(res.times).toFixed(0)} ms of ${runs} cold loads (${res.times.map((t) => t.toFixed(0)).join(', ')})`);
  res.total = total;
}
console.log(`\n${cpus()[0]?.model}, ${cpus().length} cores, Chromium ${chromiumVersion}, load average ${load1.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, ${new Date().toISOString()}`);
if (budget) {
  const [own] = results;
  const limit = budget.first_visit_gzip_bytes;
  if (own.total.gzip > limit) {
    console.error(`\nFIRST VISIT OVER BUDGET: ${own.total.gzip} bytes gzip > ${limit} (${budgetFile})`);
    failed = true;
  } else {
    console.log(`\nfirst visit within budget: ${own.total.gzip} bytes gzip <= ${limit} (${budgetFile})`);
  }
}
process.exit(failed ? 1 : 0);
