import { test, expect } from './fixtures.mjs';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterMapPage, root } from './app.mjs';

test('the CSV twin of the sample loads through the file picker', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.load(...['meta', 'stages', 'actors', 'relations', 'sourcing'].map((t) => `sample_csv/${t}.csv`));
  await expect(app.status).toContainText('50 actors, 141 relations');
  await expect(app.actors).toHaveCount(50);
  await expect(app.report).toContainText('No problems found.');
});

test('a Turkish semicolon CSV set loads, with its problems reported by row', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.load('regional/actors_tr.csv', 'regional/stages_tr.csv', 'regional/relations_tr.csv');
  await expect(app.actors).toHaveCount(3);
  await expect(app.actor('t1')).toBeVisible();
  const unknown = app.report.locator('tr', { hasText: 'Yok Böyle Firma' });
  await expect(unknown).toContainText('relations_tr.csv');
  await expect(unknown).toContainText('target');
  await expect(unknown).toContainText('row skipped');
  // The row is the file's line, as the user finds it in an editor or
  // Excel (issue 11): the header is line 1.
  await expect(unknown.locator('td').nth(1)).toHaveText('3');
  // Markup in a name is shown as text, never interpreted.
  await expect(app.map.locator('b')).toHaveCount(0);
  await expect(app.actor('t3')).toHaveAttribute('aria-label', /Ege <b>Kalıp<\/b> & Co/);
});

test('a broken file gives a message with file and line, and keeps the map', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.load('bad/broken.json');
  await expect(app.status).toContainText('broken.json, line 3');
  await expect(app.status).toContainText('The previous map is still shown');
  await expect(app.actors).toHaveCount(50);
  await app.load('bad/unknown_header.csv');
  await expect(app.status).toContainText('unknown_header.csv');
  await expect(app.status).toContainText('foo, bar, baz');
  await expect(app.actors).toHaveCount(50);
});

test('the sample comes back at a click', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.load('small/cluster.json');
  await expect(app.actors).toHaveCount(5);
  await expect(app.gapMarkers).toHaveCount(1);
  await page.getByRole('button', { name: 'Show the sample cluster' }).click();
  await expect(app.actors).toHaveCount(50);
});

test('a file above the size limit is refused before reading, naming the file', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  // A sparse file: 65 MB on paper, nothing on disk.
  const dir = mkdtempSync(join(tmpdir(), 'clustermap-'));
  const path = join(dir, 'huge.csv');
  truncateSync((writeFileSync(path, ''), path), 65 * 1024 * 1024);
  await page.getByTestId('file-input').setInputFiles(path);
  await expect(app.status).toContainText('huge.csv: 65.0 MB is above the limit of 64 MB');
  await expect(app.actors).toHaveCount(50);
});

test('files dropped onto the page load like chosen ones', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const texts = Object.fromEntries(['stages', 'actors', 'relations'].map((t) => [
    `${t}_tr.csv`, readFileSync(`${root}tests/fixtures/regional/${t}_tr.csv`, 'latin1'),
  ]));
  // A drop carries File objects, as the operating system hands them over.
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const [name, text] of Object.entries(files)) {
      const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type: 'text/csv' }));
    }
    return dt;
  }, texts);
  await page.locator('main').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(app.status).toContainText('3 actors');
  await expect(app.actors).toHaveCount(3);
  await expect(app.actor('t1')).toBeVisible();
});
