// When the browser will not keep the workspace, the user is told before a
// reload loses it, the data stays in the tab, and the file is offered.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage } from './app.mjs';

const notSaved = (page) => page.getByTestId('not-saved');

async function loadSurvey(app) {
  await app.load('formats/tr_survey.xlsx');
  await expect(app.status).toContainText('tr_survey.xlsx');
  await expect(app.actors).toHaveCount(4);
}

async function downloadedWorkspace(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('not-saved-download').click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('storage that throws: the notice says so, and the workspace file keeps everything', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await loadSurvey(app);
  await expect(notSaved(page)).toContainText('will be lost on a reload');
  // The loaded data is still on screen, and the status still says what loaded.
  await expect(app.actors).toHaveCount(4);
  const text = await downloadedWorkspace(page);
  expect(text).toContain('Işık Makina San. ve Tic. A.Ş.');
  expect(text).toContain('Manisa Döküm Kümesi');
});

test('full storage: the notice shows, and goes once the browser saves again', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  // Fill the origin's storage to the brim.
  await page.evaluate(() => {
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler.${i}`, block);
      } catch {
        break;
      }
    }
    for (let size = 128 * 1024; size >= 16; size /= 2) {
      try {
        localStorage.setItem(`filler.small.${size}`, 'x'.repeat(size));
      } catch {}
    }
  });
  await loadSurvey(app);
  await expect(notSaved(page)).toContainText('geht beim Neuladen');
  await expect(app.actors).toHaveCount(4);
  // Room again: the next change is saved and the notice goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await app.switchLanguage('en');
  await expect(notSaved(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('clustermap.workspace')?.includes('Manisa Döküm Kümesi'))).toBe(true);
  await page.reload();
  await expect(app.actors).toHaveCount(4);
});
