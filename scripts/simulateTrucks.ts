// Demo muck trucks for `npm run simulate`: each demo terminal registers (0x0100), authenticates (0x0102) and reports
// its position (0x0200) over real JT/T 808 TCP while driving between a Changsha site and the recycling centre; one
// (湘A6E821) stops off-route for a while on every run, as a suspected illegal dump. Positions wait for 0x8001 before
// the next one is sent, as a terminal does; a report without an answer is sent again as a blind-area batch (0x0704).
import net from 'node:net';
import {
  decodeFrame,
  decodeGeneralResponse,
  decodeRegisterResponse,
  encodeAuthentication,
  encodeFrame,
  encodeLocation,
  encodeLocationBatch,
  encodeRegistration,
  Jt808Framer,
  MSG,
  type Jt808Frame,
  type LocationInput,
} from '../src/domain/jt808/index.js';
import { DEMO_VEHICLES } from '../src/server/modules/haulage/seed.js';

/** Route ends (degrees, WGS-84): a site in 岳麓区 and the recycling centre in 望城区 (demo geography). */
const SITE: [number, number] = [112.9388, 28.2282];
const FACILITY: [number, number] = [112.8196, 28.3581];
/** Where the off-route truck stops: east of the road, by the river. */
const DUMP: [number, number] = [112.9104, 28.2905];

type Truck = {
  plate: string;
  phone: string;
  socket: net.Socket | null;
  serial: number;
  authCode: string | null;
  step: number;
  unsent: LocationInput[];
};
export const truckStats = { sent: 0, acked: 0, errors: 0 };

function position(truck: Truck, index: number, steps: number): { lonLat: [number, number]; speed: number } {
  // Out and back: 0 → steps is site → facility, then back; the off-route truck detours to DUMP mid-way and waits.
  const phase = truck.step % (2 * steps);
  const f = phase <= steps ? phase / steps : (2 * steps - phase) / steps;
  const offRoute = truck.plate === '湘A6E821';
  if (offRoute && phase >= steps * 0.4 && phase < steps * 0.7) return { lonLat: DUMP, speed: 0 };
  const lon = SITE[0] + (FACILITY[0] - SITE[0]) * f + index * 0.0004;
  const lat = SITE[1] + (FACILITY[1] - SITE[1]) * f;
  return { lonLat: [lon, lat], speed: phase % steps === 0 ? 0 : 380 };
}

async function exchange(truck: Truck, messageId: number, body: Buffer): Promise<Jt808Frame> {
  const socket = truck.socket!;
  const serial = truck.serial++ & 0xffff;
  const header = { messageId, edition: '2019' as const, protocolVersion: 1, phone: truck.phone.padStart(20, '0'), serial, encryption: 0 };
  return new Promise<Jt808Frame>((resolve, reject) => {
    const framer = new Jt808Framer();
    const timer = setTimeout(() => done(new Error(`no answer to 0x${messageId.toString(16)} from the gateway`)), 10_000);
    const onData = (chunk: Buffer) => {
      for (const e of framer.push(chunk)) {
        if (e.type !== 'frame') continue;
        const d = decodeFrame(e.frame);
        if (d.ok) return done(null, d.frame);
      }
    };
    const done = (err: Error | null, f?: Jt808Frame) => {
      clearTimeout(timer);
      socket.off('data', onData);
      if (err) reject(err);
      else resolve(f!);
    };
    socket.on('data', onData);
    socket.write(encodeFrame(header, body));
  });
}

async function connect(truck: Truck, host: string, port: number): Promise<void> {
  truck.socket = net.connect(port, host);
  await new Promise<void>((resolve, reject) => truck.socket!.once('connect', resolve).once('error', reject));
  truck.socket.on('error', () => undefined);
  truck.socket.on('close', () => (truck.socket = null));
  if (!truck.authCode) {
    const reg = await exchange(
      truck,
      MSG.register,
      encodeRegistration(
        {
          province: 43,
          city: 100,
          manufacturer: 'GBSIM',
          model: 'SIM-808',
          terminalId: truck.phone.slice(-7),
          plateColour: 2,
          plate: truck.plate,
        },
        '2019',
      ),
    );
    const r = decodeRegisterResponse(reg.body);
    if (!r.ok || r.value.result !== 0) throw new Error(`${truck.plate}: registration refused (${r.ok ? r.value.result : r.detail})`);
    truck.authCode = r.value.authCode ?? '';
  }
  const auth = await exchange(
    truck,
    MSG.authenticate,
    encodeAuthentication({ authCode: truck.authCode, imei: '860000000000000', softwareVersion: 'sim' }, '2019'),
  );
  const a = decodeGeneralResponse(auth.body);
  if (!a.ok || a.value.result !== 0) {
    truck.authCode = null;
    throw new Error(`${truck.plate}: authentication refused`);
  }
}

/** Starts the demo trucks; each round moves every truck one step and reports it. Returns a stop function. */
export function startTrucks(opts: { host: string; port: number; intervalMs: number; steps?: number }): {
  round(): Promise<void>;
  stop(): void;
} {
  const steps = opts.steps ?? 30;
  const trucks: Truck[] = DEMO_VEHICLES.filter((v) => !v.expired).map((v) => ({
    plate: v.plate,
    phone: v.terminalPhone,
    socket: null,
    serial: 0,
    authCode: null,
    step: 0,
    unsent: [],
  }));
  const round = async () => {
    await Promise.all(
      trucks.map(async (truck, i) => {
        const p = position(truck, i, steps);
        const report: LocationInput = {
          alarm: 0,
          // ACC on, located, loaded (bits 8–9 = 11) on the way out, empty on the way back.
          status: 0x3 | (truck.step % (2 * steps) < steps ? 0x300 : 0),
          latitudeE6: Math.round(p.lonLat[1] * 1e6),
          longitudeE6: Math.round(p.lonLat[0] * 1e6),
          altitudeM: 45,
          speedDeciKmh: p.speed,
          heading: 315,
          time: new Date(Math.floor(Date.now() / 1000) * 1000),
          extras: { mileageKm: 1000 + truck.step * 0.6, signal: 25, satellites: 14 },
        };
        truck.step++;
        try {
          if (!truck.socket) await connect(truck, opts.host, opts.port);
          const backlog = truck.unsent.splice(0);
          if (backlog.length) {
            truckStats.sent += backlog.length;
            const b = await exchange(truck, MSG.locationBatch, encodeLocationBatch(1, backlog));
            if (decodeGeneralResponse(b.body).ok) truckStats.acked += backlog.length;
          }
          truckStats.sent++;
          const ack = await exchange(truck, MSG.location, encodeLocation(report));
          const r = decodeGeneralResponse(ack.body);
          if (r.ok && r.value.result === 0) truckStats.acked++;
          else truck.unsent.push(report);
        } catch (err) {
          truckStats.errors++;
          truck.unsent.push(report);
          truck.unsent.splice(0, Math.max(0, truck.unsent.length - 200));
          truck.socket?.destroy();
          truck.socket = null;
          console.warn(`${truck.plate}: ${(err as Error).message}`);
        }
      }),
    );
  };
  return { round, stop: () => trucks.forEach((t) => t.socket?.destroy()) };
}
