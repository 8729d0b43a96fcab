// `npm run bench -- <name>`: runs bench/<name>.ts, which prints its figures and the ratio to its baseline.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
const available = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'load.ts', 'cpu.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.join(', ')}`);
  process.exit(2);
}
await import(path.join(dir, `${name}.ts`));
