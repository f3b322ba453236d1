// Hostile and broken files end in a message naming them, within seconds;
// the map shown before stays, and the app keeps working afterwards.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, root, sample } from './app.mjs';

const formats = (name) => `${root}tests/fixtures/formats/${name}`;

/// The sample still answers: an actor click opens its panel.
async function stillWorks(page, app) {
  await expect(app.actors).toHaveCount(sample.actors.length);
  await app.actor('gediz').click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-details-actor', 'gediz');
}

test('a 1 KB ODS asking for a million rows is refused within seconds, and the map stays', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('file-input').setInputFiles(formats('repeated_rows.ods'));
  await expect(app.status).toContainText('repeated_rows.ods#actors, row 2: this row is repeated 1,000,000 times', { timeout: 10_000 });
  await stillWorks(page, app);
  // And the next real file reads.
  await page.getByTestId('file-input').setInputFiles(formats('survey.xls'));
  await expect(app.actors).toHaveCount(3, { timeout: 15_000 });
});

// calamine dies inside the reader worker on these (an allocation of
// 42 GB, an overflowing offset): the panic is expected there, nowhere else.
test.describe('damaged legacy workbooks', () => {
  test.use({ expectedPanics: ['ingest_worker.js'] });
for (const name of ['huge_allocation.xls', 'bad_offset.xls']) {
  test(`the damaged legacy workbook ${name} ends in a message, and the sample still works`, async ({ page }) => {
    const app = new ClusterMapPage(page);
    await app.open('/?lang=en');
    await page.getByTestId('file-input').setInputFiles(formats(`xls_mutants/${name}`));
    await expect(app.status).toContainText(`${name}: the file reader stopped while reading`, { timeout: 10_000 });
    await expect(app.status).toContainText('The file may be damaged');
    await expect(app.status).not.toContainText('Reading', { timeout: 10_000 });
    await stillWorks(page, app);
    // A later good file is read by a fresh reader.
    await page.getByTestId('file-input').setInputFiles(formats('survey.xls'));
    await expect(app.actors).toHaveCount(3, { timeout: 15_000 });
    await page.getByTestId('show-sample').click();
    await stillWorks(page, app);
  });
}
});

test('a flood of duplicate rows gives a report counted by kind, paged', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  const rows = ['id,name,band'];
  for (let i = 0; i < 200_000; i++) rows.push('s1,Software,core');
  await page.getByTestId('file-input').setInputFiles([
    { name: 'stages.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,stages\na1,Ege Yazılım,s1\n') },
  ]);
  await expect(app.actors).toHaveCount(1, { timeout: 20_000 });
  await expect(app.report.locator('summary')).toContainText('199.999');
  const kinds = page.getByTestId('report-kinds');
  await expect(kinds.locator('tbody tr')).toHaveCount(1);
  await expect(kinds.locator('tbody tr')).toContainText('199.999');
  await expect(kinds.locator('tbody tr')).toContainText('3–200001');
  const listed = page.getByTestId('report-rows').locator('tbody tr');
  await expect(listed).toHaveCount(200);
  await page.getByTestId('report-more').click();
  await expect(listed).toHaveCount(400);
  await expect(page.getByTestId('report-counted')).toContainText('Die ersten 5.000 Probleme');
});

test('hostile names are shown as text, legibly and within the panel', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.open('/?lang=en');
  const long = 'Uzun'.repeat(2_500);
  const csv = [
    'id,name,stages',
    `a1,${long},s1`,
    'a2,"<img src=x onerror=""window.pwned=1"">Ege",s1',
    'a3,Ege\u202Eİzmir\u200B Yazılım,s1',
  ].join('\n');
  await page.getByTestId('file-input').setInputFiles([
    { name: 'stages.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,band\ns1,Software,core\n') },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
  ]);
  await expect(app.actors).toHaveCount(3);
  // Markup stays text: no element made from it, no script run.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  // The override and the zero-width space are taken out, and reported.
  await expect(app.map.locator('[aria-label^="Egeİzmir Yazılım"]')).toHaveCount(1);
  await expect(app.report).toContainText('U+202E');
  // A 10,000-character name wraps inside the details panel.
  await app.actor('a1').click();
  const details = page.getByTestId('details');
  await expect(details).toHaveAttribute('data-details-actor', 'a1');
  const box = await details.boundingBox();
  expect(box.width).toBeLessThanOrEqual(1366);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(1366);
});

const hostile = (name) => `${root}tests/fixtures/hostile/${name}`;

// Each file asks the reader for far more than a survey needs, or for
// something it must never do (tests/fixtures/hostile/make_hostile.py).
for (const [name, says] of [
  ['bomb.xlsx', 'bomb.xlsx: xl/worksheets/sheet1.xml unpacks to more than 384 MiB'],
  ['bomb.ods', 'bomb.ods: content.xml unpacks to more than 384 MiB'],
  ['sheets_300.xlsx', 'sheets_300.xlsx: the workbook has 300 sheets'],
  ['laughs.gexf', 'laughs.gexf, line 2: the file declares its own entities'],
  ['external_entity.graphml', 'external_entity.graphml, line 2: the file declares its own entities'],
]) {
  test(`the hostile file ${name} is refused within seconds, and the map stays`, async ({ page }) => {
    const app = new ClusterMapPage(page);
    await app.open('/?lang=en');
    await page.getByTestId('file-input').setInputFiles(hostile(name));
    await expect(app.status).toContainText(says, { timeout: 10_000 });
    await stillWorks(page, app);
  });
}

test('a 20 MB cell is refused naming line and column, in Turkish too; a small file then reads', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  const big = Buffer.concat([
    Buffer.from('id,name,stages\na1,Ege,s1\na2,'),
    Buffer.alloc(20 << 20, 'x'),
    Buffer.from(',s1\n'),
  ]);
  const stages = { name: 'stages.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,band\ns1,Yazılım,core\n') };
  await page.getByTestId('file-input').setInputFiles([stages, { name: 'actors.csv', mimeType: 'text/csv', buffer: big }]);
  await expect(app.status).toContainText('actors.csv, satır 3, sütun 2: bu hücrede 20.971.520 karakter var', { timeout: 10_000 });
  await stillWorks(page, app);
  await page.getByTestId('file-input').setInputFiles([
    stages,
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,stages\na1,Ege Yazılım,s1\n') },
  ]);
  await expect(app.actors).toHaveCount(1, { timeout: 15_000 });
});
