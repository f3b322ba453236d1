// The two views of the map, drawn as a user sees them: screenshots of the
// sample in both views, the network view's dragging and pinning, the
// neighbourhood focus, and a registry-sized cluster drawn on a canvas with
// the same interactions.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, generatedFiles, sample } from './app.mjs';

async function openNetwork(page) {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en&view=network');
  await expect(app.map).toHaveAttribute('data-view', 'network');
  await expect(page.getByTestId('arranging')).toHaveCount(0);
  // Coloured by sub-cluster once the worker's communities are in.
  await expect(page.getByTestId('legend')).toContainText('sub-cluster');
  return app;
}

test('screenshot: the value-chain view of the sample', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await expect(app.map).toHaveScreenshot('value-chain.png', { maxDiffPixelRatio: 0.01 });
});

test('screenshot: the network view of the sample', async ({ page }) => {
  const app = await openNetwork(page);
  await expect(app.actors).toHaveCount(sample.actors.length);
  await expect(app.map).toHaveScreenshot('network.png', { maxDiffPixelRatio: 0.01 });
});

test('the network view draws every actor inside the map, and the switch is in the link', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('view-network').click();
  await expect(page).toHaveURL(/view=network/);
  await expect(page.getByTestId('arranging')).toHaveCount(0);
  await expect(app.actors).toHaveCount(sample.actors.length);
  await expect(app.map.locator('path.edge')).toHaveCount(sample.relations.length);
  // No gap columns in the network view, but the summary still counts them.
  await expect(app.gapMarkers).toHaveCount(0);
  const svg = await app.map.locator('svg').boundingBox();
  for (const box of await app.actors.locator('circle, rect:not(.hit)').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.x).toBeGreaterThanOrEqual(svg.x - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
  }
  await page.getByTestId('view-chain').click();
  await expect(app.gapMarkers).toHaveCount(2);
});

test('dragging an actor in the network view pins it, in the link too', async ({ page }) => {
  const app = await openNetwork(page);
  const node = app.actor('gediz').locator('circle');
  const before = await node.boundingBox();
  const [cx, cy] = [before.x + before.width / 2, before.y + before.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 60, cy + 40, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/pin=gediz/);
  const after = await node.boundingBox();
  expect(after.x - before.x).toBeGreaterThan(50);
  expect(after.y - before.y).toBeGreaterThan(30);
  // The link reproduces the pinned place.
  const other = await page.context().newPage();
  await other.goto(page.url().replace(/^https?:\/\/[^/]+/, ''));
  const copy = await other.getByTestId('map').locator('[data-actor-id="gediz"] circle').boundingBox();
  expect(Math.abs(copy.x - after.x)).toBeLessThan(1);
  expect(Math.abs(copy.y - after.y)).toBeLessThan(1);
  await other.close();
  await page.getByTestId('unpin').click();
  await expect(page).not.toHaveURL(/pin=/);
});

test('neighbourhood focus shows the selected actor and its partners only', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await app.actor('kule').click();
  await page.getByTestId('filter-focus').selectOption('1');
  // Partners of "kule" in the sample, computed here from the data.
  const kule = sample.actors.findIndex((a) => a.id === 'kule');
  const ids = new Set(['kule']);
  for (const r of sample.relations) {
    const [s, t] = [r.source, r.target];
    if (s === 'kule' || s === kule) ids.add(typeof t === 'number' ? sample.actors[t].id : t);
    if (t === 'kule' || t === kule) ids.add(typeof s === 'number' ? sample.actors[s].id : s);
  }
  const shown = await app.map.locator('[data-actor-id]:not(.filtered)').evaluateAll((els) => els.map((e) => e.dataset.actorId));
  expect(new Set(shown)).toEqual(ids);
  await expect(page.getByTestId('shown-count')).toHaveText(`${ids.size} of ${sample.actors.length} actors shown`);
  await page.getByTestId('filter-focus').selectOption('0');
  await expect(page.getByTestId('shown-count')).toHaveText('');
});

test('the stage and size filters hide exactly the actors they name', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.locator('.filters summary', { hasText: 'Show stages' }).click();
  await page.getByTestId('filter-stage-ems').uncheck();
  const inEms = sample.actors.filter((a) => a.stages.includes('ems')).map((a) => a.id).sort();
  expect(inEms.length).toBeGreaterThan(0);
  const hidden = await app.map.locator('[data-actor-id].filtered').evaluateAll((els) => els.map((e) => e.dataset.actorId));
  expect(hidden.sort()).toEqual(inEms);
  await page.getByTestId('filter-stage-ems').check();
  await page.getByTestId('filter-size').selectOption('50');
  const small = sample.actors
    .filter((a) => ['firm', 'supplier', 'service_provider'].includes(a.kind) && a.employees != null && a.employees < 50)
    .map((a) => a.id).sort();
  const hiddenSmall = await app.map.locator('[data-actor-id].filtered').evaluateAll((els) => els.map((e) => e.dataset.actorId));
  expect(hiddenSmall.sort()).toEqual(small);
  await expect(page).toHaveURL(/minemp=50/);
});

test('a 2,000-actor cluster is drawn on a canvas with hover, click and zoom', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const { files, expected } = generatedFiles(2000);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(app.map).toHaveAttribute('data-renderer', 'canvas', { timeout: 15_000 });
  await expect(app.map).toHaveAttribute('data-shown', String(expected.actors));
  await expect(app.summary).toContainText(`${expected.actors} actors`);
  const canvas = page.getByTestId('map-canvas');
  await expect(canvas).toBeVisible();
  // The canvas is painted: plenty of non-white pixels.
  const inked = await canvas.evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) n++;
    return n / (c.width * c.height);
  });
  expect(inked).toBeGreaterThan(0.02);
  // Zoom in with the button, then find an actor under the pointer by
  // sweeping across the map; its tooltip and detail panel open.
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  const box = await canvas.boundingBox();
  let found = false;
  for (let y = box.y + 120; y < box.y + box.height - 10 && !found; y += 7) {
    for (let x = box.x + 40; x < box.x + box.width - 10 && !found; x += 7) {
      await page.mouse.move(x, y);
      if (await page.getByTestId('tooltip').count()) {
        found = true;
        await page.mouse.down();
        await page.mouse.up();
      }
    }
  }
  expect(found).toBe(true);
  await expect(page.getByTestId('details')).toHaveCount(1);
  await expect(page).toHaveURL(/sel=/);
});

test('a 360-pixel embed keeps the map inside the page, and two fingers zoom', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const frame = page.locator('.map-frame');
  const box = await frame.boundingBox();
  expect(box.width).toBeLessThanOrEqual(360);
  // A pinch: two touch pointers moving apart.
  await frame.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, {
      pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: cy, bubbles: true,
    }));
    fire('pointerdown', 1, cx - 20);
    fire('pointerdown', 2, cx + 20);
    for (let d = 20; d <= 60; d += 10) {
      fire('pointermove', 1, cx - d);
      fire('pointermove', 2, cx + d);
    }
    fire('pointerup', 1, cx - 60);
    fire('pointerup', 2, cx + 60);
  });
  // Fingers three times as far apart: three times the zoom.
  await expect(page).toHaveURL(/z=3\.000/);
  await context.close();
});

test('the geographic view places actors by coordinates, abroad on the frame', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('view-geo').click();
  await expect(page).toHaveURL(/view=geo/);
  await expect(app.map).toHaveAttribute('data-view', 'geo');
  await expect(app.actors).toHaveCount(sample.actors.length);
  await expect(app.map.locator('.graticule')).not.toHaveCount(0);
  const centre = async (id) => {
    const b = await app.actor(id).locator('circle, rect:not(.hit)').first().boundingBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  // Urla lies west of Bornova; Shenzhen (abroad) is drawn at the right edge.
  const west = sample.actors.find((a) => a.district === 'Urla').id;
  const east = sample.actors.find((a) => a.district === 'Bornova').id;
  expect((await centre(west)).x).toBeLessThan((await centre(east)).x);
  const xs = await Promise.all(sample.actors.map(async (a) => (await centre(a.id)).x));
  expect((await centre('shenzhen')).x).toBeGreaterThanOrEqual(Math.max(...xs) - 20);
  await expect(app.map).toHaveScreenshot('geographic.png', { maxDiffPixelRatio: 0.01 });
});

test('opportunities and missing links are marked in place on the value chain', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  // Ranked opportunities on core stages (testing is a support service).
  const badges = app.map.locator('[data-opportunity-stage]');
  await expect(badges).toHaveCount(4);
  expect(await badges.evaluateAll((els) => els.map((e) => `${e.dataset.opportunityStage}:${e.textContent.trim().slice(-1)}`)))
    .toEqual(['pcb_fab:1', 'cable_fibre:2', 'ems:4', 'components:5']);
  const breaks = app.map.locator('[data-broken-link]');
  expect(await breaks.evaluateAll((els) => els.map((e) => e.dataset.brokenLink)))
    .toEqual(['design>embedded_sw', 'embedded_sw>ems']);
  // Choosing the top opportunity highlights its stage and the 11 firms
  // that buy bare PCBs outside the region.
  await app.map.locator('[data-opportunity-stage="pcb_fab"]').click();
  await expect(app.map.locator('[data-stage="pcb_fab"]')).toHaveClass(/highlighted/);
  await expect(app.map.locator('[data-actor-id].highlighted')).toHaveCount(11);
});
