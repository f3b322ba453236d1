// Exports for Excel and for other tools (issue 13): the German CSV opens
// in German Excel as columns (";" and decimal commas), the "for scripts"
// form stays plain, the GEXF of the map loads back into the app with the
// same actors and relations, and the anonymised GEXF names no firm.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage, sample } from './app.mjs';

/** Clicks a download button once the network figures are in. */
async function download(page, testid) {
  const button = page.getByTestId(testid);
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeEnabled({ timeout: 15_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Whether the browser's own XML parser reads the text without error. */
async function wellFormed(page, text) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    return doc.getElementsByTagName('parsererror').length === 0;
  }, text);
}

test('a German CSV export splits into columns at ";" and has decimal commas; "for scripts" is plain', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=de');
  const { name, text } = await download(page, 'export-csv');
  expect(name).toMatch(/-actors\.csv$/);
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines).toHaveLength(sample.actors.length + 1);
  const header = lines[0].split(';');
  expect(header.slice(0, 4)).toEqual(['ID', 'Name', 'Art', 'Stufe']);
  const betweenness = header.indexOf('Betweenness');
  expect(betweenness).toBeGreaterThan(0);
  for (const line of lines.slice(1)) {
    // No sample name holds ";" or a quote: a plain split is Excel's split.
    const cells = line.split(';');
    expect(cells, line).toHaveLength(header.length);
    expect(cells[betweenness], line).toMatch(/^\d+,\d{6}$/);
  }
  const ege = lines.find((l) => l.startsWith('egeelektronik;')).split(';');
  expect(ege[1]).toBe('Ege Elektronik A.Ş.');
  expect(ege[2]).not.toBe('firm');
  expect(ege[3]).not.toBe('devices');
  expect(ege[4]).toBe('in der Region');

  // The stage table too: German headers, ja/nein, decimal commas.
  const stages = (await download(page, 'export-stages-csv')).text.slice(1).trim().split(/\r?\n/);
  expect(stages[0].split(';')[0]).toBe('Stufen-ID');
  expect(stages.slice(1).every((l) => /;(ja|nein);(ja|nein);/.test(l))).toBe(true);
  expect(stages.slice(1).every((l) => /;\d+,\d{4};/.test(l))).toBe(true);

  // For scripts: the canonical codes with "," and ".", in the German UI.
  await page.getByTestId('export-for-scripts').check();
  const plain = (await download(page, 'export-csv')).text.slice(1).trim().split(/\r?\n/);
  expect(plain[0]).toMatch(/^id,name,kind,stage,locality,employees,export_share,degree/);
  expect(plain.find((l) => l.startsWith('egeelektronik,'))).toMatch(/^egeelektronik,Ege Elektronik A\.Ş\.,firm,devices,local,140,45,/);
});

test('the GEXF of the map loads back into the app with as many actors and relations as the map', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  const edges = app.map.locator('path.edge');
  const actorsOnMap = await app.actors.count();
  const relationsOnMap = await edges.count();
  expect(actorsOnMap).toBe(sample.actors.length);
  expect(relationsOnMap).toBe(sample.relations.length);
  const gexf = await download(page, 'export-gexf');
  expect(gexf.name).toMatch(/\.gexf$/);
  expect(await wellFormed(page, gexf.text)).toBe(true);
  expect(gexf.text.match(/<viz:position /g)).toHaveLength(sample.actors.length);
  const graphml = await download(page, 'export-graphml');
  expect(graphml.name).toMatch(/\.graphml$/);
  expect(await wellFormed(page, graphml.text)).toBe(true);

  await page.getByTestId('file-input').setInputFiles({
    name: gexf.name, mimeType: 'application/gexf+xml', buffer: Buffer.from(gexf.text),
  });
  await expect(app.status).toContainText(`${actorsOnMap} actors, ${relationsOnMap} relations`);
  await expect(app.actors).toHaveCount(actorsOnMap);
  await expect(edges).toHaveCount(relationsOnMap);
  // The stages came back with their names (stage titles wrap in lines).
  const drawn = (await app.map.textContent()).replace(/\s+/g, '');
  for (const id of ['components', 'devices', 'integration']) {
    expect(drawn).toContain(sample.stages.find((s) => s.id === id).name.replace(/\s+/g, ''));
  }
});

test('the anonymised GEXF and GraphML name no firm of the sample', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await page.getByTestId('anonymised').check();
  await expect(page).toHaveURL(/[?&]anon=1/);
  for (const testid of ['export-gexf', 'export-graphml']) {
    const { text } = await download(page, testid);
    expect(await wellFormed(page, text)).toBe(true);
    for (const a of sample.actors) {
      expect(text, a.name).not.toContain(a.name);
      expect(text, a.id).not.toContain(`"${a.id}"`);
      expect(text, a.id).not.toContain(`>${a.id}<`);
    }
    expect(text).toMatch(/S\d+-\d\d/);
  }
});
