// The information-day presentation (issue 12) at a projector's 1024x768:
// the whole sample deck driven by the keyboard alone, each takeaway's
// figure checked against the figures the app's own panels show; the
// presenter's window driving the audience's; the smallest text measured
// on every slide; the handout printed one page per shown slide.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, sample } from './app.mjs';

test.use({ viewport: { width: 1024, height: 768 } });

const deck = (page) => page.getByTestId('deck');
const slide = (page) => page.getByTestId('slide');
const title = (page) => page.getByTestId('slide-title');

/** The analysis figures as the results, gaps and opportunities panels show them. */
async function panelFigures(page) {
  const values = await page.getByTestId('metrics').locator('dl.figures dd').allTextContents();
  // "120 of 141 (85 %)": the rows are local ties, triple helix, research, exporters, ...
  const outOf = (text) => {
    const m = text.match(/^(\d+) of (\d+) \((\d+ %)\)$/);
    expect(m, text).not.toBeNull();
    return { n: m[1], total: m[2], share: m[3] };
  };
  const summary = await page.getByTestId('summary').textContent();
  const [, missing, core] = summary.match(/(\d+) of (\d+) core stages missing/);
  const [, relations] = summary.match(/(\d+) relations/);
  const gaps = [];
  for (const item of await page.locator('[data-gap-item]').all()) {
    const text = await item.textContent();
    if (!text.includes('no local actor')) continue;
    const buyers = text.match(/(\d+) local firms buy this outside/);
    gaps.push({ stage: await item.locator('strong').textContent(), firms: buyers?.[1] ?? null });
  }
  const opportunities = [];
  for (const item of (await page.locator('li.opportunity').all()).slice(0, 3)) {
    opportunities.push({
      stage: await item.locator('.opp-head strong').textContent(),
      score: (await item.locator('.score').textContent()).match(/(\d+)/)[1],
    });
  }
  return {
    ties: outOf(values[0]),
    helix: outOf(values[1]),
    exporters: outOf(values[3]),
    presentStages: String(Number(core) - Number(missing)),
    core,
    relations,
    gaps,
    links: await page.getByTestId('broken-links').locator('.broken-link').count(),
    opportunities,
  };
}

/** Smallest text on the slide in CSS px: HTML text by its computed size, map
 * labels by their computed size times the SVG's scale on screen. */
function measureFonts() {
  const root = document.querySelector('[data-testid="slide"]');
  const out = { html: Infinity, map: Infinity, htmlText: '', mapText: '' };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    // Text for screen readers only (the map's long description) is not on screen.
    if (el.closest('.visually-hidden')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg) {
      const text = el.closest('text');
      const shown = text.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      // Labels the camera moved out of the frame are not on screen.
      if (shown.right < frame.left || shown.left > frame.right || shown.bottom < frame.top || shown.top > frame.bottom) continue;
      const m = text.getScreenCTM();
      const px = size * Math.hypot(m.a, m.b);
      if (px < out.map) Object.assign(out, { map: px, mapText: node.textContent });
    } else if (size < out.html) {
      Object.assign(out, { html: size, htmlText: node.textContent });
    }
  }
  return out;
}

async function slideState(page) {
  return {
    kind: await slide(page).getAttribute('data-kind'),
    number: Number(await slide(page).getAttribute('data-slide')),
    step: Number(await slide(page).getAttribute('data-step')),
    title: await title(page).textContent(),
    figure: await title(page).getAttribute('data-figure'),
  };
}

test('the keyboard alone presents the whole sample; every title states the figure the panels show', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await expect(page.locator('li.opportunity').first()).toBeVisible();
  const f = await panelFigures(page);
  expect(f.gaps.length).toBeGreaterThan(0);

  await page.keyboard.press('F5');
  await expect(deck(page)).toBeVisible();
  await expect(page.getByTestId('import')).toBeHidden();
  const total = Number((await page.getByTestId('slide-number').textContent()).match(/of (\d+)/)[1]);
  const expected = 6 + f.gaps.length + f.links + f.opportunities.length + 1;
  expect(total).toBe(expected);

  const keys = ['PageDown', 'ArrowRight', 'Space', 'ArrowDown'];
  const seen = [];
  const steps = [];
  const fonts = { html: Infinity, map: Infinity };
  let presses = 0;
  for (;;) {
    const s = await slideState(page);
    steps.push(s);
    if (s.kind === 'chain') {
      // Revealed left to right: the stages so far, headers and all.
      const shown = await slide(page).locator('.stage-column').evaluateAll(
        (cols) => cols.filter((c) => getComputedStyle(c).visibility !== 'hidden').length);
      expect(shown).toBe(s.step + 1);
    }
    if (s.step === 0) {
      seen.push(s);
      if (s.figure) expect(s.title).toContain(s.figure);
      const m = await page.evaluate(measureFonts);
      if (m.html < fonts.html) Object.assign(fonts, { html: m.html, htmlText: m.htmlText, htmlSlide: s.number });
      if (m.map < fonts.map) Object.assign(fonts, { map: m.map, mapText: m.mapText, mapSlide: s.number });
      // Only the language and the slide number are in the address.
      expect(new URL(page.url()).search).toBe(`?lang=en&slide=${s.number}`);
    }
    if (s.number === total && s.kind === 'next') break;
    await page.keyboard.press(keys[presses++ % keys.length]);
    await expect.poll(async () => JSON.stringify(await slideState(page))).not.toBe(JSON.stringify(s));
  }
  console.log(`smallest slide text ${fonts.html} px ("${fonts.htmlText}", slide ${fonts.htmlSlide}); ` +
    `smallest map label ${fonts.map.toFixed(1)} px ("${fonts.mapText}", slide ${fonts.mapSlide})`);
  expect(fonts.html).toBeGreaterThanOrEqual(18);
  expect(fonts.map).toBeGreaterThanOrEqual(14);

  const byKind = (k) => seen.filter((s) => s.kind === k);
  expect(seen.map((s) => s.number)).toEqual([...Array(total).keys()].map((i) => i + 1));
  expect(byKind('title')[0].figure).toBe(f.helix.total);
  expect(byKind('glance')[0].figure).toBe(f.helix.total);
  const chain = byKind('chain')[0];
  expect(chain.figure).toBe(f.presentStages);
  expect(chain.title).toContain(`of ${f.core} core stages`);
  const relations = byKind('relations')[0];
  expect(relations.figure).toBe(f.ties.share);
  expect(relations.title).toContain(`of the ${f.relations} relations`);
  const gaps = byKind('gap');
  expect(gaps.map((g) => [g.title.split(' is missing')[0], g.figure])).toEqual(f.gaps.map((g) => [g.stage, g.firms]));
  expect(byKind('link')).toHaveLength(f.links);
  const opps = byKind('opportunity');
  expect(opps.map((o) => o.figure)).toEqual(f.opportunities.map((o) => o.score));
  opps.forEach((o, i) => expect(o.title).toContain(f.opportunities[i].stage));
  const intl = byKind('internationalisation')[0];
  expect(intl.figure).toBe(f.exporters.n);
  expect(intl.title).toContain(`${f.exporters.n} of ${f.exporters.total} local firms export`);
  // The value chain came stage by stage: one step per core stage, then
  // every other slide in one press.
  expect(steps.filter((s) => s.kind === 'chain')).toHaveLength(Number(f.core));
  expect(steps).toHaveLength(total - 1 + Number(f.core));

  // End stays at the end; Home, digits + Enter, PageUp, black screen, Esc.
  await page.keyboard.press('End');
  await expect(slide(page)).toHaveAttribute('data-slide', String(total));
  await page.keyboard.press('Home');
  await expect(slide(page)).toHaveAttribute('data-kind', 'title');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(slide(page)).toHaveAttribute('data-slide', '5');
  await page.keyboard.press('PageUp');
  await expect(slide(page)).toHaveAttribute('data-slide', '4');
  await expect(slide(page)).toHaveAttribute('data-kind', 'chain');
  await expect(slide(page)).toHaveAttribute('data-step', String(Number(f.core) - 1));
  await page.keyboard.press('b');
  await expect(page.getByTestId('blackout')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('blackout')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(deck(page)).toHaveCount(0);
  await expect(app.actors).toHaveCount(sample.actors.length);
  await expect(app.actors.first()).toBeVisible();
  expect(new URL(page.url()).search).toBe('?lang=en');
});

test('the presenter window drives the audience window and follows it', async ({ page, context }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.keyboard.press('F5');
  await expect(deck(page)).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto('/?lang=en&slide=1&notes=1');
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  await expect(presenter.getByTestId('notes')).toContainText('field study');
  await expect(presenter.getByTestId('elapsed')).toHaveText(/\d\d:\d\d/);

  // The presenter's keys move the room's screen.
  await presenter.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAttribute('data-slide', '2');
  await presenter.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAttribute('data-slide', '3');
  await expect(title(page)).toHaveText(await title(presenter).textContent());
  // What comes next is the audience's next slide.
  await page.keyboard.press('PageDown');
  await expect(slide(presenter)).toHaveAttribute('data-slide', '4');
  const nextTitle = await presenter.getByTestId('next-slide').locator('p').textContent();
  await presenter.getByTestId('presenter-next').click();
  await expect(slide(page)).toHaveAttribute('data-step', '1');
  expect(nextTitle.length).toBeGreaterThan(0);
  // Jumps and the black screen reach the other window too.
  await presenter.keyboard.press('1');
  await presenter.keyboard.press('0');
  await presenter.keyboard.press('Enter');
  await expect(slide(page)).toHaveAttribute('data-slide', '10');
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('blackout')).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expect(page.getByTestId('blackout')).toBeHidden();
  await expect(slide(page)).toHaveAttribute('data-slide', '11');
  // The address of either window names the slide, nothing else.
  expect(new URL(presenter.url()).search).toBe('?lang=en&slide=11&notes=1');
});

test('rehearsal edits are kept with the workspace, and the handout prints one page per shown slide', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('present-rehearse').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('notes')).not.toBeEmpty();
  const total = Number((await page.getByTestId('slide-number').textContent()).match(/of (\d+)/)[1]);
  await page.getByTestId('slide-editor').locator('summary').click();
  await page.getByTestId('edit-title').fill('Welcome to the information day');
  await page.getByTestId('edit-title').press('Tab');
  await expect(title(page)).toHaveText('Welcome to the information day');
  await page.locator('[data-slide-key="concept"]').uncheck();
  await expect(page.getByTestId('slide-number')).toHaveText(`Slide 1 of ${total - 1}`);
  await page.getByTestId('present-stop').click();

  // Saved with the workspace: a reload brings the edits back.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(app.actors.first()).toBeVisible();
  await page.getByTestId('present-handout').click();
  const pages = page.getByTestId('handout-page');
  await expect(pages).toHaveCount(total - 1);
  await expect(pages.first().locator('h1')).toHaveText('Welcome to the information day');
  await expect(pages.first().locator('.handout-notes')).not.toBeEmpty();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const printed = (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(`handout: ${printed} PDF pages for ${total - 1} shown slides`);
  expect(printed).toBe(total - 1);
  // A4 landscape: 842 x 595 points.
  const [, w, h] = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(Math.abs(Number(w) - 842)).toBeLessThan(2);
  expect(Math.abs(Number(h) - 595)).toBeLessThan(2);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('handout')).toHaveCount(0);
  await expect(app.actors).toHaveCount(sample.actors.length);
});

test('with reduced motion the camera jumps to a slide; otherwise it glides', async ({ page }) => {
  const app = new ClusterMapPage(page);
  const transform = () => page.locator('[data-testid="slide"] g.viewport').getAttribute('transform');
  const gapSlide = async () => {
    await page.keyboard.press('F5');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect(slide(page)).toHaveAttribute('data-kind', 'glance');
    const before = await transform();
    await page.keyboard.press('6');
    await page.keyboard.press('Enter');
    await expect(slide(page)).toHaveAttribute('data-kind', 'gap');
    const first = await transform();
    await page.waitForTimeout(900);
    const last = await transform();
    await page.keyboard.press('Escape');
    return { before, first, last };
  };
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/?lang=en');
  const jump = await gapSlide();
  expect(jump.last).not.toBe(jump.before);
  expect(jump.first).toBe(jump.last);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const glide = await gapSlide();
  expect(glide.last).toBe(jump.last);
  expect(glide.first).not.toBe(glide.last);
});

for (const lang of ['en', 'tr']) {
  test(`screenshots of slides at 1024x768 (${lang})`, async ({ page }, info) => {
    const app = new ClusterMapPage(page);
    await app.open(`/?lang=${lang}`);
    await page.keyboard.press('F5');
    for (const kind of ['title', 'glance', 'chain', 'relations', 'gap', 'opportunity', 'internationalisation']) {
      for (let i = 0; i < 40 && (await slide(page).getAttribute('data-kind')) !== kind; i++) {
        await page.keyboard.press('PageDown');
      }
      await expect(slide(page)).toHaveAttribute('data-kind', kind);
      if (kind === 'chain') {
        for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
      }
      await page.waitForTimeout(800);
      await page.screenshot({ path: info.outputPath(`${lang}-${kind}.png`) });
    }
  });
}
