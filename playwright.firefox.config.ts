import { defineConfig } from '@playwright/test';

// The core flows in Firefox ESR: Playwright's runner, Puppeteer driving Debian's firefox-esr over
// WebDriver BiDi with the Firefox test build (tests/firefox/fixtures.ts). One worker: two cores.
export default defineConfig({
  testDir: 'tests/firefox',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
