import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Listens on 127.0.0.1 on a free port in 8000–9999: the only ports an on-premise (private-address) webhook endpoint
 * may use, so the tests' receivers live there. Tries random ports until one is free.
 */
export async function listenOnPartnerPort(server: Server): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 8000 + Math.floor(Math.random() * 2000);
    const ok = await new Promise<boolean>((resolve) => {
      const onError = () => resolve(false);
      server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (ok) return (server.address() as AddressInfo).port;
  }
  throw new Error('no free port in 8000–9999');
}
