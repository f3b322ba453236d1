import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, root, sample } from './app.mjs';

// The workbooks (issue 13): written by the export worker, whose wasm is
// fetched only when a workbook is asked for, and re-read here with
// calamine (examples/xlsx_sheets.rs) for their sheets and row counts.

/** The sheets of a downloaded workbook, as calamine reads them. */
function sheetsOf(path) {
  const out = execFileSync('cargo', ['run', '-q', '--example', 'xlsx_sheets', '--', path], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

test.beforeAll(() => {
  // Built once here, so the tests below do not time out compiling it; a
  // first build on a clean checkout takes minutes.
  test.setTimeout(600_000);
  execFileSync('cargo', ['build', '-q', '--example', 'xlsx_sheets'], { cwd: root, stdio: 'inherit', timeout: 600_000 });
});

const gaps = 2; // pcb_fab and cable_fibre, as analysis.spec.mjs has them

test('the results workbook is in Turkish, has every sheet and row, and its writer is fetched only after the click', async ({ page }) => {
  test.setTimeout(90_000);
  const fetched = [];
  page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  const button = page.getByTestId('export-xlsx');
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeEnabled({ timeout: 20_000 });
  expect(fetched.filter((p) => p.includes('export_worker'))).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(fetched.some((p) => p.endsWith('export_worker_bg.wasm'))).toBe(true);
  expect(download.suggestedFilename()).toMatch(/-results\.xlsx$/);
  const sheets = sheetsOf(await download.path());
  expect(sheets.map((s) => s.name)).toEqual([
    'Aktörler', 'İlişkiler', 'Aşamalar', 'Boşluklar', 'Eksik halkalar', 'Fırsatlar', 'Anket yanıtları', 'Uluslararasılaşma', 'Tanımlar',
  ]);
  const byName = Object.fromEntries(sheets.map((s) => [s.name, s]));
  expect(byName['Aktörler'].rows).toBe(sample.actors.length);
  expect(byName['İlişkiler'].rows).toBe(sample.relations.length);
  expect(byName['Aşamalar'].rows).toBe(sample.stages.length);
  expect(byName['Aktörler'].header.slice(0, 4)).toEqual(['Kod', 'Ad', 'Tür', 'Aşama']);
  expect(byName['Aşamalar'].header[0]).toBe('Aşama kodu');
  // Numbers stay numbers: the degree of the first actor.
  expect(typeof byName['Aktörler'].first[7]).toBe('number');
  expect(byName['Boşluklar'].rows).toBeGreaterThanOrEqual(gaps);
  expect(byName['Fırsatlar'].first[0]).toBe(1);
  expect(byName['Anket yanıtları'].rows).toBeGreaterThanOrEqual(11);
  expect(byName['Tanımlar'].rows).toBeGreaterThan(15);
  await expect(page.getByTestId('export-status')).toHaveCount(0);
});

test('the Kumu blueprint downloads with Elements and Connections and reads back into the map', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const button = page.getByTestId('export-kumu');
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/-kumu\.xlsx$/);
  const path = await download.path();
  const sheets = sheetsOf(path);
  expect(sheets.map((s) => [s.name, s.rows])).toEqual([['Elements', sample.actors.length], ['Connections', sample.relations.length]]);
  expect(sheets[0].header.slice(0, 3)).toEqual(['Label', 'Type', 'ID']);
  expect(sheets[1].header.slice(0, 4)).toEqual(['From', 'To', 'Type', 'Strength']);
  await page.getByTestId('file-input').setInputFiles({ name: 'kumu.xlsx', mimeType: 'application/octet-stream', buffer: (await import('node:fs')).readFileSync(path) });
  await expect(app.status).toContainText(`${sample.actors.length} actors, ${sample.relations.length} relations`, { timeout: 15_000 });
});

test('the template still downloads, from the export worker, and reads back without problems', async ({ page }) => {
  const fetched = [];
  page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template').click()]);
  expect(download.suggestedFilename()).toBe('clustermap-template-de.xlsx');
  expect(fetched.some((p) => p.endsWith('export_worker_bg.wasm'))).toBe(true);
  const sheets = sheetsOf(await download.path());
  expect(sheets.map((s) => s.rows)).toEqual([6, 3, 3, 2, 2]);
  await page.getByTestId('file-input').setInputFiles(await download.path());
  await expect(app.report).toContainText('Keine Probleme gefunden', { timeout: 15_000 });
});

test('when the writer cannot start, the page names the workbook and says how to retry; the next click works', async ({ page }) => {
  let blocked = true;
  await page.context().route('**/export_worker_bg.wasm', (route) => (blocked ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const button = page.getByTestId('export-kumu');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const failed = page.getByTestId('export-failed');
  await expect(failed).toContainText('-kumu.xlsx was not written: this browser did not start the workbook writer', { timeout: 10_000 });
  await expect(failed).toContainText('click the button again');
  await app.switchLanguage('tr');
  await expect(failed).toContainText('çalışma kitabı yazıcısını başlatmadı');
  blocked = false;
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/-kumu\.xlsx$/);
  await expect(failed).toHaveCount(0);
});
