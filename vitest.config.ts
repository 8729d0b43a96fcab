import { defineConfig } from 'vitest/config';

// Unit and integration tests: domain rules and server modules over real HTTP and a real database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file's database starts as a copy of a migrated (or demo-seeded) template built once per run.
    globalSetup: ['src/server/testing/databaseTemplates.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share one module graph per worker: importing the whole server afresh for every file cost ~35 s of CPU
    // per run. Files still get their own database and server (testing/harness.ts), so no rows are shared.
    isolate: false,
  },
});
