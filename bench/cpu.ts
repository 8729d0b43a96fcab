// CPU time per process group from /proc (Linux), so a benchmark can say where each request's CPU went: the server,
// the PostgreSQL backends, or the load generator itself.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function procCpuMs(pid: number, part: 'all' | 'system' = 'all'): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((part === 'all' ? Number(f[11]) : 0) + Number(f[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}

function postgresCpuMs(): number {
  let ms = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres') ms += procCpuMs(Number(d));
    } catch {
      /* gone */
    }
  }
  return ms;
}

export type CpuSplit = { serverMs: number; serverSystemMs: number; postgresMs: number; clientMs: number };

/** Starts measuring; the returned function gives the CPU each group used since. */
export function cpuMeter(serverPid: number | undefined): () => CpuSplit {
  const s0 = serverPid ? procCpuMs(serverPid) : 0;
  const k0 = serverPid ? procCpuMs(serverPid, 'system') : 0;
  const p0 = postgresCpuMs();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return {
      serverMs: serverPid ? procCpuMs(serverPid) - s0 : 0,
      serverSystemMs: serverPid ? procCpuMs(serverPid, 'system') - k0 : 0,
      postgresMs: postgresCpuMs() - p0,
      clientMs: (c.user + c.system) / 1000,
    };
  };
}

export const perRequest = (cpu: CpuSplit, requests: number) =>
  `CPU µs/request: server ${((cpu.serverMs * 1000) / requests).toFixed(0)} (kernel ${((cpu.serverSystemMs * 1000) / requests).toFixed(0)}), postgres ${((cpu.postgresMs * 1000) / requests).toFixed(0)}, load generator ${((cpu.clientMs * 1000) / requests).toFixed(0)}`;
