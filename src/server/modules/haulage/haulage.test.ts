// Haulage over real HTTP and real TCP: carriers' vehicles and their tenancy, the manifest's vehicle rule, Excel
// import/export, and the JT/T 808 gateway (2013 and 2019 terminals) acknowledging positions only once stored.
import net from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type Jt808Edition,
  type Jt808Frame,
  type LocationInput,
} from '../../../domain/jt808/index.js';
import { selectRows, sql } from '../../db/database.js';
import { DEMO_PASSWORD, startTestApp, type ApiClient, type TestApp } from '../../testing/harness.js';
import { createOrganisation, createUser } from '../accounts/index.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { gate } from '../waste/fixtures.js';
import { haulageRuntimes } from './runtime.js';
import { DEMO_CARRIER } from './seed.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

let t: TestApp;
let jtPort: number;
let carrierA: ApiClient;
let carrierB: ApiClient;
let admin: ApiClient;
let enterprise: ApiClient;
let regulator: ApiClient;
const SYSTEM = { id: null, name: 'test', role: null, ip: null };

const vehicle = (over: Record<string, unknown> = {}) => ({
  plate: '湘A5T001',
  plateColour: 2,
  vehicleType: '重型自卸货车',
  capacityTonnes: 25,
  terminalPhone: '13900000001',
  terminalId: 'T5T001',
  permitNumber: '湘建渣准2026-001',
  permitValidFrom: '2026-01-01',
  permitValidTo: '2030-12-31',
  ...over,
});

beforeAll(async () => {
  jtPort = await freePort();
  t = await startTestApp({
    demo: true,
    env: {
      GREENBUILD_LISTENERS: '1',
      JT808_PORT: String(jtPort),
      HJ212_PORT: String(await freePort()),
      MQTT_PORT: String(await freePort()),
      HOST: '127.0.0.1',
    },
  });
  await t.database.db.transaction(async (tx) => {
    const org = await createOrganisation(tx, SYSTEM, { name: '株洲土方运输公司（测试）', kind: 'carrier', regionCode: 'hunan' });
    await createUser(tx, SYSTEM, {
      username: 'carrier.b',
      displayName: '乙运输调度',
      role: 'carrier',
      organisationId: org.id,
      regionCode: 'hunan',
      password: DEMO_PASSWORD,
    });
  });
  carrierA = await t.login('hunan.carrier');
  carrierB = await t.login('carrier.b');
  admin = await t.login('admin');
  enterprise = await t.login('hunan.enterprise');
  regulator = await t.login('hunan.regulator');
}, 240_000);
afterAll(async () => t?.close());

describe('carriers and vehicles', () => {
  let vehicleId: string;

  it('a carrier registers its own vehicle and sees only its own', async () => {
    const res = await carrierB.post('/api/haulage/vehicles', vehicle());
    expect(res.status, res.text).toBe(201);
    vehicleId = res.body.id;
    expect(res.body).toMatchObject({
      plate: '湘A5T001',
      carrierName: '株洲土方运输公司（测试）',
      permitValid: true,
      terminalRegistered: false,
    });
    const mine = (await carrierB.get('/api/haulage/vehicles')).body;
    expect(mine.map((v: { plate: string }) => v.plate)).toEqual(['湘A5T001']);
    const demo = (await carrierA.get('/api/haulage/vehicles')).body;
    expect(demo.map((v: { plate: string }) => v.plate).sort()).toEqual(['湘A12345', '湘A6E821', '湘A7K306', '湘A88888']);
    expect(demo.every((v: { carrierName: string }) => v.carrierName === DEMO_CARRIER)).toBe(true);
  });

  it("another carrier's vehicle answers 404, for reading, changing and its track", async () => {
    expect((await carrierA.get(`/api/haulage/vehicles/${vehicleId}`)).status).toBe(404);
    expect((await carrierA.put(`/api/haulage/vehicles/${vehicleId}`, vehicle({ vehicleType: 'x' }))).status).toBe(404);
    expect(
      (await carrierA.get(`/api/haulage/vehicles/${vehicleId}/positions?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`)).status,
    ).toBe(404);
    expect((await carrierB.get(`/api/haulage/vehicles/${vehicleId}`)).status).toBe(200);
    // Regulators of the region read, but do not change; enterprises and experts have no vehicle register.
    expect((await regulator.get(`/api/haulage/vehicles/${vehicleId}`)).status).toBe(200);
    expect((await regulator.put(`/api/haulage/vehicles/${vehicleId}`, vehicle())).status).toBe(403);
    expect((await enterprise.get('/api/haulage/vehicles')).status).toBe(403);
  });

  it('refuses bad input with field paths and duplicates with 409', async () => {
    const bad = await carrierB.post('/api/haulage/vehicles', vehicle({ plate: 'ABC', terminalPhone: '0123' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['plate', 'terminalPhone']);
    const dates = await carrierB.post(
      '/api/haulage/vehicles',
      vehicle({ plate: '湘A5T002', terminalPhone: '13900000002', permitValidTo: '2025-01-01' }),
    );
    expect(dates.status).toBe(400);
    expect(dates.body.error.details[0]).toMatchObject({ path: 'permitValidTo', code: 'haulage_permit_dates' });
    const dup = await carrierB.post('/api/haulage/vehicles', vehicle({ terminalPhone: '13900000009' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.details[0].path).toBe('plate');
    // An admin must name a carrier organisation; an enterprise is not one.
    const noOrg = await admin.post('/api/haulage/vehicles', vehicle({ plate: '湘A5T003', terminalPhone: '13900000003' }));
    expect(noOrg.status).toBe(400);
    expect(noOrg.body.error.details[0].path).toBe('carrierOrganisationId');
  });

  it('exports vehicles to Excel and imports them back all or nothing', async () => {
    const exported = await fetch(`${t.url}/api/haulage/vehicles.xlsx`, { headers: { cookie: carrierB.cookie! } });
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exported.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe('湘A5T001');
    expect(ws.getRow(2).getCell(3).value).toBe('黄');

    const template = await fetch(`${t.url}/api/haulage/vehicles/template.xlsx`, { headers: { cookie: carrierB.cookie! } });
    const tw = new ExcelJS.Workbook();
    await tw.xlsx.load(await template.arrayBuffer());
    const sheet = tw.worksheets[0]!;
    sheet.addRow(['湘A5T010', '黄', '重型自卸货车', 30, '13900000010', 'T10', '湘建渣准2026-010', '2026-01-01', '2027-12-31']);
    sheet.addRow(['bad', '黄', '重型自卸货车', 30, '13900000011', 'T11', '湘建渣准2026-011', '2026-01-01', '2027-12-31']);
    const upload = async (buf: ArrayBuffer) => {
      const form = new FormData();
      form.append('file', new Blob([buf]), 'vehicles.xlsx');
      return carrierB.post('/api/haulage/vehicles/import', form);
    };
    const refused = await upload(await tw.xlsx.writeBuffer());
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(['row.3.plate']);
    expect((await carrierB.get('/api/haulage/vehicles')).body).toHaveLength(1);
    sheet.spliceRows(3, 1);
    const ok = await upload(await tw.xlsx.writeBuffer());
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.imported).toBe(1);
    expect((await carrierB.get('/api/haulage/vehicles')).body.map((v: { plate: string }) => v.plate)).toEqual(['湘A5T001', '湘A5T010']);
    const notXlsx = await carrierB.post(
      '/api/haulage/vehicles/import',
      (() => {
        const f = new FormData();
        f.append('file', new Blob(['hello']), 'x.xlsx');
        return f;
      })(),
    );
    expect(notXlsx.status).toBe(415);
  });
});

describe('a manifest names a registered vehicle with a valid permit', () => {
  let projectId: string;
  let facilityId: string;
  beforeAll(async () => {
    projectId = await createProjectForTest(t.database.db, { ownerOrganisationName: DEMO_ORGS.hunanEnterprise, regionCode: 'hunan' });
    const facilities = (await regulator.get('/api/waste/facilities?regionCode=hunan')).body.items;
    facilityId = facilities.find((f: { name: string }) => f.name === DEMO_ORGS.hunanFacility).id;
  });

  it('refuses an unregistered plate and an expired permit, with the reason on vehiclePlate', async () => {
    const unknown = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, { vehiclePlate: '湘A99999' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({ path: 'vehiclePlate', code: 'haulage_vehicle_unregistered' });
    expect(unknown.body.error.details[0].message).toContain('湘A99999');
    const expired = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, { vehiclePlate: '湘A7K306' }));
    expect(expired.status).toBe(400);
    expect(expired.body.error.details[0]).toMatchObject({ path: 'vehiclePlate', code: 'haulage_permit_not_valid' });
  });

  it('accepts a registered vehicle and the carrier sees the load against its vehicle', async () => {
    const ok = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(facilityId, { vehiclePlate: '湘A88888' }));
    expect(ok.status, ok.text).toBe(201);
    const v = (await carrierA.get('/api/haulage/vehicles?q=88888')).body[0];
    const loads = (await carrierA.get(`/api/haulage/vehicles/${v.id}/loads`)).body;
    expect(loads.map((l: { manifestNumber: string }) => l.manifestNumber)).toEqual([ok.body.number]);
    // Old manifests with free-text plates (the demo history) stay readable.
    const list = await enterprise.get(`/api/projects/${projectId}/waste/manifests`);
    expect(list.status).toBe(200);
  });
});

// ---------- JT/T 808 over TCP ----------

class Terminal {
  private socket!: net.Socket;
  private framer = new Jt808Framer();
  private frames: Jt808Frame[] = [];
  private waiters: (() => void)[] = [];
  serial = 0;
  constructor(
    readonly phone: string,
    readonly edition: Jt808Edition,
  ) {}
  async connect(): Promise<void> {
    this.socket = net.connect(jtPort, '127.0.0.1');
    this.socket.on('data', (chunk) => {
      for (const e of this.framer.push(chunk)) {
        if (e.type !== 'frame') continue;
        const d = decodeFrame(e.frame);
        if (d.ok) this.frames.push(d.frame);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    await new Promise<void>((resolve, reject) => this.socket.once('connect', resolve).once('error', reject));
  }
  header(messageId: number) {
    return {
      messageId,
      edition: this.edition,
      protocolVersion: this.edition === '2019' ? 1 : 0,
      phone: this.phone.padStart(this.edition === '2019' ? 20 : 12, '0'),
      serial: this.serial++,
      encryption: 0,
    };
  }
  send(messageId: number, body: Buffer = Buffer.alloc(0)): number {
    const h = this.header(messageId);
    this.socket.write(encodeFrame(h, body));
    return h.serial;
  }
  raw(bytes: Buffer): void {
    this.socket.write(bytes);
  }
  async next(): Promise<Jt808Frame> {
    while (this.frames.length === 0) await new Promise<void>((r) => this.waiters.push(r));
    return this.frames.shift()!;
  }
  async general(): Promise<{ replySerial: number; replyId: number; result: number }> {
    const f = await this.next();
    expect(f.header.messageId).toBe(MSG.platformResponse);
    const r = decodeGeneralResponse(f.body);
    if (!r.ok) throw new Error(r.detail);
    return r.value;
  }
  close(): void {
    this.socket.destroy();
  }
}

const report = (i: number, over: Partial<LocationInput> = {}): LocationInput => ({
  alarm: 0,
  status: 0x303,
  latitudeE6: 28_194_000 + i * 100,
  longitudeE6: 112_982_000 + i * 100,
  altitudeM: 50,
  speedDeciKmh: 356,
  heading: 90,
  time: new Date(Date.UTC(2026, 11, 7, 1, 0, i)),
  extras: { mileageKm: 1000 + i / 10, satellites: 12 },
  ...over,
});

async function positions(plate: string): Promise<{ n: number; backfill: number }> {
  const [r] = await selectRows<{ n: number; backfill: number }>(
    t.database.db,
    sql`select count(*)::int as n, count(*) filter (where backfill)::int as backfill from haulage_positions p join haulage_vehicles v on v.id = p.vehicle_id where v.plate = ${plate}`,
  );
  return r!;
}

describe.each([
  ['2013', '13800000001', '湘A12345'],
  ['2019', '13800000002', '湘A88888'],
] as const)('JT/T 808 gateway, %s terminal', (edition, phone, plate) => {
  const term = new Terminal(phone, edition);
  beforeAll(async () => term.connect());
  afterAll(() => term.close());

  it('refuses positions before authentication', async () => {
    const serial = term.send(MSG.location, encodeLocation(report(0)));
    expect(await term.general()).toEqual({ replySerial: serial, replyId: MSG.location, result: 1 });
    expect((await positions(plate)).n).toBe(0);
  });

  it('registers (0x8100 with an auth code) and authenticates (0x8001 success)', async () => {
    const serial = term.send(
      MSG.register,
      encodeRegistration({ province: 43, city: 100, manufacturer: 'GB', model: 'M1', terminalId: 'T1', plateColour: 2, plate }, edition),
    );
    const f = await term.next();
    expect(f.header.messageId).toBe(MSG.registerResponse);
    expect(f.header.edition).toBe(edition);
    const r = decodeRegisterResponse(f.body);
    expect(r.ok && r.value.replySerial).toBe(serial);
    expect(r.ok && r.value.result).toBe(0);
    const authCode = r.ok ? r.value.authCode! : '';
    expect(authCode).toMatch(/^[0-9A-F]{16}$/);
    const wrong = term.send(MSG.authenticate, encodeAuthentication({ authCode: 'WRONG' }, edition));
    expect(await term.general()).toEqual({ replySerial: wrong, replyId: MSG.authenticate, result: 1 });
    const auth = term.send(MSG.authenticate, encodeAuthentication({ authCode, imei: '867123456789012', softwareVersion: '1.0' }, edition));
    expect(await term.general()).toEqual({ replySerial: auth, replyId: MSG.authenticate, result: 0 });
    const hb = term.send(MSG.heartbeat);
    expect(await term.general()).toEqual({ replySerial: hb, replyId: MSG.heartbeat, result: 0 });
  });

  it('answers 0x0200 and 0x0704 only after the rows are stored', async () => {
    const serial = term.send(MSG.location, encodeLocation(report(1)));
    expect(await term.general()).toEqual({ replySerial: serial, replyId: MSG.location, result: 0 });
    // The acknowledgement came after the commit: the row is there the moment 0x8001 arrives.
    expect(await positions(plate)).toEqual({ n: 1, backfill: 0 });
    const batch = term.send(MSG.locationBatch, encodeLocationBatch(1, [report(2), report(3), report(4)]));
    expect(await term.general()).toEqual({ replySerial: batch, replyId: MSG.locationBatch, result: 0 });
    expect(await positions(plate)).toEqual({ n: 4, backfill: 3 });
    // A resend of a report whose 0x8001 was lost is acknowledged again and not stored twice.
    term.send(MSG.location, encodeLocation(report(1)));
    expect((await term.general()).result).toBe(0);
    expect((await positions(plate)).n).toBe(4);
    const v = (await carrierA.get(`/api/haulage/vehicles?q=${encodeURIComponent(plate)}`)).body[0];
    const track = (await carrierA.get(`/api/haulage/vehicles/${v.id}/positions?from=2026-12-07T00:00:00Z&to=2026-12-08T00:00:00Z`)).body;
    expect(track.map((p: { latitude: number }) => p.latitude)).toEqual([28.1941, 28.1942, 28.1943, 28.1944]);
    expect(track[0]).toMatchObject({ longitude: 112.9821, speedKmh: 35.6, heading: 90, mileageKm: 1000.1, backfill: false });
  });

  it('answers a bad check code with 消息有误 and a bad body likewise, and keeps serving', async () => {
    const h = term.header(MSG.location);
    const frame = encodeFrame(h, encodeLocation(report(9)));
    frame[frame.length - 2] ^= 0x5a;
    // Changing the check code byte could create an 0x7D/0x7E byte; only a plain byte keeps this a check code test.
    if (frame[frame.length - 2] === 0x7e || frame[frame.length - 2] === 0x7d) frame[frame.length - 2] ^= 0x01;
    term.raw(frame);
    expect(await term.general()).toEqual({ replySerial: h.serial, replyId: MSG.location, result: 2 });
    const bad = term.send(MSG.location, Buffer.alloc(10));
    expect(await term.general()).toEqual({ replySerial: bad, replyId: MSG.location, result: 2 });
    // Truncated and oversized frames get no answer (no readable frame to answer) but are counted.
    term.raw(Buffer.from([0x7e, 0x02, 0x00, 0x7e]));
    term.raw(Buffer.concat([Buffer.from([0x7e]), Buffer.alloc(5000, 0x11), Buffer.from([0x7e])]));
    const hb = term.send(MSG.heartbeat);
    expect(await term.general()).toEqual({ replySerial: hb, replyId: MSG.heartbeat, result: 0 });
    expect((await positions(plate)).n).toBe(4);
  });
});

describe('JT/T 808 gateway: unknown terminals and the reject counts', () => {
  it('refuses registration of a number nobody registered (0x8100 result 4) and shows the counts', async () => {
    const stranger = new Terminal('13000000000', '2013');
    await stranger.connect();
    stranger.send(
      MSG.register,
      encodeRegistration(
        { province: 43, city: 100, manufacturer: 'X', model: 'M', terminalId: 'T', plateColour: 2, plate: '湘A00000' },
        '2013',
      ),
    );
    const f = await stranger.next();
    const r = decodeRegisterResponse(f.body);
    expect(r.ok && r.value).toEqual({ replySerial: 0, result: 4 });
    stranger.close();

    const res = await admin.get('/api/haulage/gateway/rejects');
    expect(res.status, res.text).toBe(200);
    expect(res.body.listening).toBe(true);
    const count = (phone: string, reason: string) =>
      res.body.rejects.find((x: { terminalPhone: string; reason: string }) => x.terminalPhone === phone && x.reason === reason)?.count ?? 0;
    expect(count('13000000000', 'unknownTerminal')).toBe(1);
    for (const p of ['13800000001', '13800000002']) {
      expect(count(p, 'checkCode')).toBe(1);
      expect(count(p, 'badBody')).toBe(1);
      expect(count(p, 'unauthenticated')).toBe(1);
      expect(count(p, 'authFailed')).toBe(1);
    }
    // Frames with no readable header are counted against the connection's authenticated terminal.
    expect(res.body.rejects.some((x: { reason: string }) => x.reason === 'tooLarge')).toBe(true);
    expect(res.body.rejects.some((x: { reason: string }) => x.reason === 'truncated')).toBe(true);
    // A carrier sees only its own terminals' rejects.
    const mine = (await carrierB.get('/api/haulage/gateway/rejects')).body.rejects;
    expect(mine).toEqual([]);
    const demo = (await carrierA.get('/api/haulage/gateway/rejects')).body.rejects;
    expect(demo.some((x: { terminalPhone: string }) => x.terminalPhone === '13000000000')).toBe(false);
    expect(demo.find((x: { terminalPhone: string }) => x.terminalPhone === '13800000001')?.plate).toBe('湘A12345');
    expect(haulageRuntimes.get(t.database)!.gateway!.stats.acknowledged).toBe(10); // per terminal 1 + 3 (batch) + 1 (resend)
  });

  it('refuses unauthenticated connections beyond the per-address cap', async () => {
    const gw = haulageRuntimes.get(t.database)!.gateway!;
    gw.limits.maxPendingPerAddress = 2;
    const refusedBefore = gw.stats.closed.address_limit;
    const open = () =>
      new Promise<net.Socket>((resolve) => {
        const s = net.connect(jtPort, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
      });
    const sockets = [await open(), await open()];
    await new Promise((r) => setTimeout(r, 50));
    const third = await open();
    await new Promise<void>((r) => (third.destroyed ? r() : third.once('close', () => r())));
    expect(gw.stats.closed.address_limit).toBe(refusedBefore + 1);
    for (const s of sockets) s.destroy();
    gw.limits.maxPendingPerAddress = 64;
  });
});
