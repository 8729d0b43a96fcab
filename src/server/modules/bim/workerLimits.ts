// Resource limits of the BIM worker threads, shared by the parent and the BIM worker (which starts the take-off thread).
import type { ResourceLimits } from 'node:worker_threads';

/**
 * Resource limits of a worker for a file of this size: JS heap for the extracted rows (psets, quantities), while the
 * wasm heap is capped by web-ifc's MEMORY_LIMIT. A large young generation lets the take-off's many short-lived line
 * objects die young instead of being copied around (when it was chosen, extraction of duplex.ifc had taken 200 ms;
 * the figure with it was not kept).
 */
export function bimWorkerLimits(sizeBytes: number): ResourceLimits {
  const mb = sizeBytes / 1024 / 1024;
  return { maxOldGenerationSizeMb: Math.round(Math.min(8192, Math.max(512, 256 + mb * 8))), maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };
}
