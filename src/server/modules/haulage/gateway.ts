// The JT/T 808 gateway (2013 and 2019 terminals over TCP). A terminal registers (0x0100 → 0x8100 with an auth code),
// authenticates on each connection (0x0102 → 0x8001), then sends heartbeats (0x0002), positions (0x0200) and
// batches (0x0704). The platform's general response 0x8001 to a position is sent only after the rows are committed.
// Each connection is handled in order and its socket is paused while a write is pending, so a slow database slows
// the senders instead of filling memory. Hardening as the HJ 212 receiver: a connection must authenticate within
// firstFrameTimeoutMs, one address may hold only so many unauthenticated connections, and when every slot is taken
// the oldest unauthenticated one makes room; frames are capped by the framer, and a run of errors closes the socket.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import {
  decodeAuthentication,
  decodeFrame,
  decodeLocation,
  decodeLocationBatch,
  decodeRegistration,
  encodeFrame,
  encodeGeneralResponse,
  encodeRegisterResponse,
  ENCRYPTION_NONE,
  Jt808Framer,
  MSG,
  Reassembler,
  REGISTER_RESULT,
  RESULT,
  terminalNumber,
  type Jt808Header,
  type LocationReport,
} from '../../../domain/jt808/index.js';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { PositionRow, PositionWriter } from './positions.js';
import type { RejectCounter, RejectReason } from './rejects.js';
import { haulageVehicles } from './tables.js';

export type Jt808GatewayOptions = {
  port: number;
  host?: string;
  maxConnections?: number;
  /** A silent connection is closed (terminals send heartbeats, by default every 60 s). */
  idleTimeoutMs?: number;
  /** A connection that has not authenticated within this time is closed. */
  firstFrameTimeoutMs?: number;
  /** Unauthenticated connections one source address may hold. */
  maxPendingPerAddress?: number;
  /** Bad frames in a row before the connection is dropped. */
  maxConsecutiveErrors?: number;
  log: { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void };
};

export const JT808_CLOSE_REASONS = ['first_frame_timeout', 'idle_timeout', 'address_limit', 'evicted', 'full', 'errors'] as const;
type CloseReason = (typeof JT808_CLOSE_REASONS)[number];

type Terminal = { vehicleId: string; phone: string };
type Connection = {
  socket: net.Socket;
  address: string;
  terminal: Terminal | null;
  firstFrameTimer: NodeJS.Timeout | null;
  /** Our own 消息流水号 for messages we send on this connection. */
  serial: number;
};

export type Jt808Stats = {
  connections: number;
  frames: number;
  positions: number;
  acknowledged: number;
  rejected: number;
  closed: Record<CloseReason, number>;
};

function toRow(vehicleId: string, r: LocationReport, backfill: boolean): PositionRow {
  return {
    vehicleId,
    time: r.time,
    latE6: r.latitudeE6,
    lonE6: r.longitudeE6,
    altitudeM: r.altitudeM,
    speedDkmh: r.speedDeciKmh,
    heading: r.heading,
    alarm: r.alarm,
    status: r.status,
    mileageKm: r.extras.mileageKm ?? null,
    backfill,
  };
}

export class Jt808Gateway {
  private server: net.Server | null = null;
  private readonly connections = new Map<net.Socket, Connection>();
  private readonly pending = new Set<Connection>();
  private readonly pendingByAddress = new Map<string, number>();
  readonly stats: Jt808Stats = {
    connections: 0,
    frames: 0,
    positions: 0,
    acknowledged: 0,
    rejected: 0,
    closed: Object.fromEntries(JT808_CLOSE_REASONS.map((r) => [r, 0])) as Record<CloseReason, number>,
  };
  readonly limits: Required<Omit<Jt808GatewayOptions, 'port' | 'host' | 'log'>>;

  constructor(
    private readonly database: Database,
    private readonly writer: PositionWriter,
    private readonly rejects: RejectCounter,
    private readonly options: Jt808GatewayOptions,
  ) {
    this.limits = {
      maxConnections: options.maxConnections ?? 20_000,
      idleTimeoutMs: options.idleTimeoutMs ?? 600_000,
      firstFrameTimeoutMs: options.firstFrameTimeoutMs ?? 30_000,
      maxPendingPerAddress: options.maxPendingPerAddress ?? 64,
      maxConsecutiveErrors: options.maxConsecutiveErrors ?? 20,
    };
  }

  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : null;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  async start(): Promise<boolean> {
    const server = net.createServer((socket) => this.accept(socket));
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        this.options.log.warn(
          { err: err.message, port: this.options.port },
          err.code === 'EADDRINUSE'
            ? `JT/T 808 port ${this.options.port} is already in use; the JT/T 808 gateway is off (set JT808_PORT to a free port)`
            : `JT/T 808 gateway could not listen on ${this.options.port}`,
        );
        resolve(false);
      });
      server.listen({ port: this.options.port, host: this.options.host ?? '0.0.0.0', backlog: 4096 }, () => resolve(true));
    });
    if (ok) {
      this.server = server;
      this.options.log.info({ port: this.port }, 'JT/T 808 gateway listening');
    }
    return ok;
  }

  async stop(): Promise<void> {
    for (const s of this.connections.keys()) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }

  private drop(conn: Connection, reason?: CloseReason): void {
    if (this.connections.get(conn.socket) === conn) {
      this.connections.delete(conn.socket);
      this.settle(conn);
      if (reason) this.stats.closed[reason]++;
    }
    conn.socket.destroy();
  }

  private settle(conn: Connection): void {
    if (conn.firstFrameTimer) clearTimeout(conn.firstFrameTimer);
    conn.firstFrameTimer = null;
    if (!this.pending.delete(conn)) return;
    const left = (this.pendingByAddress.get(conn.address) ?? 1) - 1;
    if (left > 0) this.pendingByAddress.set(conn.address, left);
    else this.pendingByAddress.delete(conn.address);
  }

  private accept(socket: net.Socket): void {
    socket.on('error', () => undefined);
    const address = socket.remoteAddress ?? 'unknown';
    if ((this.pendingByAddress.get(address) ?? 0) >= this.limits.maxPendingPerAddress) {
      this.stats.closed.address_limit++;
      socket.destroy();
      return;
    }
    if (this.connections.size >= this.limits.maxConnections) {
      const oldest = this.pending.values().next().value;
      if (!oldest) {
        this.stats.closed.full++;
        socket.destroy();
        return;
      }
      this.drop(oldest, 'evicted');
    }
    const conn: Connection = { socket, address, terminal: null, firstFrameTimer: null, serial: 0 };
    this.connections.set(socket, conn);
    this.pending.add(conn);
    this.pendingByAddress.set(address, (this.pendingByAddress.get(address) ?? 0) + 1);
    // Absolute, not an inactivity timeout: trickling bytes must not keep an unauthenticated socket open.
    conn.firstFrameTimer = setTimeout(() => this.drop(conn, 'first_frame_timeout'), this.limits.firstFrameTimeoutMs);
    conn.firstFrameTimer.unref();
    this.stats.connections++;
    socket.setNoDelay(true);
    socket.setTimeout(this.limits.idleTimeoutMs, () => this.drop(conn, 'idle_timeout'));
    socket.on('close', () => this.drop(conn));

    const framer = new Jt808Framer();
    const reassembler = new Reassembler();
    const queue: Buffer[] = [];
    let busy = false;
    let errorsInRow = 0;

    const drain = async () => {
      if (busy) return;
      busy = true;
      socket.pause();
      try {
        while (queue.length > 0 && !socket.destroyed) {
          const frame = queue.shift()!;
          let ok = false;
          try {
            ok = await this.handleFrame(conn, reassembler, frame);
          } catch (err) {
            // E.g. the database is away: nothing stored, nothing acknowledged; the terminal will resend.
            this.rejects.count(conn.terminal?.phone ?? '', 'storageFailed', (err as Error).message);
            this.options.log.warn({ err: (err as Error).message }, 'JT/T 808 frame not processed; no response sent');
          }
          errorsInRow = ok ? 0 : errorsInRow + 1;
          if (errorsInRow >= this.limits.maxConsecutiveErrors) {
            this.drop(conn, 'errors');
            return;
          }
        }
      } finally {
        busy = false;
        if (!socket.destroyed) socket.resume();
      }
    };

    socket.on('data', (chunk: Buffer) => {
      for (const event of framer.push(chunk)) {
        if (event.type === 'frame') queue.push(event.frame);
        else {
          let phone = conn.terminal?.phone ?? '';
          if (event.head) {
            const peek = decodeFrame(event.head);
            if (!peek.ok && peek.header) phone = terminalNumber(peek.header.phone);
          }
          this.reject(phone, event.reason, `${event.skippedBytes} bytes`);
          errorsInRow++;
        }
      }
      if (errorsInRow >= this.limits.maxConsecutiveErrors) {
        this.drop(conn, 'errors');
        return;
      }
      void drain();
    });
  }

  private reject(phone: string, reason: RejectReason, detail: string): void {
    this.stats.rejected++;
    this.rejects.count(phone, reason, detail);
  }

  private send(conn: Connection, to: Jt808Header, messageId: number, body: Buffer): void {
    if (conn.socket.destroyed) return;
    const header: Jt808Header = {
      messageId,
      edition: to.edition,
      protocolVersion: to.protocolVersion,
      phone: to.phone,
      serial: conn.serial,
      encryption: ENCRYPTION_NONE,
    };
    conn.serial = (conn.serial + 1) & 0xffff;
    conn.socket.write(encodeFrame(header, body));
  }

  private respond(conn: Connection, to: Jt808Header, result: number): void {
    this.send(conn, to, MSG.platformResponse, encodeGeneralResponse({ replySerial: to.serial, replyId: to.messageId, result }));
  }

  /** Handles one frame; false when it was refused (counts towards closing a connection that only sends errors). */
  private async handleFrame(conn: Connection, reassembler: Reassembler, bytes: Buffer): Promise<boolean> {
    this.stats.frames++;
    const decoded = decodeFrame(bytes);
    if (!decoded.ok) {
      const phone = decoded.header ? terminalNumber(decoded.header.phone) : (conn.terminal?.phone ?? '');
      this.reject(phone, decoded.reason, decoded.detail);
      // A frame whose header could be read but whose check code or length is wrong is answered 消息有误 (0x8001
      // result 2) so the terminal resends it; without a readable header there is nobody to answer.
      if (decoded.header && (decoded.reason === 'checkCode' || decoded.reason === 'bodyLength'))
        this.respond(conn, decoded.header, RESULT.badMessage);
      return false;
    }
    const joined = reassembler.push(decoded.frame, Date.now());
    if (joined.type === 'partial') return true;
    const header = decoded.frame.header;
    const phone = terminalNumber(header.phone);
    if (joined.type === 'rejected') {
      this.reject(phone, 'badSubpackage', joined.detail);
      this.respond(conn, header, RESULT.failed);
      return false;
    }
    const { body } = joined;
    const h = joined.header;
    if (h.encryption !== ENCRYPTION_NONE) {
      // RSA bodies need a key exchange (0x8A00/0x0A00) the platform does not offer.
      this.reject(phone, 'encrypted', `encryption ${h.encryption}`);
      this.respond(conn, h, RESULT.unsupported);
      return false;
    }
    switch (h.messageId) {
      case MSG.register:
        return this.register(conn, h, phone, body);
      case MSG.authenticate:
        return this.authenticate(conn, h, phone, body);
      case MSG.terminalResponse:
        return true;
      case MSG.heartbeat:
      case MSG.logout:
      case MSG.location:
      case MSG.locationBatch:
        break;
      default:
        this.reject(phone, 'unsupported', `message 0x${h.messageId.toString(16).padStart(4, '0')}`);
        this.respond(conn, h, RESULT.unsupported);
        return true;
    }
    if (!conn.terminal || conn.terminal.phone !== phone) {
      this.reject(phone, 'unauthenticated', `message 0x${h.messageId.toString(16).padStart(4, '0')} before authentication`);
      this.respond(conn, h, RESULT.failed);
      return false;
    }
    if (h.messageId === MSG.heartbeat) {
      this.respond(conn, h, RESULT.ok);
      return true;
    }
    if (h.messageId === MSG.logout) {
      // 终端注销: the terminal gives up its registration; it must register again for a new auth code.
      await this.database.db
        .update(haulageVehicles)
        .set({ authCode: null, registeredAt: null })
        .where(eq(haulageVehicles.id, conn.terminal.vehicleId));
      this.respond(conn, h, RESULT.ok);
      conn.terminal = null;
      return true;
    }
    let rows: PositionRow[];
    if (h.messageId === MSG.location) {
      const r = decodeLocation(body);
      if (!r.ok) {
        this.reject(phone, 'badBody', r.detail);
        this.respond(conn, h, RESULT.badMessage);
        return false;
      }
      rows = [toRow(conn.terminal.vehicleId, r.report, false)];
    } else {
      const r = decodeLocationBatch(body);
      if (!r.ok) {
        this.reject(phone, 'badBody', r.detail);
        this.respond(conn, h, RESULT.badMessage);
        return false;
      }
      rows = r.value.reports.map((rep) => toRow(conn.terminal!.vehicleId, rep, r.value.batchType === 1));
    }
    this.stats.positions += rows.length;
    await this.writer.write(rows);
    this.stats.acknowledged += rows.length;
    this.respond(conn, h, RESULT.ok);
    return true;
  }

  private async register(conn: Connection, h: Jt808Header, phone: string, body: Buffer): Promise<boolean> {
    const reg = decodeRegistration(body, h.edition);
    if (!reg.ok) {
      this.reject(phone, 'badBody', reg.detail);
      this.respond(conn, h, RESULT.badMessage);
      return false;
    }
    const [v] = await this.database.db.select().from(haulageVehicles).where(eq(haulageVehicles.terminalPhone, phone));
    const answer = (result: number, authCode?: string) =>
      this.send(conn, h, MSG.registerResponse, encodeRegisterResponse({ replySerial: h.serial, result, authCode }));
    if (!v || !v.active) {
      this.reject(phone, 'unknownTerminal', `registration from an unregistered terminal (plate ${reg.value.plate})`);
      answer(REGISTER_RESULT.unknownTerminal);
      return false;
    }
    // A plate colour of 0 means the terminal reports the VIN instead of a plate (表 of 0x0100): not checked.
    if (reg.value.plateColour !== 0 && reg.value.plate !== v.plate) {
      this.reject(phone, 'unknownTerminal', `terminal of ${v.plate} registers as ${reg.value.plate}`);
      answer(REGISTER_RESULT.unknownVehicle);
      return false;
    }
    const authCode = randomBytes(8).toString('hex').toUpperCase();
    await this.database.db
      .update(haulageVehicles)
      .set({ authCode, registeredAt: new Date(), terminalId: reg.value.terminalId || v.terminalId })
      .where(eq(haulageVehicles.id, v.id));
    answer(REGISTER_RESULT.ok, authCode);
    return true;
  }

  private async authenticate(conn: Connection, h: Jt808Header, phone: string, body: Buffer): Promise<boolean> {
    const auth = decodeAuthentication(body, h.edition);
    if (!auth.ok) {
      this.reject(phone, 'badBody', auth.detail);
      this.respond(conn, h, RESULT.badMessage);
      return false;
    }
    const [v] = await this.database.db.select().from(haulageVehicles).where(eq(haulageVehicles.terminalPhone, phone));
    if (!v || !v.active) {
      this.reject(phone, 'unknownTerminal', 'authentication from an unregistered terminal');
      this.respond(conn, h, RESULT.failed);
      return false;
    }
    if (!v.authCode || v.authCode !== auth.value.authCode) {
      this.reject(phone, 'authFailed', 'wrong auth code');
      this.respond(conn, h, RESULT.failed);
      return false;
    }
    conn.terminal = { vehicleId: v.id, phone };
    this.settle(conn);
    this.respond(conn, h, RESULT.ok);
    return true;
  }
}
