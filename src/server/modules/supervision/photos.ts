import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import type { ObjectStore } from '../../platform/storage.js';
import { exifCaptureTime, HEAD_BYTES, imageExtensions, sniffImageType, type ImageType } from './exif.js';

/** A photo received into a scratch file, stored in the object store before the transaction that records it. */
export type StagedPhoto = {
  id: string;
  tempPath: string;
  /** Its object key (supervision/photos/<month>/<id>.<ext>), kept in the row's storage_path. */
  storedPath: string;
  contentType: ImageType;
  sizeBytes: number;
  sha256: string;
  originalName: string | null;
  capturedAt: Date;
  capturedSource: 'exif' | 'client' | 'received';
};

export const PHOTO_ROOT = 'supervision';
export const MAX_PHOTOS_PER_REQUEST = 12;

/**
 * Receives the photos of one request. Nothing is half-stored: bytes go to this instance's scratch directory first;
 * `commit()` (called before the transaction that writes the rows) stores them in the object store, and `discard()`
 * (called on any failure, including a failed transaction) removes scratch files and objects already stored.
 */
export class PhotoStaging {
  readonly staged: StagedPhoto[] = [];
  private readonly committed: string[] = [];
  constructor(private readonly objects: ObjectStore) {}

  private get tmpDir() {
    return this.objects.scratchDir;
  }

  /** Streams one multipart file part to a temporary file, checking its type by content and its size. */
  async receive(
    part: { file: NodeJS.ReadableStream & { truncated?: boolean }; filename?: string },
    limitBytes: number,
  ): Promise<StagedPhoto> {
    fs.mkdirSync(this.tmpDir, { recursive: true });
    const id = randomUUID();
    const tempPath = path.join(this.tmpDir, `${id}.part`);
    // Registered before any byte is written, so a failure mid-stream still removes the file.
    const entry: Partial<StagedPhoto> & { tempPath: string } = { tempPath };
    this.staged.push(entry as StagedPhoto);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let type: ImageType | null | undefined;
    // Once the bytes are known not to be an image, the rest is read and dropped so the client still gets a clean answer.
    const inspect = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        if (type === undefined && head.length >= 12) type = sniffImageType(head);
        if (type === null) return done();
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        if (type === undefined) type = sniffImageType(head);
        done();
      },
    });
    await pipeline(part.file, inspect, fs.createWriteStream(tempPath));
    if (part.file.truncated)
      throw new AppError(413, 'photo_too_large', { limitMb: (limitBytes / 1048576).toFixed(0), name: part.filename ?? '' });
    if (!type)
      throw new AppError(400, 'validation_failed', {}, [
        { path: 'photos', code: 'photo_not_image', params: { name: part.filename ?? '' } },
      ]);
    const exifTime = type === 'image/jpeg' ? exifCaptureTime(head) : null;
    Object.assign(entry, {
      id,
      storedPath: path.posix.join(PHOTO_ROOT, 'photos', new Date().toISOString().slice(0, 7), `${id}.${imageExtensions[type]}`),
      contentType: type,
      sizeBytes: size,
      sha256: hash.digest('hex'),
      originalName: part.filename ? part.filename.slice(0, 200) : null,
      capturedAt: exifTime ?? new Date(),
      capturedSource: exifTime ? 'exif' : 'received',
    } satisfies Omit<StagedPhoto, 'tempPath'>);
    return entry as StagedPhoto;
  }

  /** Applies the client's File.lastModified (ms) to photos without an EXIF capture time, in upload order. */
  applyClientTimes(times: Array<number | undefined>): void {
    this.staged.forEach((p, i) => {
      const ms = times[i];
      if (p.capturedSource === 'exif' || ms === undefined || !Number.isFinite(ms)) return;
      const at = new Date(ms);
      // A clock far in the future or before digital cameras is not a capture time.
      if (at.getTime() > Date.now() + 86_400_000 || at.getUTCFullYear() < 2000) return;
      p.capturedAt = at;
      p.capturedSource = 'client';
    });
  }

  /** Stores every staged photo in the object store; call before the transaction that records them. */
  async commit(): Promise<void> {
    for (const p of this.staged) {
      await this.objects.putFile(p.storedPath, p.tempPath);
      this.committed.push(p.storedPath);
    }
  }

  /** Removes scratch files and any object already stored; safe to call more than once. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map((p) => fs.promises.rm(p.tempPath, { force: true })));
    // An object the store cannot delete now is removed by the orphan sweep (no row names it).
    await Promise.all(this.committed.map((key) => this.objects.delete(key).catch(() => undefined)));
  }
}

/**
 * Fields and photos of a multipart request; the photos are staged, the fields returned as strings (repeated → array).
 * The multipart plugin must be registered with throwFileSizeLimit: false, so an oversized photo is read to its end
 * (truncated) and answered with a clear 413 instead of a reset connection.
 */
export async function readPhotoForm(
  req: FastifyRequest,
  staging: PhotoStaging,
  limitBytes: number,
): Promise<Record<string, string | string[]>> {
  if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type');
  const fields: Record<string, string | string[]> = {};
  const parts = req.parts({ limits: { fileSize: limitBytes, files: MAX_PHOTOS_PER_REQUEST, fields: 50, fieldSize: 64 * 1024 } });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== 'photos') {
        part.file.resume();
        throw new AppError(400, 'validation_failed', {}, [{ path: part.fieldname, code: 'unexpected_file' }]);
      }
      await staging.receive(part, limitBytes);
    } else {
      const value = String(part.value ?? '');
      const prev = fields[part.fieldname];
      fields[part.fieldname] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return fields;
}

/** A multipart field that may be sent once or repeated, as an array. */
export const listField = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
