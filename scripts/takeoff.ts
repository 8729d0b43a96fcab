// `npm run takeoff -- <file.ifc>`: quantity take-off of one IFC file as JSON on stdout, for batch work.
import fs from 'node:fs';
import { hasStepTrailer, sniffStepHeader } from '../src/domain/bim/index.js';
import { takeoffFile } from '../src/server/modules/bim/ifcRuntime.js';
import { takeoffSummary } from '../src/server/modules/bim/extract.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run takeoff -- <file.ifc>');
  process.exit(2);
}
const fd = fs.openSync(file, 'r');
const size = fs.fstatSync(fd).size;
const head = Buffer.alloc(Math.min(size, 64 * 1024));
fs.readSync(fd, head, 0, head.length, 0);
const tail = Buffer.alloc(Math.min(size, 1024));
fs.readSync(fd, tail, 0, tail.length, size - tail.length);
fs.closeSync(fd);
const sniff = sniffStepHeader(head);
if (!sniff.ok) {
  console.error(`${file}: ${sniff.code}${sniff.schemaId ? ` (${sniff.schemaId})` : ''}`);
  process.exit(1);
}
if (!hasStepTrailer(tail)) {
  console.error(`${file}: ifc_truncated (no END-ISO-10303-21;)`);
  process.exit(1);
}
const extraction = await takeoffFile(file);
process.stdout.write(JSON.stringify(takeoffSummary(extraction), null, 2) + '\n');
