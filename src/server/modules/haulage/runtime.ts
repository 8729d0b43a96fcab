// The haulage capability's moving parts, wired once per instance: the batched position writer, the reject counter
// and the JT/T 808 gateway (off with GREENBUILD_LISTENERS=0, like the HJ 212 and MQTT listeners).
import type { Database } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { Jt808Gateway } from './gateway.js';
import { PositionWriter } from './positions.js';
import { RejectCounter } from './rejects.js';

export type HaulageRuntime = { writer: PositionWriter; rejects: RejectCounter; gateway: Jt808Gateway | null };

/** The runtime serving each open database, for tests and benchmarks that need to look inside. */
export const haulageRuntimes = new WeakMap<Database, HaulageRuntime>();

export async function startHaulageRuntime(
  ctx: AppContext,
  log: { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void },
): Promise<HaulageRuntime> {
  const writer = new PositionWriter(ctx.database);
  const rejects = new RejectCounter(ctx.database);
  rejects.start();
  const runtime: HaulageRuntime = { writer, rejects, gateway: null };
  haulageRuntimes.set(ctx.database, runtime);
  if (ctx.config.listeners) {
    const gateway = new Jt808Gateway(ctx.database, writer, rejects, {
      port: ctx.config.jt808Port,
      host: ctx.config.host,
      firstFrameTimeoutMs: ctx.config.jt808FirstFrameTimeoutMs,
      maxPendingPerAddress: ctx.config.jt808MaxPendingPerAddress,
      log,
    });
    if (await gateway.start()) runtime.gateway = gateway;
  }
  ctx.onShutdown(async () => {
    // Stop taking data first, then let what was accepted finish its write.
    await runtime.gateway?.stop();
    await writer.close();
    await rejects.stop();
  });
  return runtime;
}
