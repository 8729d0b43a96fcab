// JT/T 808 §4.4.3 (2013) / §4.5.3 (2019) 消息包封装项: a long message is sent as `total` frames numbered 1…total,
// each with its own consecutive serial number; the receiver joins the bodies in index order. Pure bookkeeping: the
// gateway owns one Reassembler per connection and passes the clock in.
import type { Jt808Frame, Jt808Header } from './frame.js';

export type ReassemblyResult =
  /** Not a sub-package, or the last missing piece arrived: the whole message. */
  | { type: 'complete'; header: Jt808Header; body: Buffer }
  /** Stored; more pieces are due. */
  | { type: 'partial' }
  /** Refused: too many messages in flight, or a piece that disagrees with the others. */
  | { type: 'rejected'; detail: string };

type Pending = { header: Jt808Header; total: number; parts: (Buffer | undefined)[]; received: number; bytes: number; startedAt: number };

export interface ReassemblerLimits {
  /** Messages being reassembled at once (per connection). */
  maxMessages: number;
  /** Bytes held across all of them. */
  maxBytes: number;
  /** Pieces of one message. */
  maxPackets: number;
  /** A message not completed within this is dropped (the terminal will resend it whole or ask 0x8003). */
  timeoutMs: number;
}

const DEFAULT_LIMITS: ReassemblerLimits = { maxMessages: 8, maxBytes: 256 * 1024, maxPackets: 256, timeoutMs: 60_000 };

export class Reassembler {
  private readonly pending = new Map<string, Pending>();
  private bytes = 0;
  private readonly limits: ReassemblerLimits;

  constructor(limits: Partial<ReassemblerLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Sub-packages of one message share terminal, message id and total, and serial − index is constant. */
  private key(h: Jt808Header): string {
    const sp = h.subpackage!;
    return `${h.phone}:${h.messageId}:${sp.total}:${(h.serial - sp.index + 0x10000) & 0xffff}`;
  }

  push(frame: Jt808Frame, now: number): ReassemblyResult {
    this.expire(now);
    const { header, body } = frame;
    if (!header.subpackage) return { type: 'complete', header, body };
    const { total, index } = header.subpackage;
    if (total > this.limits.maxPackets) return { type: 'rejected', detail: `${total} packets exceed ${this.limits.maxPackets}` };
    const key = this.key(header);
    let p = this.pending.get(key);
    if (!p) {
      if (this.pending.size >= this.limits.maxMessages)
        return { type: 'rejected', detail: `${this.pending.size} messages already in reassembly` };
      p = { header, total, parts: new Array<Buffer | undefined>(total), received: 0, bytes: 0, startedAt: now };
      this.pending.set(key, p);
    }
    if (this.bytes + body.length > this.limits.maxBytes) {
      this.drop(key);
      return { type: 'rejected', detail: `reassembly would hold more than ${this.limits.maxBytes} bytes` };
    }
    if (!p.parts[index - 1]) {
      p.parts[index - 1] = body;
      p.received++;
      p.bytes += body.length;
      this.bytes += body.length;
    }
    if (index === 1) p.header = header;
    if (p.received < total) return { type: 'partial' };
    this.drop(key);
    const first = p.header;
    const { subpackage: _dropped, ...whole } = first;
    return {
      type: 'complete',
      header: { ...whole, serial: (first.serial - (first.subpackage!.index - 1) + 0x10000) & 0xffff },
      body: Buffer.concat(p.parts as Buffer[]),
    };
  }

  /** Drops messages whose pieces stopped coming; returns how many. */
  expire(now: number): number {
    let n = 0;
    for (const [key, p] of this.pending) {
      if (now - p.startedAt > this.limits.timeoutMs) {
        this.drop(key);
        n++;
      }
    }
    return n;
  }

  private drop(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.bytes -= p.bytes;
    this.pending.delete(key);
  }
}

/** Splits a long body into sub-package frames' headers and bodies (what a terminal does; used by tests and the simulator). */
export function splitIntoSubpackages(
  header: Omit<Jt808Header, 'subpackage'>,
  body: Buffer,
  maxBodyBytes: number,
): { header: Jt808Header; body: Buffer }[] {
  const total = Math.max(1, Math.ceil(body.length / maxBodyBytes));
  const out: { header: Jt808Header; body: Buffer }[] = [];
  for (let i = 0; i < total; i++) {
    out.push({
      header: { ...header, serial: (header.serial + i) & 0xffff, subpackage: { total, index: i + 1 } },
      body: body.subarray(i * maxBodyBytes, (i + 1) * maxBodyBytes),
    });
  }
  return out;
}
