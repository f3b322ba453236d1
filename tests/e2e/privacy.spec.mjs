// The anonymised mode (issue 12, item 4): with the switch on, no firm
// name, employee count or volume of the dataset is anywhere in the page's
// HTML (text, titles, aria-labels, data hooks) nor in its address, on the
// value-chain and network maps, in the details panel, in the results,
// opportunities and gaps, and in a CSV export. The names and figures are
// read from the dataset's own files, not from a list written here.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, root, sample } from './app.mjs';

/** A CSV fixture without quoted cells, as objects by header. */
function csv(path) {
  const [head, ...rows] = readFileSync(`${root}tests/fixtures/${path}`, 'utf8').trim().split('\n');
  const keys = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v])));
}

/** Counts, degrees, ranks, scores and percentages the page shows are
 *  at most the number of relations, actors or answers (or 100); a figure
 *  above that bound can only be the figure itself. */
const countBound = (d) => Math.max(100, d.actors.length, d.relations.length, (d.sourcing ?? []).length);

/** What must not show: names, ids, employee counts, volumes. */
function secretsOf(d) {
  return {
    names: d.actors.map((a) => a.name),
    ids: d.actors.map((a) => a.id),
    employees: d.actors.map((a) => a.employees).filter((e) => e != null),
    volumes: [...d.relations, ...d.sourcing].map((r) => r.volume).filter((v) => v != null),
    above: countBound(d),
  };
}
const secretsOfSample = () => secretsOf(sample);

/** The sample with every head count and volume moved to a figure no count
 *  can be (e·100+71, v·10+3): there every figure is checked, not only
 *  those above the count bound. */
function distinctiveTwin() {
  const d = structuredClone(sample);
  for (const a of d.actors) if (a.employees != null) a.employees = a.employees * 100 + 71;
  for (const r of [...d.relations, ...d.sourcing]) if (r.volume != null) r.volume = r.volume * 10 + 3;
  return { data: d, file: { name: 'izmir_twin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) } };
}

const surveyFiles = ['en_stages.csv', 'en_actors.csv', 'en_relations.csv', 'en_sourcing.csv'].map((f) => `survey/${f}`);

function secretsOfSurvey() {
  const actors = csv('survey/en_actors.csv');
  const relations = csv('survey/en_relations.csv');
  const institution = (a) => ['institution', 'laboratory'].includes(a.type);
  const ten = (v) => String(Number(v) * 100 + 71);
  const files = surveyFiles.map((f) => {
    let text = readFileSync(`${root}tests/fixtures/${f}`, 'utf8');
    // Distinctive head counts and volumes, as in the sample's twin.
    if (f.endsWith('en_actors.csv')) {
      text = text.split('\n').map((l, i) => {
        const c = l.split(',');
        if (i > 0 && c[4]) c[4] = ten(c[4]);
        return c.join(',');
      }).join('\n');
    }
    return { name: f.split('/').pop(), mimeType: 'text/csv', buffer: Buffer.from(text) };
  });
  return {
    files,
    names: actors.map((a) => a.name),
    firms: actors.filter((a) => !institution(a)).map((a) => a.name),
    institutions: actors.filter(institution).map((a) => a.name),
    ids: actors.map((a) => a.id),
    employees: actors.map((a) => a.employees).filter((e) => e !== '').map((e) => Number(ten(e))),
    volumes: relations.map((r) => r['volume (EUR)']).filter((v) => v).map(Number),
    above: 0,
  };
}

const decode = (html) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

// Geometry is numbers in map units, not figures of the data.
const GEOMETRY = /\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|d|width|height|transform|viewBox|points|stroke-width|refX|refY|markerWidth|markerHeight|style)="[^"]*"/g;
// A band ("10–49", "1,000–9,999", "1,000+") is the form figures may take.
const BAND = /\d[\d.,]*\s?–\s?\d[\d.,]*|\d[\d.,]*\+/g;

/** Whole numbers written in the page, outside geometry and bands, read
 *  with the page language's grouping separator. */
function numbersIn(html, lang) {
  const group = lang === 'en' ? ',' : '.';
  const text = html.replace(GEOMETRY, ' ').replace(BAND, ' ');
  const out = new Set();
  for (const [token] of text.matchAll(/(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])/g)) {
    const parts = token.split(group);
    // "31,630" in English, "31.630" in Turkish; decimals are not counts.
    if (parts.every((p, i) => /^\d+$/.test(p) && (i === 0 || p.length === 3))) out.add(Number(parts.join('')));
  }
  return out;
}

/** Everything of `secrets` found in the page or its address. */
async function leaks(page, secrets, lang, { numbers = true, allowed = [] } = {}) {
  const html = decode(await page.evaluate(() => document.documentElement.outerHTML));
  const url = decodeURIComponent(page.url());
  const found = [];
  for (const name of secrets.names.filter((n) => !allowed.includes(n))) {
    if (html.includes(name)) found.push(`name in the page: ${name}`);
    if (url.includes(name)) found.push(`name in the address: ${name}`);
  }
  const values = new Set([...html.matchAll(/="([^"]*)"/g)].map((m) => m[1]));
  const params = new URL(page.url()).searchParams;
  const linked = [...params.values()].flatMap((v) => v.split(/[,:]/));
  const allowedIds = secrets.ids.filter((_, i) => allowed.includes(secrets.names[i]));
  for (const id of secrets.ids.filter((id) => !allowedIds.includes(id))) {
    if (values.has(id)) found.push(`id as an attribute: ${id}`);
    if (linked.includes(id)) found.push(`id in the address: ${id}`);
  }
  if (numbers) {
    const shown = numbersIn(html, lang);
    for (const e of secrets.employees.filter((e) => e > secrets.above)) {
      if (shown.has(e)) found.push(`employee count: ${e}`);
    }
    for (const v of secrets.volumes.filter((v) => v > secrets.above)) {
      if (shown.has(v)) found.push(`volume: ${v}`);
    }
  }
  return found;
}

async function anonymise(page) {
  await page.getByTestId('anonymised').check();
  await expect(page).toHaveURL(/[?&]anon=1/);
}

test('anonymised, the sample shows codes and bands on every map, panel and export, never a name or figure', async ({ page }) => {
  const app = new ClusterMapPage(page);
  const secrets = secretsOfSample();
  await app.open('/?lang=en');
  // The check can fail: with the mode off, the names and figures are there.
  await app.actor('egeelektronik').click();
  await page.getByTestId('opportunities').locator('details').first().click();
  const plain = await leaks(page, secrets, 'en');
  expect(plain.some((l) => l.startsWith('name in the page'))).toBe(true);
  expect(plain.some((l) => l.startsWith('employee count'))).toBe(true);
  expect(plain.some((l) => l.startsWith('volume'))).toBe(true);
  expect(plain.some((l) => l.startsWith('id in the address'))).toBe(true);

  await anonymise(page);
  expect(await leaks(page, secrets, 'en')).toEqual([]);
  // The selection stays, under its code.
  const details = page.getByTestId('details');
  await expect(details.locator('h2')).toHaveText(/^Firm S\d+-\d\d$/);
  const code = (await details.locator('h2').textContent()).split(' ').pop();
  await expect(page).toHaveURL(new RegExp(`sel=${code}`));
  await expect(details.locator('dd').nth(3)).toHaveText(/^\d[\d,]*–\d[\d,]*$|^\d[\d,]*\+$/);

  // Click actors on the value chain: each details panel clean.
  const n = await app.actors.count();
  expect(n).toBe(sample.actors.length);
  for (const i of [0, 7, 15, 31, n - 1]) {
    await app.actors.nth(i).click();
    await expect(details).toBeVisible();
    expect(await leaks(page, secrets, 'en'), `actor ${i}`).toEqual([]);
  }
  await page.screenshot({ path: `${root}test-results/privacy-map-details-en.png` });
  await details.screenshot({ path: `${root}test-results/privacy-details-en.png` });

  // Results, opportunities and gaps, opened and shown on the map.
  const opportunities = page.getByTestId('opportunities');
  for (const d of await opportunities.locator('details').all()) await d.click();
  await opportunities.getByRole('button').first().click();
  await page.getByTestId('gaps').locator('li').first().click();
  await page.locator('[data-stage-row]').first().click();
  await expect(page.getByTestId('metrics')).not.toContainText('computing');
  expect(await leaks(page, secrets, 'en')).toEqual([]);
  // Small cells read "fewer than 3"; a single firm's volume is a band.
  await expect(page.getByTestId('metrics')).toContainText(/Partners abroad|Brokers/);
  // The answers of one or two firms are neither listed nor counted.
  const few = opportunities.locator('li.opportunity', { hasText: 'fewer than 3 of' });
  await expect(few.first()).toBeVisible();
  await expect(few.first().locator('summary')).toContainText('fewer than 3');
  await expect(few.first().locator('.evidence-list li')).toHaveCount(0);
  await expect(opportunities.locator('.evidence-list li').first()).toHaveText(/^Firm S\d+-\d\d: .*, \d[\d,]*–\d[\d,]* /);

  // Search: a real name finds nothing, the code finds its actor.
  await page.getByTestId('search').fill(sample.actors.find((a) => a.id === 'egeelektronik').name);
  await expect(page.getByTestId('search-count')).toHaveText('0 found');
  await page.getByTestId('search').fill(code);
  await expect(page.getByTestId('search-count')).toHaveText('1 found');
  await expect(page).not.toHaveURL(/[?&]q=/);
  expect(await leaks(page, secrets, 'en')).toEqual([]);
  await page.getByTestId('search').fill('');

  // The network view, and its details.
  await page.getByTestId('view-network').click();
  await expect(page.getByTestId('metrics')).not.toContainText('computing');
  await expect(app.actors.first()).toBeVisible();
  expect(await leaks(page, secrets, 'en')).toEqual([]);
  for (const i of [2, 20, 40]) {
    await app.actors.nth(i).click();
    await expect(details).toBeVisible();
    expect(await leaks(page, secrets, 'en'), `network actor ${i}`).toEqual([]);
  }
  // Hovering shows the tooltip with a code and a band.
  await app.actors.nth(5).hover();
  await expect(page.getByTestId('tooltip')).toBeVisible();
  expect(await leaks(page, secrets, 'en')).toEqual([]);

  // A CSV export made in the mode: codes and bands only.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const text = await readFile(await download.path(), 'utf8');
  const rows = text.trim().split('\n');
  expect(rows).toHaveLength(sample.actors.length + 1);
  for (const name of secrets.names) expect(text, name).not.toContain(name);
  for (const line of rows.slice(1)) {
    // Stage names hold commas ("RF, antenna & …"): quoted cells stay whole.
    const cells = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, ''));
    expect(secrets.ids).not.toContain(cells[0]);
    expect(cells[0]).toMatch(/^S\d+-\d\d$/);
    if (cells[5]) expect(cells[5]).toMatch(/^\d+–\d+$|^\d+\+$|^"?1,000\+"?$/);
  }
  // The analysis document holds everything: not offered in the mode.
  await expect(page.getByTestId('export-json')).toBeDisabled();
  await expect(page.getByTestId('save-workspace')).toBeDisabled();

  // A reload keeps the mode and the codes (from the address).
  await page.reload();
  await expect(app.actors.first()).toBeVisible();
  await expect(page.getByTestId('anonymised')).toBeChecked();
  expect(await leaks(page, secrets, 'en')).toEqual([]);
});

/** Opens the app on the sample's twin with distinctive figures; its secrets. */
async function openTwin(page) {
  const app = new ClusterMapPage(page);
  const twin = distinctiveTwin();
  await app.open('/?lang=en');
  await page.getByTestId('file-input').setInputFiles(twin.file);
  await expect(app.status).toContainText(`${twin.data.actors.length} actors`);
  return { app, secrets: { ...secretsOf(twin.data), above: 0 } };
}

test('anonymised, the sample with distinctive figures shows none of them anywhere', async ({ page }) => {
  const { app, secrets } = await openTwin(page);
  // With the mode off the figures are there: the check can fail.
  await app.actors.nth(14).click();
  await page.getByTestId('opportunities').locator('details').first().click();
  const plain = await leaks(page, secrets, 'en');
  expect(plain.some((l) => l.startsWith('employee count'))).toBe(true);
  expect(plain.some((l) => l.startsWith('volume'))).toBe(true);
  await anonymise(page);
  const details = page.getByTestId('details');
  const opportunities = page.getByTestId('opportunities');
  for (const view of ['chain', 'network']) {
    await page.getByTestId(`view-${view}`).click();
    await expect(page.getByTestId('metrics')).not.toContainText('computing');
    await expect(app.actors.first()).toBeVisible();
    for (const d of await opportunities.locator('details').all()) await d.click();
    expect(await leaks(page, secrets, 'en'), view).toEqual([]);
    for (let i = 0; i < secrets.ids.length; i += 4) {
      await app.actors.nth(i).click();
      await expect(details).toBeVisible();
      await app.actors.nth(i).hover();
      expect(await leaks(page, secrets, 'en'), `${view}, actor ${i}`).toEqual([]);
    }
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-stages-csv').click()]);
  const stages = await readFile(await download.path(), 'utf8');
  const [actorsDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const actors = await readFile(await actorsDownload.path(), 'utf8');
  for (const text of [stages, actors]) {
    for (const name of secrets.names) expect(text, name).not.toContain(name);
    const cells = new Set(text.split(/[\n,]/).map((c) => c.trim().replace(/"/g, '')));
    for (const v of [...secrets.employees, ...secrets.volumes]) expect(cells.has(String(v)), String(v)).toBe(false);
  }
  // Stages bought outside by fewer than 3 firms are "<3", without volume.
  expect(stages).toMatch(/,<3,,/);
});

test('anonymised in Turkish: codes with the Turkish kind word, bands with Turkish digits', async ({ page }) => {
  const app = new ClusterMapPage(page);
  const secrets = secretsOfSample();
  await app.open('/?lang=tr&anon=1');
  await expect(page.getByTestId('anonymised')).toBeChecked();
  expect(await leaks(page, secrets, 'tr')).toEqual([]);
  const supplier = sample.actors.findIndex((a) => a.kind === 'supplier');
  await app.actors.nth(supplier).click();
  const details = page.getByTestId('details');
  await expect(details.locator('h2')).toHaveText(/^Tedarikçi S\d+-\d\d$/);
  await expect(page.getByTestId('gaps')).toContainText(/yerel firma bunu bölge dışından alıyor/);
  expect(await leaks(page, secrets, 'tr')).toEqual([]);
  await page.screenshot({ path: `${root}test-results/privacy-map-details-tr.png` });
  await details.screenshot({ path: `${root}test-results/privacy-details-tr.png` });
  await page.getByTestId('opportunities').screenshot({ path: `${root}test-results/privacy-opportunities-tr.png` });
  // The same actor has the same code in another language and after a reload.
  const code = (await details.locator('h2').textContent()).split(' ').pop();
  await app.switchLanguage('en');
  await expect(details.locator('h2')).toHaveText(`Supplier ${code}`);
  await page.reload();
  await expect(details.locator('h2')).toHaveText(`Supplier ${code}`);
});

test('a survey with institutions: coded by default, named only when chosen, firms always coded', async ({ page }) => {
  const app = new ClusterMapPage(page);
  const secrets = secretsOfSurvey();
  await app.open('/?lang=en');
  await page.getByTestId('file-input').setInputFiles(secrets.files);
  await expect(app.status).toContainText('6 actors');
  expect((await leaks(page, secrets, 'en')).length).toBeGreaterThan(0);
  await anonymise(page);
  await expect(page.getByTestId('anonymised-hidden')).toBeVisible();
  expect(await leaks(page, secrets, 'en')).toEqual([]);
  for (let i = 0; i < 6; i++) {
    await app.actors.nth(i).click();
    expect(await leaks(page, secrets, 'en'), `actor ${i}`).toEqual([]);
  }
  // The extra columns (certificates, a URL) are not shown.
  await expect(page.getByTestId('details-attributes')).toHaveCount(0);
  expect(await page.content()).not.toContain('isik.example');
  // Institutions by name: those names show, the firms' never.
  await page.getByTestId('institution-names').check();
  await expect(page).toHaveURL(/[?&]anon=names/);
  for (const name of secrets.institutions) await expect(app.map.locator(`[aria-label^="${name} ("]`)).toHaveCount(1);
  expect(await leaks(page, secrets, 'en', { allowed: secrets.institutions })).toEqual([]);
  await page.getByTestId('view-network').click();
  await expect(app.actors.first()).toBeVisible();
  expect(await leaks(page, secrets, 'en', { allowed: secrets.institutions })).toEqual([]);
  // Turned off, the names come back.
  await page.getByTestId('anonymised').uncheck();
  await expect(page).not.toHaveURL(/anon=/);
  await expect(page.getByTestId('summary')).toBeVisible();
  await page.getByTestId('view-chain').click();
  for (const name of secrets.firms) await expect(app.map.locator(`[aria-label^="${name} ("]`)).toHaveCount(1);
});

test('anonymised, every slide of the presentation shows no name or figure', async ({ page }) => {
  const { secrets } = await openTwin(page);
  // The check can fail: without the mode, the deck names firms and figures.
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('deck')).toBeVisible();
  const total = Number((await page.getByTestId('slide-number').textContent()).match(/of (\d+)/)[1]);
  const plain = [];
  for (let i = 0; i < total * 3 && plain.length === 0; i++) {
    plain.push(...(await leaks(page, secrets, 'en')).filter((l) => !l.includes('address')));
    await page.keyboard.press('PageDown');
  }
  expect(plain.length).toBeGreaterThan(0);
  await page.keyboard.press('Escape');

  await anonymise(page);
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('deck')).toBeVisible();
  await expect(page).toHaveURL(/[?&]anon=1/);
  // Every step of every slide, to the end.
  let seen = '';
  for (let i = 0; i < total * 6; i++) {
    expect(await leaks(page, secrets, 'en'), await page.getByTestId('slide-title').textContent()).toEqual([]);
    const now = `${await page.getByTestId('slide-number').textContent()} ${await page.getByTestId('slide').innerHTML()}`;
    if (now === seen) break;
    seen = now;
    await page.keyboard.press('PageDown');
  }
  await expect(page.getByTestId('slide-number')).toContainText(`${total} of ${total}`);
});
