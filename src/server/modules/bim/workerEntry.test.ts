import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IFC_TESTDATA_DIR } from '../../testing/sharedData.js';
import { takeoffFile } from './ifcRuntime.js';
import type { WorkerMessage } from './worker.js';
import { bimWorkerEntries, startBimThreads, type BimWorkerEntries } from './workerEntry.js';

const DUPLEX = path.join(IFC_TESTDATA_DIR, 'duplex.ifc');

/** Runs one job through the job threads as the server does, and returns the geometry thread's last word. */
async function runJob(entries: BimWorkerEntries, file: string) {
  const geometryPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bim-')), 'model.geom');
  const { geometry, takeoff } = startBimThreads(entries, { filePath: file, geometryPath }, fs.statSync(file).size);
  try {
    return await new Promise<Extract<WorkerMessage, { type: 'done' }>>((resolve, reject) => {
      geometry.on('message', (m: WorkerMessage) => {
        if (m.type === 'done') resolve(m);
        if (m.type === 'failed') reject(new Error(m.detail));
      });
      geometry.on('error', reject);
    });
  } finally {
    await Promise.all([geometry.terminate(), takeoff?.terminate()]);
    fs.rmSync(path.dirname(geometryPath), { recursive: true, force: true });
  }
}

describe('BIM job threads (decision 0005)', () => {
  it('reads the take-off in the take-off thread, and it equals the take-off web-ifc gives in one thread', async () => {
    const entries = await bimWorkerEntries();
    expect(entries.takeoff).not.toBeNull();
    const done = await runJob(entries, DUPLEX);
    expect(done.takeoffFallback).toBeUndefined();
    expect(done.timings.takeoffThread).toBeGreaterThan(0);
    expect(done.extraction).toEqual(await takeoffFile(DUPLEX));
    expect(done.geometry).toMatchObject({ placements: expect.any(Number), triangles: 26_774 });
  }, 120_000);

  it('does the take-off in the geometry thread, with the same result, when the take-off thread cannot', async () => {
    const entries = await bimWorkerEntries();
    const broken: BimWorkerEntries = {
      ...entries,
      takeoff: { entry: entries.takeoff!.entry, tablesPath: path.join(os.tmpdir(), 'no-such-tables.json') },
    };
    const done = await runJob(broken, DUPLEX);
    expect(done.takeoffFallback).toMatch(/ENOENT/);
    expect(done.timings.takeoffThread).toBeUndefined();
    expect(done.extraction).toEqual(await takeoffFile(DUPLEX));
  }, 120_000);
});
