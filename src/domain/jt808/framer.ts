// JT/T 808 §4.4.1 (2013) / §4.5.1 (2019) 标识位: every message starts and ends with 0x7E, and escaping keeps 0x7E
// out of the content, so a TCP stream is cut at each 0x7E. The bytes between two flags are one candidate frame;
// an empty candidate (the end flag of one frame directly followed by the start flag of the next) is skipped. Cutting
// at every flag resynchronises by itself after noise: the noise becomes one candidate that fails to decode.
import { FLAG, MAX_ESCAPED_BYTES } from './frame.js';

export type Jt808FramerEvent =
  | { type: 'frame'; frame: Buffer }
  | {
      type: 'error';
      /** 'garbage': bytes before the first flag; 'tooLarge': a candidate longer than any frame; 'truncated': end() mid-frame. */
      reason: 'garbage' | 'tooLarge' | 'truncated';
      skippedBytes: number;
      /** For 'tooLarge': the candidate's first bytes, enough to read the header and count the reject against a terminal. */
      head?: Buffer;
    };

/** Bytes kept of an oversized candidate: the longest escaped header. */
const HEAD_BYTES = 48;

// Incremental framer for one TCP connection. Never throws; buffers at most MAX_ESCAPED_BYTES.
export class Jt808Framer {
  private parts: Buffer[] = [];
  private partsLength = 0;
  /** Seen a flag yet: bytes before the first one belong to no frame. */
  private started = false;
  /** The current candidate grew beyond a frame: its bytes are counted, not kept, until the next flag. */
  private oversized = 0;
  private oversizedHead: Buffer | null = null;

  constructor(private readonly maxFrameBytes = MAX_ESCAPED_BYTES) {}

  get bufferedBytes(): number {
    return this.partsLength;
  }

  push(chunk: Uint8Array): Jt808FramerEvent[] {
    const events: Jt808FramerEvent[] = [];
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    while (pos < buf.length) {
      const flag = buf.indexOf(FLAG, pos);
      const end = flag === -1 ? buf.length : flag;
      if (!this.started) {
        if (end > pos) events.push({ type: 'error', reason: 'garbage', skippedBytes: end - pos });
        if (flag === -1) break;
        this.started = true;
        pos = flag + 1;
        continue;
      }
      this.take(buf.subarray(pos, end));
      if (flag === -1) break;
      this.finish(events);
      pos = flag + 1;
    }
    return events;
  }

  /** The stream ended: a candidate still open is reported as truncated. */
  end(): Jt808FramerEvent[] {
    const events: Jt808FramerEvent[] = [];
    if (this.oversized > 0)
      events.push({ type: 'error', reason: 'tooLarge', skippedBytes: this.oversized, head: this.oversizedHead ?? undefined });
    else if (this.partsLength > 0) events.push({ type: 'error', reason: 'truncated', skippedBytes: this.partsLength });
    this.reset();
    return events;
  }

  private take(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.oversized > 0) {
      this.oversized += bytes.length;
      return;
    }
    if (this.partsLength + bytes.length > this.maxFrameBytes) {
      const all = Buffer.concat([...this.parts, bytes]);
      this.oversizedHead = Buffer.from(all.subarray(0, HEAD_BYTES));
      this.oversized = all.length;
      this.parts = [];
      this.partsLength = 0;
      return;
    }
    // Copied: the socket may reuse its chunk buffer, and emitted frames must stay intact.
    this.parts.push(Buffer.from(bytes));
    this.partsLength += bytes.length;
  }

  private finish(events: Jt808FramerEvent[]): void {
    if (this.oversized > 0) {
      events.push({ type: 'error', reason: 'tooLarge', skippedBytes: this.oversized, head: this.oversizedHead ?? undefined });
    } else if (this.partsLength > 0) {
      events.push({ type: 'frame', frame: this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts) });
    }
    this.reset();
    this.started = true;
  }

  private reset(): void {
    this.parts = [];
    this.partsLength = 0;
    this.oversized = 0;
    this.oversizedHead = null;
  }
}
