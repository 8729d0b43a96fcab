// JT/T 808 §4.4.1 标识位: the stream framer cuts at 0x7E however TCP splits or joins the frames.
import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, MAX_ESCAPED_BYTES } from './frame.js';
import { Jt808Framer } from './framer.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const HEARTBEAT = hex('7E 0002 0000 013800138000 0001 A9 7E');

describe('Jt808Framer', () => {
  it('finds frames split byte by byte and joined back to back', () => {
    const f = new Jt808Framer();
    const stream = Buffer.concat([HEARTBEAT, HEARTBEAT, HEARTBEAT]);
    const frames = [...stream].flatMap((b) => f.push(Buffer.from([b])));
    expect(frames.filter((e) => e.type === 'frame')).toHaveLength(3);
    expect(frames.every((e) => e.type === 'frame' && decodeFrame(e.frame).ok)).toBe(true);
    expect(f.bufferedBytes).toBe(0);
  });

  it('counts bytes before the first flag and resynchronises after noise between frames', () => {
    const f = new Jt808Framer();
    const events = f.push(Buffer.concat([hex('0102'), HEARTBEAT, hex('AABB'), HEARTBEAT]));
    expect(events[0]).toEqual({ type: 'error', reason: 'garbage', skippedBytes: 2 });
    const frames = events.filter((e) => e.type === 'frame');
    // The noise becomes one candidate that fails to decode; both heartbeats still decode.
    expect(frames.map((e) => e.type === 'frame' && decodeFrame(e.frame).ok)).toEqual([true, false, true]);
  });

  it('drops an oversized candidate without buffering it, keeps its head, and goes on', () => {
    const f = new Jt808Framer();
    const huge = Buffer.alloc(MAX_ESCAPED_BYTES * 3, 0x11);
    const events = [...f.push(hex('7E')), ...f.push(huge), ...f.push(huge)];
    expect(events).toEqual([]);
    expect(f.bufferedBytes).toBe(0);
    const after = f.push(Buffer.concat([hex('7E'), HEARTBEAT]));
    expect(after[0]).toMatchObject({ type: 'error', reason: 'tooLarge', skippedBytes: huge.length * 2 });
    expect(after[0].type === 'error' && after[0].head?.length).toBe(48);
    expect(after.filter((e) => e.type === 'frame')).toHaveLength(1);
  });

  it('reports a frame cut off by the end of the stream', () => {
    const f = new Jt808Framer();
    f.push(HEARTBEAT.subarray(0, 8));
    expect(f.end()).toEqual([{ type: 'error', reason: 'truncated', skippedBytes: 7 }]);
  });

  it('hands over a frame intact even when the caller reuses its chunk buffer', () => {
    const f = new Jt808Framer();
    const chunk = Buffer.from(HEARTBEAT);
    const [e] = f.push(chunk);
    chunk.fill(0);
    expect(e.type === 'frame' && decodeFrame(e.frame).ok).toBe(true);
    expect(encodeFrame({ messageId: 2, edition: '2013', protocolVersion: 0, phone: '013800138000', serial: 1, encryption: 0 })).toEqual(
      HEARTBEAT,
    );
  });
});
