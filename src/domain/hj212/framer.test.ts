import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFrame, encodeFrame, MAX_FRAME_BYTES } from './frame.js';
import { Hj212Framer, MAX_REJECTED_FRAME_BYTES, type FramerEvent } from './framer.js';
import { loadPublishedVectors } from './vectors.fixture.js';

const { valid } = loadPublishedVectors();
const appendixA = valid[0].frame;

function frames(events: FramerEvent[]): Buffer[] {
  return events.flatMap((e) => (e.type === 'frame' ? [e.frame] : []));
}

function errors(events: FramerEvent[]): Array<Extract<FramerEvent, { type: 'error' }>> {
  return events.flatMap((e) => (e.type === 'error' ? [e] : []));
}

function pushAll(framer: Hj212Framer, chunks: Uint8Array[]): FramerEvent[] {
  return chunks.flatMap((chunk) => framer.push(chunk));
}

/** Every byte pushed is accounted for exactly once: in a frame, as skipped, or still buffered. */
function accountedBytes(events: FramerEvent[], framer: Hj212Framer): number {
  return events.reduce((n, e) => n + (e.type === 'frame' ? e.frame.length : e.skippedBytes), 0) + framer.bufferedBytes;
}

describe('Hj212Framer', () => {
  it('emits a whole frame pushed at once', () => {
    const framer = new Hj212Framer();
    const events = framer.push(appendixA);
    expect(events).toEqual([{ type: 'frame', frame: appendixA }]);
    expect(framer.bufferedBytes).toBe(0);
  });

  it('reassembles a frame split at every possible point', () => {
    for (let cut = 0; cut <= appendixA.length; cut++) {
      const framer = new Hj212Framer();
      const events = pushAll(framer, [appendixA.subarray(0, cut), appendixA.subarray(cut)]);
      expect(events, `cut at ${cut}`).toEqual([{ type: 'frame', frame: appendixA }]);
    }
  });

  it('reassembles a frame fed one byte at a time', () => {
    const framer = new Hj212Framer();
    const events = pushAll(
      framer,
      [...appendixA].map((b) => Uint8Array.of(b)),
    );
    expect(events).toEqual([{ type: 'frame', frame: appendixA }]);
  });

  it('splits all published valid frames joined in one packet, in order', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat(valid.map((v) => v.frame)));
    expect(errors(events)).toEqual([]);
    expect(frames(events)).toEqual(valid.map((v) => v.frame));
    for (const f of frames(events)) expect(decodeFrame(f).ok).toBe(true);
  });

  it('does not keep a reference to the caller’s chunk', () => {
    const framer = new Hj212Framer();
    const chunk = Buffer.from(appendixA);
    const [event] = framer.push(chunk);
    chunk.fill(0);
    expect(event).toEqual({ type: 'frame', frame: appendixA });
  });

  it('skips garbage before "##" and reports how many bytes it skipped', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([Buffer.from('AT+OK\r\n#x'), appendixA]));
    expect(events).toEqual([
      { type: 'error', reason: 'garbage', skippedBytes: 9, detail: expect.any(String) },
      { type: 'frame', frame: appendixA },
    ]);
  });

  it('reports garbage between frames and after the last frame', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([appendixA, Buffer.from('\r\n'), appendixA, Buffer.from('zz')]));
    expect(events.map((e) => (e.type === 'frame' ? 'frame' : `${e.reason}:${e.skippedBytes}`))).toEqual([
      'frame',
      'garbage:2',
      'frame',
      'garbage:2',
    ]);
  });

  it('keeps a trailing lone "#" until the next packet shows whether it starts a frame', () => {
    const framer = new Hj212Framer();
    expect(framer.push(appendixA.subarray(0, 1))).toEqual([]);
    expect(framer.bufferedBytes).toBe(1);
    expect(framer.push(appendixA.subarray(1))).toEqual([{ type: 'frame', frame: appendixA }]);
  });

  it('resyncs past "###" onto the real frame', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([Buffer.from('#'), appendixA]));
    expect(events.map((e) => (e.type === 'frame' ? 'frame' : `${e.reason}:${e.skippedBytes}`))).toEqual(['badLength:1', 'frame']);
  });

  it('rejects a non-digit length field and recovers the next frame', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([Buffer.from('##01a1QN=1;CP=&&&&'), appendixA]));
    expect(events[0]).toMatchObject({ type: 'error', reason: 'badLength', skippedBytes: 1 });
    expect(frames(events)).toEqual([appendixA]);
    expect(accountedBytes(events, framer)).toBe(18 + appendixA.length);
  });

  it('rejects a length over 1024 without buffering it, and recovers', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([Buffer.from('##9999'), appendixA]));
    // The candidate ends where the next "##" starts: that frame is recovered whole.
    expect(events[0]).toMatchObject({ type: 'error', reason: 'tooLarge', skippedBytes: 6 });
    expect(frames(events)).toEqual([appendixA]);
    expect(framer.bufferedBytes).toBe(0);
  });

  it('honours a smaller configured maximum', () => {
    const framer = new Hj212Framer({ maxDataSegmentBytes: 50 });
    const events = framer.push(appendixA); // 101-byte segment
    expect(events[0]).toMatchObject({ type: 'error', reason: 'tooLarge' });
    expect(frames(events)).toEqual([]);
  });

  it('rejects a frame whose CR LF is not where the length says, and recovers the next frame', () => {
    // A device that counts characters instead of bytes declares too few bytes for Chinese text.
    const data = 'ST=39;MN=工地;CP=&&&&';
    const wrongLength = Buffer.from(`##${String(data.length).padStart(4, '0')}${data}FFFF\r\n`);
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.concat([wrongLength, appendixA]));
    // Cut at its own CR LF and handed over whole, so the receiver can read its MN and answer it.
    expect(events[0]).toMatchObject({ type: 'error', reason: 'badTerminator', skippedBytes: wrongLength.length, rejected: wrongLength });
    expect(frames(events)).toEqual([appendixA]);
    expect(accountedBytes(events, framer)).toBe(wrongLength.length + appendixA.length);
  });

  it('hands over a frame whose data segment exceeds 1024 bytes whole, up to its CR LF', () => {
    const data = `QN=20260101000000000;ST=39;CN=2011;PW=123456;MN=XXXX01_AIR01_0001;Flag=5;CP=&&DataTime=20260101000000;${'a34002-Rtd=1.0;'.repeat(70)}&&`;
    const big = Buffer.from(`##${data.length}${data}ABCD\r\n`);
    expect(data.length).toBeGreaterThan(1024);
    expect(big.length).toBeLessThan(MAX_REJECTED_FRAME_BYTES);
    const framer = new Hj212Framer();
    const events = pushAll(framer, [big.subarray(0, 500), big.subarray(500), appendixA]);
    expect(errors(events)).toEqual([
      { type: 'error', reason: 'tooLarge', skippedBytes: big.length, detail: expect.any(String), rejected: big },
    ]);
    expect(frames(events)).toEqual([appendixA]);
    expect(framer.bufferedBytes).toBe(0);
  });

  it('recovers a frame swallowed while waiting for an over-declared length', () => {
    const framer = new Hj212Framer();
    const liar = Buffer.from('##0500QN=1;CP=&&&&FFFF\r\n');
    const events = pushAll(framer, [liar, ...valid.map((v) => v.frame)]);
    expect(events[0]).toMatchObject({ type: 'error', reason: 'badTerminator' });
    expect(frames(events)).toEqual(valid.map((v) => v.frame));
  });

  it('does not buffer garbage that holds no "#"', () => {
    const framer = new Hj212Framer();
    const events = framer.push(Buffer.alloc(5_000_000, 0x41));
    expect(events).toEqual([{ type: 'error', reason: 'garbage', skippedBytes: 5_000_000, detail: expect.any(String) }]);
    expect(framer.bufferedBytes).toBe(0);
  });

  it('buffers at most one maximal frame while waiting, and less than two while cutting a rejected one', () => {
    const framer = new Hj212Framer();
    framer.push(Buffer.from('##1024'));
    for (let i = 0; i < 1029; i++) framer.push(Buffer.from('x'));
    expect(framer.bufferedBytes).toBe(MAX_FRAME_BYTES - 1);
    expect(framer.push(Buffer.from('y'))).toEqual([]); // wrong terminator: looking for its CR LF
    for (let i = MAX_FRAME_BYTES; i < MAX_REJECTED_FRAME_BYTES - 1; i++) expect(framer.push(Buffer.from('x'))).toEqual([]);
    expect(framer.bufferedBytes).toBe(MAX_REJECTED_FRAME_BYTES - 1);
    const events = framer.push(Buffer.from('y'));
    expect(events).toEqual([
      {
        type: 'error',
        reason: 'badTerminator',
        skippedBytes: MAX_REJECTED_FRAME_BYTES,
        detail: expect.any(String),
        rejected: expect.any(Buffer),
      },
    ]);
    expect(framer.bufferedBytes).toBe(0);
  });

  it('reports a partial frame at end of stream and clears it', () => {
    const framer = new Hj212Framer();
    framer.push(appendixA.subarray(0, 40));
    expect(framer.end()).toEqual([{ type: 'error', reason: 'truncated', skippedBytes: 40, detail: expect.any(String) }]);
    expect(framer.bufferedBytes).toBe(0);
    expect(framer.end()).toEqual([]);
  });

  it('passes a frame with a wrong CRC through (CRC is decodeFrame’s job)', () => {
    const bad = loadPublishedVectors().negative[0].frame;
    expect(frames(new Hj212Framer().push(bad))).toEqual([bad]);
  });
});

describe('Hj212Framer properties', () => {
  const chunking = (bytes: Buffer) =>
    fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
      return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
    });

  it('never throws, stays bounded and accounts for every byte on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.constant(appendixA), fc.constant(Buffer.from('##'))), {
          maxLength: 12,
        }),
        (chunks) => {
          const framer = new Hj212Framer();
          let total = 0;
          const events: FramerEvent[] = [];
          for (const chunk of chunks) {
            events.push(...framer.push(chunk));
            total += chunk.length;
            expect(framer.bufferedBytes).toBeLessThan(MAX_REJECTED_FRAME_BYTES);
          }
          expect(accountedBytes(events, framer)).toBe(total);
          const tail = framer.end();
          expect(accountedBytes([...events, ...tail], framer)).toBe(total);
        },
      ),
    );
  });

  it('finds the same frames however the stream is chunked', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.uint8Array({ maxLength: 60 }), fc.constantFrom(...valid.map((v) => v.frame))), { maxLength: 8 })
          .map((parts) => Buffer.concat(parts))
          .chain((stream) => fc.tuple(fc.constant(stream), chunking(stream))),
        ([stream, chunks]) => {
          const whole = new Hj212Framer();
          const expected = frames(whole.push(stream));
          const chunked = new Hj212Framer();
          const events = pushAll(chunked, chunks);
          expect(frames(events)).toEqual(expected);
          expect(chunked.bufferedBytes).toBe(whole.bufferedBytes);
        },
      ),
    );
  });

  it('recovers every frame from frames interleaved with "#"-free garbage, at any chunking', () => {
    const garbage = fc.uint8Array({ maxLength: 50 }).map((b) => Buffer.from(b.map((x) => (x === 0x23 ? 0x2a : x))));
    const segment = fc.string({ unit: 'binary-ascii', maxLength: 120 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(garbage, segment), { minLength: 1, maxLength: 6 }).chain((pairs) => {
          const stream = Buffer.concat(pairs.flatMap(([g, s]) => [g, encodeFrame(s)]));
          return fc.tuple(fc.constant(pairs.map(([, s]) => s)), chunking(stream));
        }),
        ([segments, chunks]) => {
          const framer = new Hj212Framer();
          const found = frames(pushAll(framer, chunks)).map((f) => {
            const decoded = decodeFrame(f);
            return decoded.ok ? decoded.dataSegment : `!${decoded.reason}`;
          });
          expect(found).toEqual(segments);
        },
      ),
    );
  });
});
