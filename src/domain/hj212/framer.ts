// HJ 212-2017 6.3.1: cut a TCP byte stream into frames. TCP gives no message boundaries, so frames arrive
// split across packets, several per packet, or behind line noise; the framer only finds boundaries and
// leaves CRC and content checks to decodeFrame.
import { FRAME_OVERHEAD_BYTES, MAX_DATA_SEGMENT_BYTES } from './frame.js';

export type FramingErrorReason =
  /** Bytes before the next "##" that belong to no frame. */
  | 'garbage'
  /** "##" followed by a length field that is not 4 decimal digits. */
  | 'badLength'
  /** Length field above the maximum data segment size. */
  | 'tooLarge'
  /** No CR LF where the length field says the frame ends. */
  | 'badTerminator'
  /** Stream ended (end()) with an incomplete frame buffered. */
  | 'truncated';

export type FramerEvent =
  | { type: 'frame'; frame: Buffer }
  | { type: 'error'; reason: FramingErrorReason; skippedBytes: number; detail: string };

export interface FramerOptions {
  /** Largest data segment to accept; HJ 212-2017 表2 says 1024. */
  maxDataSegmentBytes?: number;
}

const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;

// HJ 212-2017 6.3.1: incremental framer for one TCP connection. Never throws; buffers at most one frame.
export class Hj212Framer {
  private pending: Buffer = Buffer.alloc(0);
  private readonly maxDataSegmentBytes: number;

  constructor(options: FramerOptions = {}) {
    const max = options.maxDataSegmentBytes ?? MAX_DATA_SEGMENT_BYTES;
    // The length field has 4 digits, so nothing above 9999 can ever be declared.
    this.maxDataSegmentBytes = Number.isInteger(max) && max >= 0 ? Math.min(max, 9999) : MAX_DATA_SEGMENT_BYTES;
  }

  /** Bytes held back waiting for the rest of a frame (always < max frame size). */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  // HJ 212-2017 6.3.1: feed received bytes; returns complete frames and framing errors in stream order.
  push(chunk: Uint8Array): FramerEvent[] {
    const events: FramerEvent[] = [];
    // Copy: the socket may reuse its chunk buffer after we return, and emitted frames must stay intact.
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    let pos = 0;
    let skipped = 0;
    const flushSkipped = (): void => {
      if (skipped > 0) {
        events.push({ type: 'error', reason: 'garbage', skippedBytes: skipped, detail: `skipped ${skipped} bytes outside any frame` });
        skipped = 0;
      }
    };
    // Resync by a single byte, not the whole claimed frame: the claim is untrusted, and a real "##" may
    // start right after the bad one (e.g. "###0101...").
    const rejectCandidate = (reason: FramingErrorReason, detail: string): void => {
      flushSkipped();
      events.push({ type: 'error', reason, skippedBytes: 1, detail });
      pos += 1;
    };

    while (pos < buf.length) {
      if (buf[pos] !== HASH) {
        const next = buf.indexOf(HASH, pos);
        const until = next === -1 ? buf.length : next;
        skipped += until - pos;
        pos = until;
        continue;
      }
      if (pos + 1 >= buf.length) break; // lone '#': may be the first half of "##"
      if (buf[pos + 1] !== HASH) {
        skipped += 1;
        pos += 1;
        continue;
      }
      if (pos + 6 > buf.length) break; // wait for the length field
      let declared = 0;
      let digits = true;
      for (let i = pos + 2; i < pos + 6; i++) {
        const byte = buf[i];
        if (byte < 0x30 || byte > 0x39) {
          digits = false;
          break;
        }
        declared = declared * 10 + (byte - 0x30);
      }
      if (!digits) {
        rejectCandidate('badLength', 'length field after "##" is not 4 decimal digits');
        continue;
      }
      if (declared > this.maxDataSegmentBytes) {
        rejectCandidate('tooLarge', `declared data segment length ${declared} exceeds ${this.maxDataSegmentBytes}`);
        continue;
      }
      const total = declared + FRAME_OVERHEAD_BYTES;
      if (pos + total > buf.length) break; // wait for the rest of the frame (bounded by the checked length)
      if (buf[pos + total - 2] !== CR || buf[pos + total - 1] !== LF) {
        rejectCandidate('badTerminator', `no CR LF after the declared ${declared}-byte data segment and CRC`);
        continue;
      }
      flushSkipped();
      events.push({ type: 'frame', frame: Buffer.from(buf.subarray(pos, pos + total)) });
      pos += total;
    }
    flushSkipped();
    this.pending = Buffer.from(buf.subarray(pos));
    return events;
  }

  // HJ 212-2017 6.3.1: the connection closed; report any partial frame and forget it.
  end(): FramerEvent[] {
    const left = this.pending.length;
    this.pending = Buffer.alloc(0);
    if (left === 0) return [];
    return [{ type: 'error', reason: 'truncated', skippedBytes: left, detail: `connection ended inside a frame (${left} bytes)` }];
  }

  /** Drop buffered bytes, e.g. after an idle timeout decided by the caller. */
  reset(): void {
    this.pending = Buffer.alloc(0);
  }
}
