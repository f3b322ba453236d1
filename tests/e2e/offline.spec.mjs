// The offline field kit (issue 14): after one visit the app works with the
// network off; it works from a subfolder of any host; its policy allows no
// inline script but the ones it hashes.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, root } from './app.mjs';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the app and controls the page. */
async function offlineReady(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  }, null, { timeout: 30_000 });
}

test('after one visit the app opens, keeps the workspace, loads a file and analyses it with the network off', async ({ page, context }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  await app.load(...['tr_asamalar.csv', 'tr_aktorler.csv', 'tr_iliskiler.csv', 'tr_tedarik.csv'].map((f) => `survey/${f}`));
  await expect(app.status).toContainText('6 Akteure');
  await offlineReady(page);

  await context.setOffline(true);
  await page.reload();
  // The saved workspace is back: the survey, not the sample.
  await expect(app.actor('a1')).toBeVisible();
  await expect(app.actor('gediz')).toHaveCount(0);
  // A file loads (the reader worker comes from the offline copy) ...
  await app.load('formats/kumu_types.xlsx');
  await expect(app.status).toContainText('4 Akteure, 4 Beziehungen');
  // ... and the analysis runs, network metrics (analysis worker) included.
  await expect(app.summary).toContainText('4 Beziehungen');
  await page.getByTestId('view-network').click();
  await expect(app.map).toHaveAttribute('data-view', 'network');
  await app.actors.first().click();
  await expect(page.getByTestId('details')).toContainText('Betweenness', { timeout: 20_000 });
  await context.setOffline(false);
});

test('served from a subfolder of a host the app works', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/agency/clustermap/?lang=en');
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
  await app.load('formats/kumu_types.xlsx');
  await expect(app.status).toContainText('4 actors, 4 relations');
  // Every file came from the subfolder.
  const outside = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => !p.startsWith('/agency/clustermap/')));
  expect(outside).toEqual([]);
});

test('the policy allows no inline script but the page\'s own, by hash, and workers from the page or blobs only', async ({ page }) => {
  const html = readFileSync(`${root}dist/index.html`, 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("worker-src 'self' blob:");
  // And the page runs under it (the guards fail on any violation).
  const app = new ClusterMapPage(page);
  await app.open('/');
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
});

test('the single file opens from file:// with no network and no request, with every actor, its workers and the presentation', async ({ page, browser }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await app.load(...['tr_asamalar.csv', 'tr_aktorler.csv', 'tr_iliskiler.csv', 'tr_tedarik.csv'].map((f) => `survey/${f}`));
  await expect(app.status).toContainText('6 actors');
  const ids = await app.actors.evaluateAll((els) => els.map((e) => e.dataset.actorId).sort());
  expect(ids).toHaveLength(6);
  const download = page.waitForEvent('download');
  await page.getByTestId('save-single-file').click();
  const file = test.info().outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  await expect(app.status).toContainText(/Saved clustermap.*\.html, [\d.]+ MB/);
  const mb = statSync(file).size / 1e6;
  expect(mb).toBeGreaterThan(1);
  expect(mb).toBeLessThan(12);

  // A context with no network and no server: only the file.
  const offline = await browser.newContext({ offline: true });
  const problems = [];
  const requests = [];
  offline.on('request', (r) => requests.push(r.url()));
  const single = await offline.newPage();
  single.on('pageerror', (e) => problems.push(e.message));
  single.on('console', (m) => {
    if (/panicked|Content Security Policy|CSP/.test(m.text())) problems.push(m.text());
  });
  await single.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
  const url = pathToFileURL(file).href;
  await single.goto(url);
  const map = single.getByTestId('map');
  await expect(map.locator('[data-actor-id]').first()).toBeVisible();
  expect(await map.locator('[data-actor-id]').evaluateAll((els) => els.map((e) => e.dataset.actorId).sort())).toEqual(ids);
  // The reader worker starts from its Blob: a file loads.
  await single.getByTestId('file-input').setInputFiles(`${root}tests/fixtures/formats/kumu_types.xlsx`);
  await expect(single.getByTestId('import-status')).toContainText('4 actors, 4 relations');
  // The analysis worker too: the network metrics arrive.
  await single.getByTestId('view-network').click();
  await map.locator('[data-actor-id]').first().click();
  await expect(single.getByTestId('details')).toContainText('Betweenness', { timeout: 20_000 });
  // And the presentation opens from it, its first slide titled.
  await single.getByTestId('present-start').click();
  await expect(single.getByTestId('deck')).toBeVisible();
  await expect(single.getByTestId('slide-title')).not.toBeEmpty();
  await single.keyboard.press('PageDown');
  await expect(single.getByTestId('slide-title')).not.toBeEmpty();
  await single.keyboard.press('Escape');
  expect(requests.filter((u) => u !== url && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
  await offline.close();
});

test('a new version is announced and taken only when the user reloads', async ({ page }) => {
  const swFile = `${root}dist/sw.js`;
  const original = readFileSync(swFile, 'utf8');
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await offlineReady(page);
  const version = () => page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.filter((k) => k.startsWith('clustermap-')).sort();
  });
  const [before] = await version();
  try {
    // A new deployment: the same files under a new version.
    writeFileSync(swFile, original.replace(/const VERSION = '[^']+'/, "const VERSION = 'next-version'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByTestId('update-available');
    await expect(banner).toContainText('yeni bir sürümü hazır');
    // Until the user says so, the page keeps the version it started with.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state)).toBe('installed');
    await expect.poll(version).toEqual([before, 'clustermap-next-version'].sort());
    await page.getByTestId('update-reload').click();
    await page.waitForEvent('load');
    await expect(app.actors.first()).toBeVisible();
    await expect.poll(version).toEqual(['clustermap-next-version']);
    await expect(page.getByTestId('update-available')).toHaveCount(0);
  } finally {
    writeFileSync(swFile, original);
  }
});
