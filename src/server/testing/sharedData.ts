// The files the tests and benchmarks read are inside the repository, under test/data (each with its source and
// licence in test/data/SOURCES.md), so a fresh clone needs nothing beside it. A missing file fails its test loudly
// rather than skipping it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TESTDATA_DIR = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)), 'test/data');
export const IFC_TESTDATA_DIR = path.join(TESTDATA_DIR, 'ifc');

/** The IFC models' file names, sorted. */
export const IFC_TEST_MODELS: string[] = fs
  .readdirSync(IFC_TESTDATA_DIR)
  .filter((f) => f.endsWith('.ifc'))
  .sort();
