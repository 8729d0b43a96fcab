// HJ 212-2017 over TCP: data loggers connect, upload 2011/2051/2061/2031 packets, and get a 9014 reply (when the Flag
// A bit asks for one) only after the readings are committed. Errors are answered with 9011 QnRtn (表7).
// Each connection is processed in order and its socket is paused while a write is pending, so a slow database
// slows the senders instead of filling memory; frame size, idle time and connection count are capped.
import net from 'node:net';
import {
  buildDataReply,
  buildRequestReply,
  decodeFrame,
  Hj212Framer,
  MAX_FRAME_BYTES,
  needsReply,
  parsePacket,
  QnRtn,
  readingsFromPacket,
  READING_KIND_BY_CN,
  type QnRtnCode,
} from '../../../domain/hj212/index.js';
import { FLAG_PATTERN, readingProblem, type Ingestion, type RejectEntry } from './ingest.js';
import { passwordMatches, type DeviceDirectory } from './devices.js';
import type { ReadingRow } from './writer.js';

export type Hj212ServerOptions = {
  port: number;
  host?: string;
  /** Connections beyond this are refused at accept. */
  maxConnections?: number;
  /** A connection silent for this long is closed (HJ 212 loggers send at least every RtdInterval ≤ 3600 s). */
  idleTimeoutMs?: number;
  /** Framing/auth errors in a row before the connection is dropped. */
  maxConsecutiveErrors?: number;
  /** Current vendor alias map (editable in the UI). */
  aliases: () => Readonly<Record<string, string>>;
  log: { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void };
};

export type Hj212Stats = { connections: number; frames: number; readings: number; rejectedFrames: number };

export class Hj212Server {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  readonly stats: Hj212Stats = { connections: 0, frames: 0, readings: 0, rejectedFrames: 0 };
  /** Per-connection limits; changes apply to connections accepted afterwards. */
  readonly limits: { maxConnections: number; idleTimeoutMs: number; maxConsecutiveErrors: number };

  constructor(
    private readonly ingestion: Ingestion,
    private readonly directory: DeviceDirectory,
    private readonly options: Hj212ServerOptions,
  ) {
    this.limits = {
      maxConnections: options.maxConnections ?? 5000,
      idleTimeoutMs: options.idleTimeoutMs ?? 600_000,
      maxConsecutiveErrors: options.maxConsecutiveErrors ?? 20,
    };
  }

  setMaxConnections(n: number): void {
    this.limits.maxConnections = n;
    if (this.server) this.server.maxConnections = n;
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : null;
  }

  /** Starts listening; resolves false (with a clear log line) when the port is taken, so the rest keeps running. */
  async start(): Promise<boolean> {
    const server = net.createServer((socket) => this.accept(socket));
    server.maxConnections = this.limits.maxConnections;
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
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    this.stats.connections++;
    socket.setNoDelay(true);
    socket.setTimeout(this.limits.idleTimeoutMs, () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const framer = new Hj212Framer();
    const queue: Buffer[] = [];
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
          const frame = queue.shift()!;
          let ok = true;
          try {
            ok = await this.handleFrame(socket, frame);
          } catch (err) {
            // E.g. the device lookup failed because the database is away: nothing was stored, so nothing is
            // acknowledged, and the logger will send the frame again.
            this.options.log.warn({ err: (err as Error).message }, 'HJ 212 frame not processed; no reply sent');
          }
          errorsInRow = ok ? 0 : errorsInRow + 1;
          if (errorsInRow >= maxErrors || noiseBytes > maxNoiseBytes) {
            socket.destroy();
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
          queue.push(event.frame);
        } else {
          // Line noise between frames is counted but does not need a reply: there is no packet to answer.
          errorsInRow++;
          noiseBytes += event.skippedBytes;
          void this.ingestion.countRejects([{ deviceRef: 'unknown', source: 'hj212', reason: `framing_${event.reason}`, count: 1, detail: event.detail }]).catch(() => undefined);
          if (errorsInRow >= maxErrors || noiseBytes > maxNoiseBytes) {
            socket.destroy();
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
  private async handleFrame(socket: net.Socket, frame: Buffer): Promise<boolean> {
    this.stats.frames++;
    // Read the header before the CRC check only to address the error reply and the reject count.
    const decoded = decodeFrame(frame);
    const peek = (segment: string) => {
      const p = parsePacket(segment);
      return p.ok ? p.packet : undefined;
    };
    let segment: string;
    if (!decoded.ok) {
      const raw = frame.subarray(6, Math.max(6, frame.length - 6)).toString('utf8');
      const header = peek(raw);
      const device = header?.mn ? await this.directory.byMn(header.mn) : null;
      // A device allowed a Modbus CRC (per-device lenient mode) gets a second chance.
      if (decoded.reason === 'crc' && device?.lenientCrc) {
        const lenient = decodeFrame(frame, { lenientCrc: true });
        if (lenient.ok) {
          this.options.log.warn({ device: device.id, crcVariant: lenient.crcVariant }, 'HJ 212 frame accepted with a Modbus CRC (lenient mode)');
          return this.handleSegment(socket, lenient.dataSegment);
        }
      }
      this.stats.rejectedFrames++;
      await this.reject(device?.id ?? (header?.mn ? `mn:${header.mn}` : 'unknown'), `frame_${decoded.reason}`, decoded.detail);
      this.reply(socket, buildRequestReply({ qn: header?.qn, pw: header?.pw, mn: header?.mn }, decoded.qnRtn));
      return false;
    }
    segment = decoded.dataSegment;
    return this.handleSegment(socket, segment);
  }

  private async reject(deviceRef: string, reason: string, detail?: string, count = 1): Promise<void> {
    await this.ingestion.countRejects([{ deviceRef, source: 'hj212', reason, count, detail }]).catch(() => undefined);
  }

  private async handleSegment(socket: net.Socket, segment: string): Promise<boolean> {
    const parsed = parsePacket(segment);
    if (!parsed.ok) {
      this.stats.rejectedFrames++;
      await this.reject('unknown', 'packet_syntax', parsed.reason);
      this.reply(socket, buildRequestReply({}, QnRtn.unknownError));
      return false;
    }
    const packet = parsed.packet;
    const target = { qn: packet.qn, pw: packet.pw, mn: packet.mn };
    const refuse = async (ref: string, reason: string, code: QnRtnCode) => {
      this.stats.rejectedFrames++;
      await this.reject(ref, reason, `QN=${packet.qn ?? ''} CN=${packet.cn ?? ''}`);
      this.reply(socket, buildRequestReply(target, code));
      return false;
    };
    if (!packet.mn) return refuse('unknown', 'mn_missing', QnRtn.mnError);
    const device = await this.directory.byMn(packet.mn);
    if (!device || !device.protocols.includes('hj212')) return refuse(`mn:${packet.mn}`, 'mn_unknown', QnRtn.mnError);
    if (!passwordMatches(device, packet.pw)) return refuse(device.id, 'pw_wrong', QnRtn.passwordError);

    const cn = packet.cn ?? '';
    if (!Object.hasOwn(READING_KIND_BY_CN, cn)) {
      // Replies from the logger (9011–9014) and other uploads need no answer from us unless asked for.
      if (needsReply(packet.flag)) this.reply(socket, buildDataReply(target));
      return true;
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
      rows.push({ deviceId: device.id, projectId: device.projectId, metric: r.metric, time: r.time, kind: r.kind, value: r.value, flag, source: 'hj212' });
    }
    for (const f of result.unknownFactors) rejects.push({ deviceRef: device.id, source: 'hj212', reason: 'factor_unmapped', count: 1, detail: f.code });
    for (const r of result.rejected) rejects.push({ deviceRef: device.id, source: 'hj212', reason: 'value_invalid', count: 1, detail: `${r.code}: ${r.reason}` });
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
