import { defineConfig } from 'vitest/config';

// Unit and integration tests: domain rules and server modules over real HTTP and a real database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
