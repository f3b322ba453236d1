// End-to-end tests against the release build in dist/ (make e2e).
import { defineConfig } from '@playwright/test';
import { launchOptions } from './browser.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 8181);
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    viewport: { width: 1366, height: 768 },
    // The offline copy is tested on its own (offline.spec.mjs, which
    // allows it); elsewhere a service worker answering from its cache
    // would hide the server and the routes a test sets.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node tests/e2e/serve.mjs dist ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
