import { test, expect } from './fixtures.mjs';
import { ClusterMapPage } from './app.mjs';
import { generate } from '../bench/generate.mjs';

test('a Turkish survey workbook loads through the file picker, with its problems reported', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  // The file dialog must offer workbooks and graph files, not only CSV.
  for (const ext of ['.xlsx', '.xls', '.ods', '.csv', '.json', '.gexf', '.graphml']) {
    await expect(page.getByTestId('file-input')).toHaveAttribute('accept', new RegExp(`(^|,)\\${ext}(,|$)`));
  }
  await app.load('formats/tr_survey.xlsx');
  await expect(app.status).toContainText('tr_survey.xlsx: 4 actors');
  await expect(page.getByTestId('cluster-name')).toHaveText('Manisa Döküm Kümesi');
  await expect(app.actors).toHaveCount(4);
  await expect(app.map.locator('[aria-label^="Işık Makina San. ve Tic. A.Ş."]')).toHaveCount(1);
  const unknown = app.report.locator('tr', { hasText: 'Yok Böyle Firma' });
  await expect(unknown).toContainText('tr_survey.xlsx#İlişkiler');
  await expect(unknown).toContainText('row skipped');
  await expect(app.report.locator('tr', { hasText: 'yaklaşık 20' })).toContainText('employees');
});

test('a German semicolon CSV pair in Windows-1252 keeps its umlauts', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.getByTestId('preset').selectOption('machinery');
  await app.load('formats/de_actors_1252.csv', 'formats/de_relations_1252.csv');
  await expect(app.actors).toHaveCount(4);
  for (const name of ['Müller Gießerei GmbH', 'Schäfer Zerspanung KG', 'Weiß & Söhne Maschinenbau']) {
    await expect(app.map.locator(`[aria-label^="${name}"]`)).toHaveCount(1);
  }
  await expect(app.report).toContainText('windows-1252');
});

test('after a reload the workspace is back', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.load('formats/tr_survey.xlsx');
  await expect(app.actors).toHaveCount(4);
  await app.switchLanguage('de');
  await page.reload();
  await expect(app.actors).toHaveCount(4);
  await expect(page.getByTestId('cluster-name')).toHaveText('Manisa Döküm Kümesi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(app.status).toContainText('wiederhergestellt');
});

test('a damaged saved workspace is set aside and the app starts clean', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.evaluate(() => localStorage.setItem('clustermap.workspace', '{"actors": [ {"id": "a"'));
  await page.reload();
  await expect(app.actors).toHaveCount(50);
  await expect(app.status).toContainText('could not be read');
  expect(await page.evaluate(() => localStorage.getItem('clustermap.workspace.damaged'))).toContain('"actors"');
});

test('pasted spreadsheet cells load as a table', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.getByTestId('preset').selectOption('auto_repair');
  const cells = 'Firma Adı\tTür\tÇalışan Sayısı\nİzmir Oto Servis\tfirma\t12\nEge Yedek Parça\ttedarikçi\t30\n';
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, cells);
  await expect(app.actors).toHaveCount(2);
  await expect(app.map.locator('[aria-label^="İzmir Oto Servis"]')).toHaveCount(1);
});

test('the template workbook downloads in the interface language', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await app.switchLanguage('tr');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template').click()]);
  expect(download.suggestedFilename()).toBe('clustermap-template-tr.xlsx');
  const path = await download.path();
  await page.getByTestId('file-input').setInputFiles(path);
  await expect(app.status).toContainText('yüklendi');
  await expect(app.report).toContainText('Sorun bulunmadı.');
});

// @solo: run alone (make e2e), since task lengths on these 2-core machines
// also measure whatever other test runs beside it.
test('a large file is read in a Web Worker: progress shows and the page keeps drawing frames @solo', async ({ page }) => {
  test.setTimeout(60_000);
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const g = generate(30_000, 5);
  const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  // Count frames and note every change of the status line, in the page.
  await page.evaluate(() => {
    window.__frames = [];
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__status = [];
    new MutationObserver(() => {
      const s = document.querySelector('[data-testid=import-status]');
      const text = s?.textContent ?? '';
      if (window.__status.at(-1)?.text !== text) window.__status.push({ t: performance.now(), text });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('file-input').setInputFiles([
    file('stages.csv', g.stages), file('actors.csv', g.actors), file('relations.csv', g.relations),
  ]);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(app.status).toContainText(`${g.expected.actors} actors`, { timeout: 45_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  const { status, frames, long, read, handed } = await page.evaluate(() => ({
    status: window.__status,
    frames: window.__frames,
    long: window.__long,
    // The reader's last message (its result) arrived here; taking it in is
    // main-thread work of building the map, not of reading.
    read: performance.getEntriesByName('clustermap:reader-answer').at(-1)?.startTime,
    // Its first message (the first step) says the files have been handed
    // over: from here on the reading is the worker's.
    handed: performance.getEntriesByName('clustermap:reader-answer')[0]?.startTime,
  }));
  // The reader's own wasm was fetched (by the worker, at the first load).
  expect(fetched.some((u) => u.includes('ingest_worker_bg')), fetched.join('\n')).toBe(true);
  // Each file was named as it was read, then the checking step.
  const texts = status.map((s) => s.text);
  for (const [i, name] of ['stages.csv', 'actors.csv', 'relations.csv'].entries()) {
    expect(texts.some((t) => t.startsWith(`Reading ${name} (file ${i + 1} of 3`)), texts.join(' | ')).toBe(true);
  }
  expect(texts).toContain('Checking rows, ids and names…');
  // While the worker read (from its first step to the arrival of its
  // result), the main thread ran no task over 200 ms and kept drawing
  // frames. (Frame gaps alone would also count the other tests' load on
  // these 2-core machines; a long task is the page's own.)
  const start = handed;
  const end = read;
  expect(end - start).toBeGreaterThan(100);
  const during = frames.filter((t) => t >= start && t <= end);
  const longest = Math.max(0, ...long.filter((l) => l.end > start && l.start < end).map((l) => Math.min(l.end, end) - Math.max(l.start, start)));
  const where = `longest task ${longest.toFixed(0)} ms, ${during.length} frames in ${(end - start).toFixed(0)} ms; status: ${status.map((s) => `${(s.t - start).toFixed(0)} ${s.text}`).join(' | ')}`;
  expect(longest, where).toBeLessThan(200);
  expect(during.length, where).toBeGreaterThan((end - start) / 100);
});
