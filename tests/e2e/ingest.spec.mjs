import { test, expect } from '@playwright/test';
import { ClusterMapPage } from './app.mjs';

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
