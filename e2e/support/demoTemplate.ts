// Global setup of the browser tests: seeds the demo once per run, for every spec's platform to start from a copy.
import type { TestProject } from 'vitest/node';
import { seedDemoTemplate } from './platform.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const template = await seedDemoTemplate();
  console.log(`demo template seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('demoTemplate', { dataDir: template.dataDir, databaseName: template.databaseName });
  return () => template.remove();
}
