import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, sample, sampleGaps } from './app.mjs';

test('the sample map appears within 3 s with every actor and gap', async ({ page }) => {
  const app = new ClusterMapPage(page);
  const started = Date.now();
  await page.goto('/');
  await expect(app.actors).toHaveCount(sample.actors.length, { timeout: 3000 });
  expect(Date.now() - started).toBeLessThan(3000);

  const gaps = sampleGaps();
  expect(gaps).toEqual(['pcb_fab', 'cable_fibre']);
  await expect(app.gapMarkers).toHaveCount(gaps.length);
  for (const id of gaps) await expect(page.locator(`[data-gap-stage="${id}"]`)).toBeVisible();
  await expect(app.map.locator('path.edge')).toHaveCount(sample.relations.length);
  await expect(page.getByTestId('fictional')).toBeVisible();
  await expect(app.summary).toContainText(`${sample.actors.length} actors`);
  await expect(app.summary).toContainText('2 of 9 core stages missing locally');
});

test('every drawn actor lies inside the visible map', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  const svg = await app.map.locator('svg').boundingBox();
  for (const box of await app.actors.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.x).toBeGreaterThanOrEqual(svg.x - 0.5);
    expect(box.y).toBeGreaterThanOrEqual(svg.y - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
  }
});

test('the language switch turns the interface Turkish and German', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.switchLanguage('tr');
  await expect(app.summary).toContainText('KOBİ');
  await expect(app.gaps.locator('h2')).toHaveText('Değer zincirindeki boşluklar');
  await expect(page.locator('[data-stage="pcb_fab"]')).toContainText('Baskılı devre');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await app.switchLanguage('de');
  await expect(app.summary).toContainText('KMU');
  await expect(app.gaps.locator('h2')).toHaveText('Lücken in der Wertschöpfungskette');
  await expect(page.locator('[data-stage="pcb_fab"]')).toHaveAttribute('aria-label', 'Leiterplattenfertigung');
  const header = await page.locator('[data-stage="pcb_fab"] .stage-title').textContent();
  expect(header.replace('-', '')).toBe('Leiterplattenfertigung');
  await expect(app.importRegion.locator('h2')).toHaveText('Erhebungsdaten');
  await expect(app.actors).toHaveCount(sample.actors.length);
});

test('the browser language is the default, and ?lang= overrides it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await new ClusterMapPage(page).open();
  await expect(page.getByTestId('summary')).toContainText('Akteure');
  await page.goto('/?lang=tr');
  await expect(page.getByTestId('summary')).toContainText('aktör');
  await context.close();
});

test('hovering an actor shows its full name', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.actor('gediz').hover();
  await expect(page.getByTestId('tooltip')).toContainText('Gediz Haberleşme Cihazları San. Tic. A.Ş.');
});

test('no request leaves the page origin', async ({ page, baseURL }) => {
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await new ClusterMapPage(page).open();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
