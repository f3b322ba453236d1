// The shared setup of every end-to-end test: the same `test` as
// Playwright's, with guards that fail the test on any uncaught page error,
// any console message saying a Rust panic, any request leaving the page's
// origin and any Content-Security-Policy violation, in every page the test
// opens.
import { test as base, expect } from '@playwright/test';

/** Reports CSP violations to the console, where the guard sees them. */
const reportViolations = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
  });
};

export const test = base.extend({
  // Panics a test provokes on purpose, by a text their message contains
  // (the reader worker's script, for files that crash a library inside
  // it): the worker dies, the page must recover, and the test checks that.
  expectedPanics: [[], { option: true }],
  guards: [
    async ({ context, baseURL, expectedPanics }, use) => {
      const origin = new URL(baseURL).origin;
      const problems = [];
      const watch = (page) => {
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('console', (m) => {
          const text = m.text();
          if (text.includes('panicked') && !expectedPanics.some((p) => text.includes(p))) {
            problems.push(`panic: ${text}`);
          }
          if (text.includes('CSP violation') || text.includes('Content Security Policy')) {
            problems.push(`CSP: ${text}`);
          }
        });
      };
      await context.addInitScript(reportViolations);
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request leaving the origin: ${url}`);
      });
      await use(problems);
      expect(problems, 'guards: page errors, panics, foreign requests, CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
