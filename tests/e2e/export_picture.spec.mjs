// Pictures of the map and the printable report (issue 13, items 1 and 5):
// the SVG of each view, opened on its own, shows as many actors as the
// map; the PNG has the pixel size asked for; the report printed to PDF is
// A4 portrait with the expected number of pages; anonymised, no picture
// names a firm of the sample.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, sample } from './app.mjs';

/** Clicks and returns the file the page offers. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The size an SVG's root element declares. */
function svgSize(text) {
  const root = text.match(/<svg\b[^>]*>/)[0];
  return { width: Number(root.match(/\swidth="([\d.]+)"/)[1]), height: Number(root.match(/\sheight="([\d.]+)"/)[1]) };
}

async function showView(page, app, view) {
  await page.getByTestId(`view-${view}`).click();
  await expect(app.map).toHaveAttribute('data-view', view);
  await expect(page.getByTestId('arranging')).toHaveCount(0);
}

/** Opens an SVG file in its own page, served from the app's origin. */
async function openSvg(context, baseURL, svg) {
  const page = await context.newPage();
  const url = `${baseURL}/picture-under-test.svg`;
  await page.route(url, (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
  await page.goto(url);
  return page;
}

for (const view of ['chain', 'network', 'geo']) {
  test(`the ${view} picture opened on its own shows as many actors as the map`, async ({ page, context, baseURL }) => {
    const app = new ClusterMapPage(page);
    await app.open();
    await showView(page, app, view);
    const shown = Number(await app.map.getAttribute('data-shown'));
    expect(shown).toBe(sample.actors.length);
    await expect(app.actors).toHaveCount(shown);
    const file = await download(page, () => page.getByTestId('picture-svg').click());
    expect(file.name).toMatch(new RegExp(`-${view}\\.svg$`));
    const svg = file.bytes.toString('utf8');
    const second = await openSvg(context, baseURL, svg);
    const marks = second.locator('g.actor');
    await expect(marks).toHaveCount(shown);
    // Every mark is drawn (has a box), and the caption says how many.
    const drawn = await marks.evaluateAll((gs) => gs.filter((g) => g.getBBox().width > 0).length);
    expect(drawn).toBe(shown);
    const caption = (await second.locator('text.caption').allTextContents()).join(' ');
    expect(caption).toContain(`${shown} actors shown`);
    expect(caption).toContain('made with clustermap');
    // Nothing is fetched: no image, no link, no style sheet.
    expect(svg).not.toMatch(/<image|href=|@import|url\(http/);
    await second.close();
  });
}

test('the PNG has the pixel size asked for: 2x, 4x and a chosen width', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  const svg = await download(page, () => page.getByTestId('picture-svg').click());
  const { width, height } = svgSize(svg.bytes.toString('utf8'));
  const png = () => download(page, () => page.getByTestId('picture-png').click());

  await page.getByTestId('picture-scale').selectOption('2');
  let file = await png();
  expect(file.name).toMatch(/-chain\.png$/);
  expect(pngSize(file.bytes)).toEqual({ width: Math.round(width * 2), height: Math.round(height * 2) });

  await page.getByTestId('picture-scale').selectOption('4');
  expect(pngSize((await png()).bytes)).toEqual({ width: Math.round(width * 4), height: Math.round(height * 4) });

  await page.getByTestId('picture-scale').selectOption('width');
  await page.getByTestId('picture-width').fill('1800');
  await page.getByTestId('picture-width').dispatchEvent('change');
  expect(pngSize((await png()).bytes)).toEqual({ width: 1800, height: Math.round((height * 1800) / width) });
});

test('the printable report is A4 portrait, hidden on screen and alone in print', async ({ page }, info) => {
  const app = new ClusterMapPage(page);
  await app.open();
  // The network figures the report prints: the worker starts when the
  // results are on screen.
  await page.getByTestId('metrics').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('export-csv')).toBeEnabled({ timeout: 20_000 });
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.getByTestId('print-report').click();
  // The dialog opens once the map picture is in the report.
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  const report = page.getByTestId('printable-report');
  await expect(report).toBeHidden();
  const image = report.getByTestId('report-map-image');
  expect(await image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(app.map).toBeHidden();
  await expect(report.getByTestId('report-title')).toContainText(sample.meta.name);
  for (const id of ['report-method', 'report-map', 'report-glance', 'report-missing', 'report-opportunities', 'report-international']) {
    await expect(report.getByTestId(id)).toBeVisible();
  }
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await import('node:fs/promises').then((fs) => fs.writeFile(info.outputPath('report.pdf'), pdf));
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  const pages = text.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(5);
  expect(pages.length).toBeLessThanOrEqual(14);
  expect(boxes.length).toBeGreaterThanOrEqual(pages.length);
  for (const b of boxes) {
    expect([Math.round(Number(b[3]) - Number(b[1])), Math.round(Number(b[4]) - Number(b[2]))]).toEqual([595, 842]);
  }
});

test('anonymised, neither picture nor report names a firm of the sample', async ({ page, context, baseURL }) => {
  const app = new ClusterMapPage(page);
  await app.open();
  await page.getByTestId('anonymised').check();
  const svg = (await download(page, () => page.getByTestId('picture-svg').click())).bytes.toString('utf8');
  for (const a of sample.actors) {
    if (a.kind === 'firm' || a.kind === 'supplier' || a.kind === 'service_provider') {
      expect(svg, a.name).not.toContain(a.name);
      expect(svg, a.id).not.toContain(`"${a.id}"`);
    }
  }
  const second = await openSvg(context, baseURL, svg);
  await expect(second.locator('g.actor')).toHaveCount(sample.actors.length);
  expect((await second.locator('text.caption').allTextContents()).join(' ')).toContain('anonymised');
  await second.close();

  await page.evaluate(() => { window.print = () => {}; });
  await page.getByTestId('print-report').click();
  const report = page.getByTestId('printable-report');
  await expect(report.getByTestId('report-title')).toContainText('Anonymised edition');
  const html = await report.evaluate((r) => r.outerHTML);
  const map = decodeURIComponent(await report.getByTestId('report-map-image').getAttribute('src'));
  for (const a of sample.actors.filter((x) => ['firm', 'supplier', 'service_provider'].includes(x.kind))) {
    expect(html, a.name).not.toContain(a.name);
    expect(map, a.name).not.toContain(a.name);
  }
});
