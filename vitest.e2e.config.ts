import { defineConfig } from 'vitest/config';

// Browser tests: a real server process, a real database and Debian's chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // The demo is seeded once and copied for each spec (e2e/support/demoTemplate.ts).
    globalSetup: ['e2e/support/demoTemplate.ts'],
    testTimeout: 120_000,
    hookTimeout: 480_000,
    fileParallelism: false,
    // One retry absorbs a browser timing hiccup on a loaded 2-core machine; a real bug fails both tries.
    retry: 1,
    pool: 'forks',
  },
});
