import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, root } from './app.mjs';

// The page carries neither the file readers nor the network metrics: when
// a worker cannot start (here: its script is refused, as a blocking policy
// does), the map stays usable and the page says what is missing.

test('without the analysis worker the map works and the page says the network figures are missing', async ({ page }) => {
  await page.route('**/analysis_worker_loader.js', (route) => route.fulfill({ status: 404, body: 'blocked' }));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
  // The worker is started once the panels that show its figures are seen.
  await page.getByTestId('details').scrollIntoViewIfNeeded();
  await expect(app.status).toContainText('Worker für die Netzwerkkennzahlen nicht gestartet');
  await app.switchLanguage('en');
  await expect(app.status).toContainText('did not start the worker that computes the network metrics');
});

test('without the reader worker a chosen file is refused with a message naming it, and the template too', async ({ page }) => {
  await page.route('**/ingest_worker_loader.js', (route) => route.fulfill({ status: 404, body: 'blocked' }));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await page.getByTestId('file-input').setInputFiles(`${root}tests/fixtures/formats/tr_survey.xlsx`);
  await expect(app.status).toContainText('tr_survey.xlsx: bu tarayıcı dosyaları açan ve şablonu yazan okuyucuyu başlatmadı');
  // The sample stays on the map.
  await expect(app.actor('gediz')).toBeVisible();
  await page.getByTestId('template').click();
  await expect(app.status).toContainText('clustermap-template-tr.xlsx: bu tarayıcı');
});
