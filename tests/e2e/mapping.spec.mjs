// The column-mapping step: headers nobody recognises are mapped by hand,
// the map follows at once, and the choices come back with the workspace.
import { test, expect } from './fixtures.mjs';
import { ClusterMapPage } from './app.mjs';

const files = ['formats/mapping_firms.csv', 'formats/mapping_ties.csv'];

test('unrecognised headers are mapped by hand, and the choices are kept', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=en');
  await app.load(...files);
  // Refused with the file named; the map of before stays.
  await expect(app.status).toContainText('mapping_firms.csv');
  await expect(app.status).toHaveClass(/status-error/);
  const mapping = page.getByTestId('mapping');
  await expect(mapping).toHaveAttribute('open', '');
  await expect(page.getByTestId('mapping-summary')).toHaveText('2 tables; 2 need a look');

  const firms = page.locator('[data-testid=mapping-grid][data-grid="mapping_firms.csv"]');
  await firms.getByTestId('mapping-kind').selectOption('actors');
  // Read as actors now: "Personel" is recognised, "Şirket" is not yet.
  await expect(firms.getByTestId('mapping-missing')).toContainText('Name (name)');
  const company = firms.locator('[data-testid=mapping-column][data-header="Şirket"]');
  await expect(company).toHaveValue('');
  await expect(firms.locator('tr', { hasText: 'Personel' })).toContainText('numbers');
  await expect(firms.locator('tr', { hasText: 'Personel' })).toContainText('45 · 1.250 · 12');
  await company.selectOption('name');
  await expect(firms.getByTestId('mapping-missing')).toHaveCount(0);

  const ties = page.locator('[data-testid=mapping-grid][data-grid="mapping_ties.csv"]');
  await ties.getByTestId('mapping-kind').selectOption('relations');
  await ties.locator('[data-testid=mapping-column][data-header="Satıcı"]').selectOption('source');
  await ties.locator('[data-testid=mapping-column][data-header="Alıcı"]').selectOption('target');
  await ties.locator('[data-testid=mapping-column][data-header="Yoğunluk"]').selectOption('strength');

  await expect(app.status).toContainText('mapping_firms.csv, mapping_ties.csv: 3 actors, 2 relations');
  await expect(app.actors).toHaveCount(3);
  for (const name of ['Ege Kablo Ltd.', 'Izmir Anten A.Ş.', 'Bornova Yazılım']) {
    await expect(app.map.locator(`[aria-label^="${name}"]`)).toHaveCount(1);
  }
  // The columns left unmapped are in the report and kept as attributes,
  // not dropped (issue 11).
  await expect(app.report.locator('tr', { hasText: 'Faaliyet alanı' })).toContainText('kept as an extra attribute');

  // After a reload the data and the choices are back: the same files
  // load again without asking.
  await page.reload();
  await expect(app.actors).toHaveCount(3);
  await expect(page.getByTestId('mapping')).toContainText('load the files again');
  await app.load(...files);
  await expect(app.status).toContainText('3 actors, 2 relations');
  await expect(firms.locator('[data-testid=mapping-column][data-header="Şirket"]')).toHaveValue('name');
  await expect(firms.locator('tr', { hasText: 'Şirket' })).toContainText('your choice');
});

test('the mapping step speaks Turkish and can correct a recognised column', async ({ page }) => {
  const app = new ClusterMapPage(page);
  await app.open('/?lang=tr');
  await app.load('sample_csv/actors.csv', 'sample_csv/relations.csv', 'sample_csv/stages.csv');
  await expect(app.actors).toHaveCount(50);
  const mapping = page.getByTestId('mapping');
  // All recognised: folded, but reachable.
  await expect(mapping).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('mapping-summary')).toHaveText('3 tablo, tüm başlıklar tanındı');
  await mapping.locator('summary').click();
  const actors = page.locator('[data-testid=mapping-grid][data-grid="actors.csv"]');
  await expect(actors.getByTestId('mapping-kind')).toHaveValue('actors');
  const employees = actors.locator('[data-testid=mapping-column][data-header="employees"]');
  await expect(employees.locator('option:checked')).toHaveText('Çalışan sayısı (employees)');
  await employees.selectOption('');
  await expect(app.report.locator('tr', { hasText: 'employees' })).toContainText('yok sayıldı');
  await actors.getByTestId('mapping-reset').click();
  await expect(app.report.locator('tr', { hasText: 'employees' })).toHaveCount(0);
});
