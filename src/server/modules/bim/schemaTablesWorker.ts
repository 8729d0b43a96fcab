// Writes the take-off thread's schema tables (stepSchemaTables) from the installed web-ifc, once per install: run in
// a short-lived thread by workerEntry.ts, so web-ifc's 6 MB module is never loaded into the server's own thread.
import { workerData } from 'node:worker_threads';
import { writeCacheFile } from './cacheFile.js';
import { stepSchemaTables } from './ifcRuntime.js';

const { file } = workerData as { file: string };
writeCacheFile(file, JSON.stringify(stepSchemaTables()));
