// The programme's shared material sits beside the checkout as ../shared (CI clones it the same way),
// so tests and benchmarks find it relative to this file rather than at a fixed machine path.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared');
export const IFC_TESTDATA_DIR = path.join(SHARED_DIR, 'testdata/ifc');

/** The shared IFC models' file names, sorted (none when ../shared is absent). */
export const IFC_TEST_MODELS: string[] = fs.existsSync(IFC_TESTDATA_DIR) ? fs.readdirSync(IFC_TESTDATA_DIR).filter((f) => f.endsWith('.ifc')).sort() : [];
