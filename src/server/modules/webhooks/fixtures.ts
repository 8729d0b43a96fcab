import http from 'node:http';
import { listenOnPartnerPort } from '../../testing/partnerPort.js';

export type Received = { headers: Record<string, string>; body: string; at: number };
export type Responder = (r: Received, res: http.ServerResponse) => void;

/**
 * A partner's webhook receiver for tests: a real HTTP server on 127.0.0.1 (port 8000–9999, so an endpoint with the
 * administrator's private-address allowance may reach it) that keeps every request and answers as `respond` says.
 */
export async function startReceiver(respond: Responder = (_r, res) => res.end('ok'), atPort?: number) {
  const received: Received[] = [];
  let responder = respond;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const r = { headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      received.push(r);
      responder(r, res);
    });
  });
  const port = atPort
    ? await new Promise<number>((resolve) => server.listen(atPort, '127.0.0.1', () => resolve(atPort)))
    : await listenOnPartnerPort(server);
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    respondWith(r: Responder) {
      responder = r;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `check` is true (the relay and the senders run on their own timers); fails after `ms`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
