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

test('without the reader worker a chosen file is refused with a message naming it; the template comes from the export worker', async ({ page }) => {
  await page.route('**/ingest_worker_loader.js', (route) => route.fulfill({ status: 404, body: 'blocked' }));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await page.getByTestId('file-input').setInputFiles(`${root}tests/fixtures/formats/tr_survey.xlsx`);
  await expect(app.status).toContainText('tr_survey.xlsx: bu tarayıcı dosyaları açan okuyucuyu başlatmadı');
  // The sample stays on the map.
  await expect(app.actor('gediz')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template').click()]);
  expect(download.suggestedFilename()).toBe('clustermap-template-tr.xlsx');
});

test('without the export worker the template is refused with a message naming it and how to retry', async ({ page }) => {
  await page.route('**/export_worker_loader.js', (route) => route.fulfill({ status: 404, body: 'blocked' }));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await page.getByTestId('template').click();
  await expect(app.status).toContainText('clustermap-template-tr.xlsx yazılmadı: bu tarayıcı çalışma kitabı yazıcısını başlatmadı');
  await expect(app.status).toContainText('düğmeye yeniden tıklayın');
});

// A worker whose wasm does not load (a 404, a damaged file) ends in a
// message, not in "Reading…" forever; the app keeps working, and the next
// try starts a new reader.
test('a reader whose wasm is missing says so within seconds, and the sample still works', async ({ page }) => {
  let missing = true;
  await page.context().route('**/ingest_worker_bg.wasm', (route) => (missing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('file-input').setInputFiles(`${root}tests/fixtures/formats/kumu_types.xlsx`);
  await expect(app.status).toContainText('kumu_types.xlsx: this browser did not start the file reader', { timeout: 10_000 });
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
  // Back on the server: the next load starts a new reader and reads.
  missing = false;
  await page.getByTestId('file-input').setInputFiles(`${root}tests/fixtures/formats/kumu_types.xlsx`);
  await expect(app.status).toContainText('4 actors, 4 relations', { timeout: 15_000 });
});

test('an analysis worker whose wasm is damaged says the network figures are missing', async ({ page }) => {
  await page.context().route('**/analysis_worker_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  // The worker starts when its figures are wanted: the network view.
  await page.getByTestId('view-network').click();
  await expect(app.status).toContainText('did not start the worker that computes the network metrics', { timeout: 10_000 });
  await page.getByTestId('view-chain').click();
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
});
