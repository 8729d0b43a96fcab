// Writes the take-off thread's schema tables (stepSchemaTables) from the installed web-ifc, once per install: run in
// a short-lived thread by workerEntry.ts, so web-ifc's 6 MB module is never loaded into the server's own thread.
import fs from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { stepSchemaTables } from './ifcRuntime.js';

const { file } = workerData as { file: string };
// Written aside and renamed, so a job starting at the same moment never reads half a file.
const part = `${file}.${process.pid}.${threadId}.part`;
fs.writeFileSync(part, JSON.stringify(stepSchemaTables()));
fs.renameSync(part, file);
