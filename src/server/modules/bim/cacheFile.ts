// Files of the BIM worker cache (bundles, schema tables) beside node_modules, shared by every process on the machine.
import fs from 'node:fs';
import { threadId } from 'node:worker_threads';

/** Writes `file` aside and renames it into place, so a process or thread starting a job at that moment never reads half a file. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const part = `${file}.${process.pid}.${threadId}.part`;
  fs.writeFileSync(part, data);
  fs.renameSync(part, file);
}
