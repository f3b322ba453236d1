// Switching between the canvas (1,000+ actors) and SVG maps, in both
// directions and across the views: the reactive layers of one renderer
// must not outlive it (this used to panic in the wasm).
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, generatedFiles, sample } from './app.mjs';

test('a big file, the sample, the big file again, then every view: no error, no panic', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const { files, expected } = generatedFiles(1500);
  const big = async () => {
    await page.getByTestId('file-input').setInputFiles(files);
    await expect(app.map).toHaveAttribute('data-renderer', 'canvas', { timeout: 15_000 });
    await expect(app.summary).toContainText(`${expected.actors} actors`);
    await expect(app.map).toHaveAttribute('data-shown', String(expected.actors));
  };
  const small = async () => {
    await page.getByRole('button', { name: 'Show the sample cluster' }).click();
    await expect(app.map).toHaveAttribute('data-renderer', 'svg');
    await expect(app.actors).toHaveCount(sample.actors.length);
    await expect(app.summary).toContainText(`${sample.actors.length} actors`);
  };
  await big();
  // Move the canvas map, so frames and the settle timer are in flight
  // when it goes.
  await page.getByTestId('zoom-in').click();
  await small();
  await big();
  await page.getByTestId('view-network').click();
  await expect(app.map).toHaveAttribute('data-view', 'network');
  await expect(page.getByTestId('arranging')).toHaveCount(0, { timeout: 20_000 });
  await expect(app.map).toHaveAttribute('data-renderer', 'canvas');
  await small();
  await expect(app.map).toHaveAttribute('data-view', 'network');
  await page.getByTestId('view-chain').click();
  await expect(app.gapMarkers).toHaveCount(2);
  await big();
  await page.getByTestId('view-chain').click();
  await expect(app.map).toHaveAttribute('data-view', 'chain');
  // Give deferred frames a moment: a panic there is caught by the guards.
  await page.waitForTimeout(500);
});
