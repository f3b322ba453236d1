// Accessibility (issue 16): axe-core on every main screen, in English,
// Turkish and German. A serious or critical violation fails the test with
// the rule, its help text and the elements that break it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, generatedFiles, root } from './app.mjs';

/** axe.min.js from the project's node_modules, or from AXE_PATH if set
 * (a private install while the package is not in node_modules yet). */
function axeSource() {
  const from = process.env.AXE_PATH ? `${process.env.AXE_PATH}/` : root;
  const require = createRequire(`${from}package.json`);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}
const source = axeSource();

/** Runs axe on the whole page; returns the serious and critical violations.
 * The page's policy allows no inline script, so axe comes in through the
 * DevTools protocol (`evaluate`), which the policy does not govern. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 3).join(' ')}`),
        count: v.nodes.length,
      }));
  });
}

/** Soft, so one run lists the violations of every screen. */
async function check(page, screen) {
  const found = await violations(page);
  expect.soft(found.map((v) => v.rule), `${screen}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

for (const lang of ['en', 'tr', 'de']) {
  test(`no serious axe violation on the main screens (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new ClusterMapPage(page);
    await app.open(`/?lang=${lang}`);
    await expect(page.locator('li.opportunity').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await check(page, 'map and results');

    await page.keyboard.press('?');
    await expect(page.getByTestId('key-help')).toBeVisible();
    await check(page, 'keyboard shortcuts');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('key-help')).toHaveCount(0);

    await app.actor('gediz').click();
    await expect(page.getByTestId('details')).toBeVisible();
    await check(page, 'details');

    await page.getByTestId('view-network').click();
    await expect(app.map).toHaveAttribute('data-view', 'network');
    await check(page, 'network view');
    await page.getByTestId('view-chain').click();

    await page.getByTestId('analysis-settings').locator('summary').click();
    await expect(page.getByTestId('settings-defaults')).toBeVisible();
    await check(page, 'settings');

    await page.keyboard.press('F5');
    await expect(page.getByTestId('deck')).toBeVisible();
    await check(page, 'presentation');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('deck')).toHaveCount(0);

    await app.load('formats/mapping_firms.csv', 'formats/mapping_ties.csv');
    await expect(page.getByTestId('mapping')).toHaveAttribute('open', '');
    await check(page, 'mapping step');

    const { files, expected } = generatedFiles(1200);
    await page.getByTestId('file-input').setInputFiles(files);
    await expect(app.map).toHaveAttribute('data-renderer', 'canvas', { timeout: 20_000 });
    await expect(app.map).toHaveAttribute('data-shown', String(expected.actors));
    await page.locator('.map-frame').focus();
    await page.getByTestId('canvas-focus').focus();
    await expect(page.getByTestId('tooltip')).toBeVisible();
    await check(page, 'canvas map');
  });
}
