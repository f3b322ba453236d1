// Survey files read as their authors meant them (issue 11), in the app:
// Turkish category words, a support stage with no local actor, relations
// of other kinds, weights on their own scale, headers with units and
// extra columns.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage } from './app.mjs';

const turkish = ['tr_asamalar.csv', 'tr_aktorler.csv', 'tr_iliskiler.csv', 'tr_tedarik.csv'].map((f) => `survey/${f}`);

test('a Turkish survey with hizmet, kurum, kurumsal, unit headers and an extra column reads as written', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await app.load(...turkish);
  // Every relation is kept, "hizmet" and "test eder" included.
  await expect(app.status).toContainText('6 aktör, 5 ilişki');
  // "kurum" and the laboratory are institutions, "hizmet" a service provider (an SME).
  await expect(app.summary).toContainText('6 aktör (4 KOBİ, 2 kurum');
  // "kurumsal" puts the policy stage in the enabling band, not among the core columns.
  await expect(page.locator('[data-stage="politika"]')).toHaveCount(0);
  await expect(page.locator('[data-segment-stage="politika"]')).toHaveAttribute('data-band', 'enabling');
  await expect(page.locator('[data-broken-link$=">politika"]')).toHaveCount(0);
  // Testing is bought outside and has no local actor: a gap, listed and on the map.
  await expect(page.locator('[data-segment-stage="test"]')).toHaveAttribute('data-band', 'support');
  await expect(page.locator('[data-segment-stage="test"]')).toHaveClass(/missing/);
  await expect(page.locator('[data-gap-stage="test"]')).toBeVisible();
  await expect(app.gaps.locator('[data-gap-item="test"]')).toContainText('Test ve belgelendirme');
  // The unit-suffixed export share is read; the extra columns show in the details.
  await app.actor('a1').click();
  const details = page.getByTestId('details');
  await expect(details).toContainText("35,5 %");
  await expect(page.getByTestId('details-attributes')).toContainText('Sertifika');
  await expect(page.getByTestId('details-attributes')).toContainText('ISO 9001');
  // An extra attribute is found by search.
  await page.getByTestId('search').fill('türkak');
  await expect(page.getByTestId('search-count')).toHaveText('1 bulundu');
  await page.getByTestId('search').fill('');
  // And it filters: only the firm certified ISO 9001 stays, in the link too.
  await page.getByTestId('filter-attributes').locator('summary').click();
  await page.getByTestId('filter-attribute').selectOption('Sertifika');
  await page.getByTestId('filter-attribute-value').selectOption('ISO 9001');
  await expect(app.map).toHaveAttribute('data-shown', '1');
  await expect(app.actor('a1')).not.toHaveClass(/filtered/);
  await expect(app.actor('a3')).toHaveClass(/filtered/);
  await expect(page).toHaveURL(/attr=Sertifika:ISO%209001/);
});

test('a Kumu blueprint and a Gephi file keep every connection with their own types', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await app.load('formats/kumu_types.json');
  await expect(app.status).toContainText('5 actors, 5 relations');
  await expect(app.summary).toContainText('5 relations');
  await app.load('formats/gephi_types.gexf');
  await expect(app.status).toContainText('4 actors, 4 relations');
  await expect(app.map.locator('path.edge')).toHaveCount(4);
});

test('the Turkish survey as one workbook: counts, bands, every relation, the value-mapping step and the extra column', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await app.load('formats/tr_hvac_survey.xlsx');
  await expect(app.status).toContainText('6 aktör, 5 ilişki');
  await expect(app.summary).toContainText('6 aktör (4 KOBİ, 2 kurum');
  // Testing has no local actor: a support gap, counted in the summary too.
  await expect(app.summary).toContainText('bölgede olmayan destek ve ortam aşamaları: 1');
  await expect(page.locator('[data-segment-stage="politika"]')).toHaveAttribute('data-band', 'enabling');
  await expect(page.locator('[data-broken-link$=">politika"]')).toHaveCount(0);

  // "test eder" is no word of the vocabulary: the value step opens by itself
  // and lists every value with what it was read as and its row count.
  const values = page.getByTestId('value-mapping');
  await expect(values).toHaveAttribute('open', '');
  await expect(page.getByTestId('value-mapping-summary')).toContainText('1 tanesi anlaşılmadı');
  const kinds = values.locator('[data-testid="value-column"][data-table="actors"][data-column="kind"]');
  const row = (col, v) => col.locator(`[data-testid="value-row"][data-value="${v}"]`);
  await expect(row(kinds, 'kurum').getByTestId('value-meaning')).toHaveValue('institution');
  await expect(row(kinds, 'hizmet').getByTestId('value-meaning')).toHaveValue('service_provider');
  await expect(row(kinds, 'firma').getByTestId('value-count')).toHaveText('2');
  const bands = values.locator('[data-testid="value-column"][data-table="stages"][data-column="band"]');
  await expect(row(bands, 'kurumsal').getByTestId('value-meaning')).toHaveValue('enabling');
  const rels = values.locator('[data-testid="value-column"][data-table="relations"][data-column="kind"]');
  await expect(rels.getByTestId('value-row')).toHaveCount(5);
  const testing = row(rels, 'test eder');
  await expect(testing).toContainText('anlaşılmadı');
  await expect(testing.getByTestId('value-meaning')).toHaveValue('');

  // The analyses that read only some kinds say which relations they set aside.
  await expect(page.getByTestId('set-aside-links')).toContainText('“test eder” 1');
  await expect(page.getByTestId('set-aside-demand')).toContainText('“test eder” 1');

  // Saying what it means reads the workbook again with that meaning.
  await testing.getByTestId('value-meaning').selectOption('knowledge');
  await expect(page.getByTestId('set-aside-links')).toHaveCount(0);
  await expect(page.getByTestId('value-mapping-summary')).toContainText('hepsi anlaşıldı');
  await expect(row(rels, 'test eder')).toContainText('sizin seçiminiz');
  await expect(app.status).toContainText('6 aktör, 5 ilişki');
  // And a service provider taken for an institution moves in the summary.
  await row(kinds, 'hizmet').getByTestId('value-meaning').selectOption('institution');
  await expect(app.summary).toContainText('6 aktör (3 KOBİ, 3 kurum');
  await page.getByTestId('value-mapping-reset').click();
  await expect(app.summary).toContainText('6 aktör (4 KOBİ, 2 kurum');
  await expect(page.getByTestId('value-mapping-summary')).toContainText('1 tanesi anlaşılmadı');

  // The extra column shows in the details panel and filters the map.
  await app.actor('a1').click();
  await expect(page.getByTestId('details-attributes')).toContainText('Sertifika');
  await expect(page.getByTestId('details-attributes')).toContainText('ISO 9001');
  await page.getByTestId('filter-attributes').locator('summary').click();
  await page.getByTestId('filter-attribute').selectOption('Sertifika');
  await page.getByTestId('filter-attribute-value').selectOption('ISO 14001');
  await expect(app.map).toHaveAttribute('data-shown', '1');
  await expect(app.actor('a3')).not.toHaveClass(/filtered/);
});

test('a Kumu workbook keeps every connection with its own type', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await app.load('formats/kumu_types.xlsx');
  await expect(app.status).toContainText('4 actors, 4 relations');
  await expect(app.summary).toContainText('4 relations');
  await expect(app.map.locator('path.edge')).toHaveCount(4);
  // "uses" is kept as its own kind and listed as such in the value step.
  const rels = page.locator('[data-testid="value-column"][data-table="relations"][data-column="kind"]');
  await expect(rels.locator('[data-testid="value-row"][data-value="uses"]')).toContainText('its own kind “uses”');
});
