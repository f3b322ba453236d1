// The offline field kit (issue 14): after one visit the app works with the
// network off; it works from a subfolder of any host; its policy allows no
// inline script but the ones it hashes.
import { readFileSync } from 'node:fs';
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
