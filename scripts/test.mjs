// `npm test`: unit and integration tests, then the web build and the browser tests; ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureSystemDeps } from './system-deps.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const db = process.env.DATABASE_URL ? 'postgres' : 'pglite';
console.log(`GreenBuild tests on ${db}${process.env.DATABASE_URL ? ` (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')})` : ''}`);

ensureSystemDeps();

function run(label, args) {
  console.log(`\n=== ${label} ===`);
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
}

function counts(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
      skipped: r.numPendingTests + r.numTodoTests,
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const extra = process.argv.slice(2);
const unitJson = path.join(tmp, `unit-${db}.json`);
const e2eJson = path.join(tmp, `e2e-${db}.json`);
const unitStatus = run('unit and integration tests', [
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
  ...extra,
]);
const buildStatus = run('web build', [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
const e2eStatus =
  buildStatus === 0
    ? run('browser tests (chromium)', [
        vitest,
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${e2eJson}`,
      ])
    : 1;

const u = counts(unitJson);
const e = buildStatus === 0 ? counts(e2eJson) : { passed: 0, failed: 1, skipped: 0 };
const passed = u.passed + e.passed;
const failed = u.failed + e.failed + (buildStatus === 0 ? 0 : 1);
const skipped = u.skipped + e.skipped;
console.log(`\n${db}: unit+integration ${u.passed} passed, ${u.failed} failed; browser ${e.passed} passed, ${e.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitStatus || buildStatus || e2eStatus || (failed ? 1 : 0));
