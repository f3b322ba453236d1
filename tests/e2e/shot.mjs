// Takes screenshots of the served app for a human to look at.
// Usage: node tests/e2e/shot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const [url, out, w = '1366', h = '768'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('[data-actor-id]');
console.log(`first map after ${Date.now() - t0} ms; actors: ${await page.locator('[data-actor-id]').count()}`);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
if (errors.length) console.log('console errors:', errors);
await browser.close();
