import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium with the e2e build of the extension loaded
// (see docs/testing.md). One worker: each test launches its own browser profile, and the
// machines these run on have two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
