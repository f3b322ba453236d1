// The whole path without a mouse (issue 16): load a file, find an actor,
// walk the value chain to a missing stage, show who buys it outside, open
// an actor's details, clear the highlight, read the shortcuts; and the
// canvas map's roving focus. page.keyboard only.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, generatedFiles, root } from './app.mjs';

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return {
    actor: e?.getAttribute('data-actor-id') ?? null,
    gap: e?.getAttribute('data-gap-stage') ?? null,
    inDetails: !!e?.closest('[data-testid=details]'),
    testid: e?.getAttribute('data-testid') ?? null,
  };
});

const csv = ['actors.csv', 'relations.csv', 'stages.csv', 'sourcing.csv', 'meta.csv']
  .map((f) => `${root}tests/fixtures/sample_csv/${f}`);

test('keyboard only: load, search, along the chain to a gap, details, clear, shortcuts', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');

  // A skip link is the first stop, and takes the keyboard to the map.
  await page.keyboard.press('Tab');
  expect((await focused(page)).testid).toBe('skip-map');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement.classList.contains('map-frame'))).toBe(true);

  // Load the survey's CSV files through the file input.
  await tabTo(page, '[data-testid=file-input]');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(csv);
  await expect(app.status).toContainText('50 actors');

  // Find an actor: Enter in the search goes to the first one found.
  await tabTo(page, '[data-testid=search]');
  await page.keyboard.type('Gediz Haber');
  await page.keyboard.press('Enter');
  expect((await focused(page)).actor).toBe('gediz');
  await expect(page.getByTestId('tooltip')).toContainText('Gediz');

  // Along the value chain until a missing stage.
  // Right to the end of the chain, then left, until a gap marker has the focus.
  let at = await focused(page);
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let i = 0; i < 12 && !at.gap; i++) {
      await page.keyboard.press(key);
      at = await focused(page);
    }
  }
  expect(['pcb_fab', 'cable_fibre']).toContain(at.gap);
  // Enter on the gap shows the firms that buy it outside; the clear button appears.
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-stage="${at.gap}"]`)).toHaveClass(/highlighted/);
  await expect(page.getByTestId('clear-highlight')).toBeVisible();

  // Back to an actor, its details, focus in them and in view.
  for (let i = 0; i < 5 && !(await focused(page)).actor; i++) await page.keyboard.press('ArrowLeft');
  const actor = (await focused(page)).actor;
  expect(actor).not.toBeNull();
  // Up and down within the stage, and back.
  await page.keyboard.press('ArrowUp');
  if ((await focused(page)).actor === actor) {
    // The top actor of its stage: down first.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).actor).not.toBe(actor);
    await page.keyboard.press('ArrowUp');
  } else {
    await page.keyboard.press('ArrowDown');
  }
  expect((await focused(page)).actor).toBe(actor);
  await page.keyboard.press('Enter');
  const details = page.getByTestId('details');
  await expect(details).toHaveAttribute('data-details-actor', actor);
  await expect.poll(async () => (await focused(page)).inDetails).toBe(true);
  await expect(details.locator('h2')).toBeInViewport();

  // Escape: back to the map, nothing selected, no highlight.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.getByTestId('clear-highlight')).toHaveCount(0);
  await expect(page.locator('.stage-column.highlighted')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement.classList.contains('map-frame'))).toBe(true);

  // Every shortcut in one list.
  await page.keyboard.press('?');
  const help = page.getByTestId('key-help');
  await expect(help).toBeVisible();
  await expect(help.locator('dt')).toHaveCount(10);
  expect((await focused(page)).testid).toBe('key-help-close');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('the canvas map has a roving focus the arrows move', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const { files } = generatedFiles(1200);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(app.map).toHaveAttribute('data-renderer', 'canvas', { timeout: 20_000 });
  await page.locator('.map-frame').focus();
  await tabTo(page, '[data-testid=canvas-focus]');
  const proxy = page.getByTestId('canvas-focus');
  const first = await proxy.getAttribute('aria-label');
  await expect(page.getByTestId('tooltip')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(proxy).not.toHaveAttribute('aria-label', first);
  const second = await proxy.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(proxy).not.toHaveAttribute('aria-label', second);
  expect((await focused(page)).testid).toBe('canvas-focus');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('details')).toBeVisible();
});
