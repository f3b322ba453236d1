// Page object for the cluster map: tests talk about regions and actors,
// not selectors.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { generate } from '../bench/generate.mjs';

export const root = new URL('../../', import.meta.url).pathname;
export const sample = JSON.parse(readFileSync(`${root}src/sample/izmir_ict.json`, 'utf8'));

/** Core stages with no local actor, computed here independently of the app. */
export function sampleGaps() {
  return sample.stages
    .filter((s) => s.band === 'core')
    .filter((s) => !sample.actors.some((a) => a.stages.includes(s.id) && (a.locality ?? 'local') === 'local'))
    .map((s) => s.id);
}

/** Generated cluster (tests/bench/generate.mjs) as three CSV files. */
export function generatedFiles(n, seed = 11) {
  const g = generate(n, seed);
  const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return { files: [file('stages.csv', g.stages), file('actors.csv', g.actors), file('relations.csv', g.relations)], expected: g.expected };
}

export class ClusterMapPage {
  constructor(page) {
    this.page = page;
    this.map = page.getByTestId('map');
    this.summary = page.getByTestId('summary');
    this.gaps = page.getByTestId('gaps');
    this.importRegion = page.getByTestId('import');
    this.actors = this.map.locator('[data-actor-id]');
    this.gapMarkers = page.locator('[data-gap-stage]');
    this.status = page.getByTestId('import-status');
    this.report = page.getByTestId('report');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.actors.first()).toBeVisible();
  }

  actor(id) {
    return this.map.locator(`[data-actor-id="${id}"]`);
  }

  async switchLanguage(code) {
    await this.page.locator(`[data-lang="${code}"]`).click();
  }

  async load(...fixturePaths) {
    await this.page.getByTestId('file-input').setInputFiles(fixturePaths.map((p) => `${root}tests/fixtures/${p}`));
  }
}
