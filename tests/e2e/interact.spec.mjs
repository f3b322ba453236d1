import { test, expect } from './fixtures.mjs';
import { ClusterMapPage } from './app.mjs';

test('search finds a Turkish name typed in lower case with ı and i', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.getByTestId('search').fill('akıllı sayaç');
  await expect(page.getByTestId('search-count')).toHaveText('1 found');
  await expect(app.actor('akilli')).toHaveClass(/\bmatch\b/);
  await page.getByTestId('search').fill('ızmir');
  // "İzmir …" names: dotted capital İ found from dotless ı typed in lower case.
  await expect(app.actor('izmirelektro')).toHaveClass(/\bmatch\b/);
  await expect(app.actor('bulut')).toHaveClass(/\bmatch\b/);
  await expect(app.actor('gediz')).toHaveClass(/unmatched/);
});

test('a filter hides exactly the right nodes', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.locator('.filters summary').first().click();
  await page.getByTestId('filter-kind-university').uncheck();
  await page.getByTestId('filter-kind-research').uncheck();
  await expect(app.map.locator('[data-actor-id]:visible')).toHaveCount(48);
  const hidden = await app.map.locator('[data-actor-id].filtered').evaluateAll((els) => els.map((e) => e.dataset.actorId));
  expect(hidden.sort()).toEqual(['etu', 'mikrodalga']);
  await page.getByTestId('filter-locality').selectOption('international');
  await expect(app.map.locator('[data-actor-id]:visible')).toHaveCount(3);
});

test('clicking a node opens its panel with its relations', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.actor('gediz').click();
  const details = page.getByTestId('details');
  await expect(details).toHaveAttribute('data-details-actor', 'gediz');
  await expect(details.locator('h2')).toHaveText('Gediz Haberleşme Cihazları San. Tic. A.Ş.');
  await expect(details).toContainText('95');
  // 11 supply, 1 collaboration, 1 knowledge, 2 support ties in the sample.
  await expect(details.locator('.relations li')).toHaveCount(15);
  await details.getByRole('button', { name: /Kule Altyapı/ }).first().click();
  await expect(details).toHaveAttribute('data-details-actor', 'kule');
  await page.getByTestId('details-close').click();
  await expect(details).toHaveCount(0);
});

test('a copied link restores the view', async ({ page, browser }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.switchLanguage('de');
  await page.getByTestId('search').fill('ege');
  await page.getByTestId('zoom-in').click();
  await page.locator('.filters summary').first().click();
  await page.getByTestId('filter-kind-finance').uncheck();
  await app.actor('gediz').click();
  const link = page.url();
  expect(link).toContain('lang=de');
  const other = await browser.newPage();
  const copy = new ClusterMapPage(other);
  await copy.open(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.getByTestId('search')).toHaveValue('ege');
  await expect(other.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
  await expect(copy.actor('girisim')).toHaveClass(/filtered/);
  expect(await other.locator('g.viewport').getAttribute('transform')).toBe(
    await page.locator('g.viewport').getAttribute('transform'));
  await expect(other.getByTestId('summary')).toContainText('Akteure');
  await other.close();
});

test('zoom and pan by buttons and keys, fit returns', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  const viewport = page.locator('g.viewport');
  const start = await viewport.getAttribute('transform');
  await page.getByTestId('zoom-in').click();
  await expect(viewport).toHaveAttribute('transform', /scale\(1\.2500\)/);
  await page.locator('.map-frame').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('+');
  await expect(viewport).toHaveAttribute('transform', /scale\(1\.5625\)/);
  await page.keyboard.press('0');
  await expect(viewport).toHaveAttribute('transform', start);
});

test('the detail panel speaks the interface language', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await app.actor('shenzhen').click();
  const details = page.getByTestId('details');
  await expect(details).toContainText('uluslararası');
  await expect(details).not.toContainText('international');
});

test('two tabs that load different files never overwrite each other unnoticed', async ({ page, context }) => {
  const a = new ClusterMapPage(page);
  await a.open('/?lang=en');
  await a.load('formats/kumu_types.xlsx');
  await expect(a.status).toContainText('4 actors, 4 relations');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('clustermap.workspace')?.includes('Aegean Foods'))).toBe(true);

  const pageB = await context.newPage();
  const b = new ClusterMapPage(pageB);
  await b.open('/?lang=en');
  await b.load(...['tr_asamalar.csv', 'tr_aktorler.csv', 'tr_iliskiler.csv', 'tr_tedarik.csv'].map((f) => `survey/${f}`));
  await expect(b.status).toContainText('6 actors');

  // Tab A hears of it, keeps its own map and asks.
  const notice = page.getByTestId('other-tab');
  await expect(notice).toContainText('Another tab saved other data');
  await expect(notice).toContainText('6 actors');
  await expect(a.actors).toHaveCount(4);
  // A change in A does not silently replace B's saved data meanwhile.
  // The value step is open: "uses" was not understood.
  await expect(page.getByTestId('value-mapping')).toHaveAttribute('open', '');
  await page.locator('[data-testid="value-row"][data-value="uses"] [data-testid="value-meaning"]').selectOption('collaboration');
  await expect(a.status).toContainText('4 actors, 4 relations');
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => localStorage.getItem('clustermap.workspace').includes('Işık Makina'))).toBe(true);

  // Keeping A's data saves it; now B is the one told.
  await page.getByTestId('other-tab-keep').click();
  await expect(notice).toHaveCount(0);
  await expect(pageB.getByTestId('other-tab')).toContainText('Another tab saved other data');
  // B opens the other tab's data: A's map.
  await pageB.getByTestId('other-tab-open').click();
  await expect(b.actors).toHaveCount(4);
  await pageB.close();
});
