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
  | {
      type: 'error';
      reason: FramingErrorReason;
      skippedBytes: number;
      detail: string;
      /**
       * For 'tooLarge' and 'badTerminator': the rejected frame's bytes (from "##", at most one maximal frame), so the
       * receiver can read its header (QN, PW, MN) to address a 9011 reply and count the reject against the device.
       */
      rejected?: Buffer;
    };

export interface FramerOptions {
  /** Largest data segment to accept; HJ 212-2017 表2 says 1024. */
  maxDataSegmentBytes?: number;
}

/**
 * Longest rejected frame (wrong or too large length) handed over whole: twice a maximal frame, enough for the
 * oversized uploads devices really send; beyond that the rest is treated as noise. Also the most a framer buffers.
 */
export const MAX_REJECTED_FRAME_BYTES = 2 * (MAX_DATA_SEGMENT_BYTES + FRAME_OVERHEAD_BYTES);

const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;

// HJ 212-2017 6.3.1: incremental framer for one TCP connection. Never throws; buffers less than
// MAX_REJECTED_FRAME_BYTES (one frame, or one rejected frame being cut at its CR LF).
export class Hj212Framer {
  private pending: Buffer = Buffer.alloc(0);
  private readonly maxDataSegmentBytes: number;

  constructor(options: FramerOptions = {}) {
    const max = options.maxDataSegmentBytes ?? MAX_DATA_SEGMENT_BYTES;
    // The length field has 4 digits, so nothing above 9999 can ever be declared.
    this.maxDataSegmentBytes = Number.isInteger(max) && max >= 0 ? Math.min(max, 9999) : MAX_DATA_SEGMENT_BYTES;
  }

  /** Bytes held back waiting for the rest of a frame (always < MAX_REJECTED_FRAME_BYTES). */
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
    // A frame with a plausible "##" + 4 digits whose length is wrong or too large still ends with CR LF (a data
    // segment is text and never holds one), so the rejected frame is cut there and reported whole: the receiver can
    // then answer and count it against the device it names. If another "##" comes first, the candidate was noise
    // and the real frame after it is recovered. Returns false when more bytes are needed to tell.
    const window = 2 * (this.maxDataSegmentBytes + FRAME_OVERHEAD_BYTES);
    const rejectFrame = (reason: 'tooLarge' | 'badTerminator', detail: string): boolean => {
      const windowEnd = pos + window;
      let cut = -1;
      for (let i = pos + 2; i + 1 < windowEnd; i++) {
        if (i + 1 >= buf.length) return false;
        if (buf[i] === CR && buf[i + 1] === LF) {
          cut = i + 2;
          break;
        }
        if (buf[i] === HASH && buf[i + 1] === HASH) {
          cut = i;
          break;
        }
      }
      if (cut === -1) {
        if (buf.length < windowEnd) return false;
        cut = windowEnd; // no end in sight within one maximal frame: drop that much; the rest is noise
      }
      flushSkipped();
      events.push({ type: 'error', reason, skippedBytes: cut - pos, detail, rejected: Buffer.from(buf.subarray(pos, cut)) });
      pos = cut;
      return true;
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
        if (!rejectFrame('tooLarge', `declared data segment length ${declared} exceeds ${this.maxDataSegmentBytes}`)) break;
        continue;
      }
      const total = declared + FRAME_OVERHEAD_BYTES;
      if (pos + total > buf.length) break; // wait for the rest of the frame (bounded by the checked length)
      if (buf[pos + total - 2] !== CR || buf[pos + total - 1] !== LF) {
        if (!rejectFrame('badTerminator', `no CR LF after the declared ${declared}-byte data segment and CRC`)) break;
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
