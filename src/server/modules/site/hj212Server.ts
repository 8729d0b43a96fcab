// HJ 212-2017 over TCP: data loggers connect, upload 2011/2051/2061/2031 packets, and get a 9014 reply (when the Flag
// A bit asks for one) only after the readings are committed. Errors are answered with 9011 QnRtn (表7).
// Each connection is processed in order and its socket is paused while a write is pending, so a slow database
// slows the senders instead of filling memory; frame size, idle time and connection count are capped.
// Connections that have not yet sent a frame from a registered device (with its PW) are "pending": they must do so
// within firstFrameTimeoutMs, one address may hold only so many of them, and when every slot is taken the oldest
// pending connection makes room, so silent or anonymous sockets can never lock real devices out.
import net from 'node:net';
import {
  buildDataReply,
  buildRequestReply,
  decodeFrame,
  Hj212Framer,
  isInteractionReply,
  MAX_FRAME_BYTES,
  needsReply,
  parsePacket,
  peekAddress,
  QnRtn,
  STANDARD_COMMAND_CODES,
  readingsFromPacket,
  READING_KIND_BY_CN,
  type FramingErrorReason,
  type QnRtnCode,
} from '../../../domain/hj212/index.js';
import { FLAG_PATTERN, readingProblem, type Ingestion, type RejectEntry } from './ingest.js';
import { passwordMatches, type DeviceCredentials, type DeviceDirectory } from './devices.js';
import type { ReadingRow } from './writer.js';

export type Hj212ServerOptions = {
  port: number;
  host?: string;
  /** Connections beyond this are refused at accept. */
  maxConnections?: number;
  /** A connection silent for this long is closed (HJ 212 loggers send at least every RtdInterval ≤ 3600 s). */
  idleTimeoutMs?: number;
  /** A connection that has not sent a frame from a registered device within this time is closed. */
  firstFrameTimeoutMs?: number;
  /** Pending (not yet authenticated) connections one source address may hold; more are refused at accept. */
  maxPendingPerAddress?: number;
  /** Framing/auth errors in a row before the connection is dropped. */
  maxConsecutiveErrors?: number;
  /** Current vendor alias map (editable in the UI). */
  aliases: () => Readonly<Record<string, string>>;
  log: { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void };
};

/** Why the receiver closed a connection (metrics: greenbuild_hj212_connections_closed_total{reason}). */
export const CONNECTION_CLOSE_REASONS = ['first_frame_timeout', 'idle_timeout', 'address_limit', 'evicted', 'full', 'errors'] as const;
export type ConnectionCloseReason = (typeof CONNECTION_CLOSE_REASONS)[number];

export type Hj212Stats = {
  connections: number;
  frames: number;
  readings: number;
  rejectedFrames: number;
  closed: Record<ConnectionCloseReason, number>;
};

/** One accepted TCP connection; pending until a frame from a registered device with the right PW arrives. */
type Connection = {
  socket: net.Socket;
  address: string;
  authenticated: boolean;
  firstFrameTimer: NodeJS.Timeout | null;
  /** The device credentials and PW last verified on this connection: a logger sends the same PW every frame. */
  verified: { device: DeviceCredentials; pw: string } | null;
};

/** What a connection queues for in-order handling: a framed packet, or a frame the framer cut out as malformed. */
type Inbound = { frame: Buffer } | { rejected: Buffer; reason: FramingErrorReason; detail: string };

export class Hj212Server {
  private server: net.Server | null = null;
  private readonly connections = new Map<net.Socket, Connection>();
  /** Pending connections, oldest first (a Set keeps insertion order): the first to make room. */
  private readonly pending = new Set<Connection>();
  private readonly pendingByAddress = new Map<string, number>();
  readonly stats: Hj212Stats = {
    connections: 0,
    frames: 0,
    readings: 0,
    rejectedFrames: 0,
    closed: Object.fromEntries(CONNECTION_CLOSE_REASONS.map((r) => [r, 0])) as Record<ConnectionCloseReason, number>,
  };
  /** Per-connection limits; changes apply to connections accepted afterwards. */
  readonly limits: {
    maxConnections: number;
    idleTimeoutMs: number;
    firstFrameTimeoutMs: number;
    maxPendingPerAddress: number;
    maxConsecutiveErrors: number;
  };

  constructor(
    private readonly ingestion: Ingestion,
    private readonly directory: DeviceDirectory,
    private readonly options: Hj212ServerOptions,
  ) {
    this.limits = {
      maxConnections: options.maxConnections ?? 5000,
      idleTimeoutMs: options.idleTimeoutMs ?? 600_000,
      firstFrameTimeoutMs: options.firstFrameTimeoutMs ?? 30_000,
      maxPendingPerAddress: options.maxPendingPerAddress ?? 64,
      maxConsecutiveErrors: options.maxConsecutiveErrors ?? 20,
    };
  }

  setMaxConnections(n: number): void {
    this.limits.maxConnections = n;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  /** Open connections that have sent a frame from a registered device. */
  get authenticatedConnections(): number {
    return this.connections.size - this.pending.size;
  }

  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : null;
  }

  /** Starts listening; resolves false (with a clear log line) when the port is taken, so the rest keeps running. */
  async start(): Promise<boolean> {
    // No server.maxConnections: the cap is applied in accept(), where a pending connection can make room.
    const server = net.createServer((socket) => this.accept(socket));
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        this.options.log.warn(
          { err: err.message, port: this.options.port },
          err.code === 'EADDRINUSE'
            ? `HJ 212 port ${this.options.port} is already in use; the HJ 212 receiver is off (set HJ212_PORT to a free port)`
            : `HJ 212 receiver could not listen on ${this.options.port}`,
        );
        resolve(false);
      });
      server.listen({ port: this.options.port, host: this.options.host ?? '0.0.0.0', backlog: 1024 }, () => resolve(true));
    });
    if (ok) {
      this.server = server;
      this.options.log.info({ port: this.port }, 'HJ 212 receiver listening');
    }
    return ok;
  }

  async stop(): Promise<void> {
    for (const s of this.connections.keys()) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }

  /** Forgets a connection (once) and closes its socket; counts why when the receiver is the one closing it. */
  private drop(conn: Connection, reason?: ConnectionCloseReason): void {
    if (this.connections.get(conn.socket) === conn) {
      this.connections.delete(conn.socket);
      this.settle(conn);
      if (reason) this.stats.closed[reason]++;
    }
    conn.socket.destroy();
  }

  /** Takes a connection out of the pending accounting (authenticated or gone). */
  private settle(conn: Connection): void {
    if (conn.firstFrameTimer) clearTimeout(conn.firstFrameTimer);
    conn.firstFrameTimer = null;
    if (!this.pending.delete(conn)) return;
    const left = (this.pendingByAddress.get(conn.address) ?? 1) - 1;
    if (left > 0) this.pendingByAddress.set(conn.address, left);
    else this.pendingByAddress.delete(conn.address);
  }

  private authenticated(conn: Connection): void {
    if (conn.authenticated) return;
    conn.authenticated = true;
    this.settle(conn);
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
      // Full: the oldest connection that has not proved to be a device makes room; devices are never displaced.
      const oldest = this.pending.values().next().value;
      if (!oldest) {
        this.stats.closed.full++;
        socket.destroy();
        return;
      }
      this.drop(oldest, 'evicted');
    }
    const conn: Connection = { socket, address, authenticated: false, firstFrameTimer: null, verified: null };
    this.connections.set(socket, conn);
    this.pending.add(conn);
    this.pendingByAddress.set(address, (this.pendingByAddress.get(address) ?? 0) + 1);
    // Absolute, not an inactivity timeout: trickling a byte now and then must not keep an anonymous socket open.
    conn.firstFrameTimer = setTimeout(() => this.drop(conn, 'first_frame_timeout'), this.limits.firstFrameTimeoutMs);
    conn.firstFrameTimer.unref();
    this.stats.connections++;
    socket.setNoDelay(true);
    socket.setTimeout(this.limits.idleTimeoutMs, () => this.drop(conn, 'idle_timeout'));
    socket.on('close', () => this.drop(conn));
    const framer = new Hj212Framer();
    const queue: Inbound[] = [];
    let busy = false;
    let errorsInRow = 0;
    let noiseBytes = 0;
    const maxErrors = this.limits.maxConsecutiveErrors;
    // Bytes outside any frame tolerated between two good frames (a few frames' worth of line noise).
    const maxNoiseBytes = 4 * MAX_FRAME_BYTES;

    const drain = async () => {
      if (busy) return;
      busy = true;
      socket.pause();
      try {
        while (queue.length > 0 && !socket.destroyed) {
          const item = queue.shift()!;
          let ok = true;
          try {
            ok = 'frame' in item ? await this.handleFrame(conn, item.frame) : await this.handleRejectedFrame(conn, item);
          } catch (err) {
            // E.g. the device lookup failed because the database is away: nothing was stored, so nothing is
            // acknowledged, and the logger will send the frame again.
            this.options.log.warn({ err: (err as Error).message }, 'HJ 212 frame not processed; no reply sent');
          }
          errorsInRow = ok ? 0 : errorsInRow + 1;
          if (errorsInRow >= maxErrors || noiseBytes > maxNoiseBytes) {
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
        if (event.type === 'frame') {
          noiseBytes = 0;
          queue.push({ frame: event.frame });
        } else if (event.rejected) {
          // A whole frame with a wrong or too large length: answered and counted in order, like any frame.
          noiseBytes += event.skippedBytes;
          queue.push({ rejected: event.rejected, reason: event.reason, detail: event.detail });
        } else {
          // Line noise between frames is counted but does not need a reply: there is no packet to answer.
          errorsInRow++;
          noiseBytes += event.skippedBytes;
          void this.ingestion
            .countRejects([{ deviceRef: 'unknown', source: 'hj212', reason: `framing_${event.reason}`, count: 1, detail: event.detail }])
            .catch(() => undefined);
          if (errorsInRow >= maxErrors || noiseBytes > maxNoiseBytes) {
            this.drop(conn, 'errors');
            return;
          }
        }
      }
      if (queue.length) void drain();
    });
  }

  private reply(socket: net.Socket, frame: Buffer): void {
    if (!socket.destroyed) socket.write(frame);
  }

  /** Handles one frame; returns false when it was rejected. */
  private async handleFrame(conn: Connection, frame: Buffer): Promise<boolean> {
    this.stats.frames++;
    const decoded = decodeFrame(frame);
    if (!decoded.ok) {
      // Read the header before the CRC check only to address the error reply and the reject count.
      const address = peekAddress(frame.subarray(6, Math.max(6, frame.length - 6)).toString('utf8'));
      const device = address.mn ? await this.directory.byMn(address.mn) : null;
      // A device allowed a Modbus CRC (per-device lenient mode) gets a second chance.
      if (decoded.reason === 'crc' && device?.lenientCrc) {
        const lenient = decodeFrame(frame, { lenientCrc: true });
        if (lenient.ok) {
          this.options.log.warn(
            { device: device.id, crcVariant: lenient.crcVariant },
            'HJ 212 frame accepted with a Modbus CRC (lenient mode)',
          );
          return this.handleSegment(conn, lenient.dataSegment);
        }
      }
      this.stats.rejectedFrames++;
      await this.reject(device?.id ?? 'unknown', `frame_${decoded.reason}`, this.describe(address, decoded.detail));
      this.reply(conn.socket, buildRequestReply(address, decoded.qnRtn));
      return false;
    }
    return this.handleSegment(conn, decoded.dataSegment);
  }

  /**
   * A frame the framer cut at its CR LF because its length field was wrong or over 1024 bytes (表2). 表7 has no
   * QnRtn for a length error, so it is answered 100 (unknown error) when it names an MN to answer, and counted
   * against the device it names.
   */
  private async handleRejectedFrame(conn: Connection, item: Extract<Inbound, { rejected: Buffer }>): Promise<boolean> {
    this.stats.frames++;
    this.stats.rejectedFrames++;
    const address = peekAddress(item.rejected.subarray(6).toString('utf8'));
    const device = address.mn ? await this.directory.byMn(address.mn) : null;
    const reason = item.reason === 'tooLarge' ? 'frame_tooLarge' : 'frame_length';
    await this.reject(device?.id ?? 'unknown', reason, this.describe(address, item.detail));
    if (address.mn !== undefined) this.reply(conn.socket, buildRequestReply(address, QnRtn.unknownError));
    return false;
  }

  /** Reject detail; names the MN when the sender is not a registered device (its count goes under 'unknown'). */
  private describe(address: { qn?: string; mn?: string }, detail: string): string {
    return `${address.mn !== undefined ? `MN=${address.mn.slice(0, 64)} ` : ''}${address.qn !== undefined ? `QN=${address.qn.slice(0, 20)} ` : ''}${detail}`;
  }

  private async reject(deviceRef: string, reason: string, detail?: string, count = 1): Promise<void> {
    await this.ingestion.countRejects([{ deviceRef, source: 'hj212', reason, count, detail }]).catch(() => undefined);
  }

  private async handleSegment(conn: Connection, segment: string): Promise<boolean> {
    const socket = conn.socket;
    const parsed = parsePacket(segment);
    if (!parsed.ok) {
      this.stats.rejectedFrames++;
      const address = peekAddress(segment);
      const device = address.mn ? await this.directory.byMn(address.mn) : null;
      await this.reject(device?.id ?? 'unknown', 'packet_syntax', this.describe(address, parsed.reason));
      this.reply(socket, buildRequestReply(address, QnRtn.unknownError));
      return false;
    }
    const packet = parsed.packet;
    const target = { qn: packet.qn, pw: packet.pw, mn: packet.mn };
    const refuse = async (ref: string, reason: string, code: QnRtnCode) => {
      this.stats.rejectedFrames++;
      await this.reject(
        ref,
        reason,
        `${ref === 'unknown' && packet.mn !== undefined ? `MN=${packet.mn.slice(0, 64)} ` : ''}QN=${packet.qn ?? ''} CN=${packet.cn ?? ''}`,
      );
      this.reply(socket, buildRequestReply(target, code));
      return false;
    };
    // An MN that is not registered is counted under 'unknown' (its value kept as the detail): anonymous traffic
    // with ever new MNs must not add a counter row per MN.
    if (!packet.mn) return refuse('unknown', 'mn_missing', QnRtn.mnError);
    const device = await this.directory.byMn(packet.mn);
    if (!device || !device.protocols.includes('hj212')) return refuse('unknown', 'mn_unknown', QnRtn.mnError);
    // The digest comparison runs once per connection and credentials (a refreshed cache entry is a new object).
    if (conn.verified?.device !== device || conn.verified.pw !== packet.pw) {
      if (!passwordMatches(device, packet.pw)) return refuse(device.id, 'pw_wrong', QnRtn.passwordError);
      conn.verified = { device, pw: packet.pw! };
    }
    this.authenticated(conn);

    const cn = packet.cn;
    if (cn === undefined || !Object.hasOwn(READING_KIND_BY_CN, cn)) {
      // A logger's own replies (9011–9014) carry no data and are never answered (表9).
      if (isInteractionReply(cn)) return true;
      // Nothing of it is stored, so it must not get a 9014 (the logger would discard the data): a command of 表9
      // that this platform does not take is refused (QnRtn 2), a missing or unknown CN is a CN error (QnRtn 8).
      if (cn === undefined || cn === '') return refuse(device.id, 'cn_missing', QnRtn.cnError);
      if (STANDARD_COMMAND_CODES.has(cn)) return refuse(device.id, 'cn_not_handled', QnRtn.rejected);
      return refuse(device.id, 'cn_unsupported', QnRtn.cnError);
    }
    const result = readingsFromPacket(packet, this.options.aliases());
    const rows: ReadingRow[] = [];
    const rejects: RejectEntry[] = [];
    const now = Date.now();
    for (const r of result.readings) {
      const flag = r.flag.toUpperCase();
      const problem = !FLAG_PATTERN.test(flag) ? { code: 'flag_format' } : readingProblem(device, r.metric, r.time, now);
      if (problem) {
        rejects.push({ deviceRef: device.id, source: 'hj212', reason: problem.code, count: 1, detail: `${r.factorCode}=${r.value}` });
        continue;
      }
      rows.push({
        deviceId: device.id,
        projectId: device.projectId,
        metric: r.metric,
        time: r.time,
        kind: r.kind,
        value: r.value,
        flag,
        source: 'hj212',
      });
    }
    for (const f of result.unknownFactors)
      rejects.push({ deviceRef: device.id, source: 'hj212', reason: 'factor_unmapped', count: 1, detail: f.code });
    for (const r of result.rejected)
      rejects.push({ deviceRef: device.id, source: 'hj212', reason: 'value_invalid', count: 1, detail: `${r.code}: ${r.reason}` });
    try {
      await this.ingestion.store(rows);
    } catch (err) {
      // Not stored, so not acknowledged: the logger keeps the data and re-sends it (HJ 212 表1 retries).
      this.options.log.warn({ err: (err as Error).message, device: device.id }, 'HJ 212 upload not stored; no reply sent');
      return true;
    }
    this.stats.readings += rows.length;
    await this.ingestion.countRejects(rejects).catch(() => undefined);
    if (needsReply(packet.flag)) this.reply(socket, buildDataReply(target));
    return true;
  }
}
