import { describe, expect, it } from 'vitest';
import { escalationLevelAt, mayStopWork, noticeTransition, type NoticeAction } from './workflow.js';
import { noticeStatuses } from './tables.js';
import { exifCaptureTime, jpegWithExif, sniffImageType } from './exif.js';

describe('rectification notice state machine', () => {
  it('allows exactly issued→responded, reopened→responded, responded→closed and responded→reopened', () => {
    const allowed: string[] = [];
    for (const from of noticeStatuses) {
      for (const action of ['respond', 'close', 'reopen'] as NoticeAction[]) {
        const to = noticeTransition(from, action);
        if (to) allowed.push(`${from} -${action}-> ${to}`);
      }
    }
    expect(allowed).toEqual([
      'issued -respond-> responded',
      'responded -close-> closed',
      'responded -reopen-> reopened',
      'reopened -respond-> responded',
    ]);
  });

  it('escalates at the deadline, three days and seven days after it', () => {
    const deadline = new Date('2026-05-01T10:00:00+08:00');
    const at = (ms: number) => escalationLevelAt(deadline, new Date(deadline.getTime() + ms));
    expect(at(-1)).toBe(0);
    expect(at(0)).toBe(1);
    expect(at(3 * 86_400_000 - 1)).toBe(1);
    expect(at(3 * 86_400_000)).toBe(2);
    expect(at(7 * 86_400_000)).toBe(3);
    expect(at(70 * 86_400_000)).toBe(3);
  });

  it('lets only serious findings stop the works', () => {
    expect([mayStopWork('general'), mayStopWork('major'), mayStopWork('serious')]).toEqual([false, false, true]);
  });
});

describe('photo content checks', () => {
  it('recognises JPEG, PNG and WebP by their first bytes and nothing else', () => {
    expect(sniffImageType(jpegWithExif(null))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))).toBe('image/png');
    expect(sniffImageType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7 not a photo'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('GIF89a......'))).toBeNull();
  });

  it('reads DateTimeOriginal from EXIF as China time unless the camera wrote an offset', () => {
    expect(exifCaptureTime(jpegWithExif('2026:03:15 09:30:05'))?.toISOString()).toBe('2026-03-15T01:30:05.000Z');
    expect(exifCaptureTime(jpegWithExif('2026:03:15 09:30:05', '+09:00'))?.toISOString()).toBe('2026-03-15T00:30:05.000Z');
    expect(exifCaptureTime(jpegWithExif(null))).toBeNull();
    expect(exifCaptureTime(jpegWithExif('0000:00:00 00:00:00'))).toBeNull();
    expect(exifCaptureTime(jpegWithExif('garbage'))).toBeNull();
    // A truncated file must not throw.
    expect(exifCaptureTime(jpegWithExif('2026:03:15 09:30:05').subarray(0, 30))).toBeNull();
  });
});
