// Where stored files live (docs/decisions/0012-object-storage.md): one ObjectStore for every module's files —
// attachments, photos, evidence, import archives, IFC uploads, BIM geometry files and their gzip. STORAGE_URL unset →
// a directory (DATA_DIR, the embedded default, same layout as before); s3://bucket/prefix → any S3-API store (MinIO,
// 阿里云 OSS, 华为 OBS, Ceph RGW), so every instance reads every file. Uploads are staged and checked on the receiving
// instance first (size, type, hash), then stored whole; a file's database row is written only after its object is.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { AppError, defineMessages } from './errors.js';

defineMessages({
  object_storage_unavailable: {
    'zh-CN': '文件存储暂时不可用，请稍后重试',
    en: 'File storage is unavailable for the moment; please try again shortly',
  },
});

/** A stored object's size and when it was written. */
export type ObjectInfo = { key: string; size: number; lastModified: Date };

/** What every instance stores its files through. Keys are relative paths such as `bim/<project>/<model>.ifc`. */
export interface ObjectStore {
  readonly kind: 'local' | 's3';
  /** For messages and /api/health: the directory, or s3://bucket/prefix (never credentials). */
  readonly location: string;
  /** A directory on this instance for staging uploads and job inputs before they are stored (never shared). */
  readonly scratchDir: string;
  /** Stores a complete local file under `key` (replacing any object there); the file is consumed (moved or deleted). */
  putFile(key: string, file: string): Promise<void>;
  /** Streams an object, or null when there is none. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  /** Copies an object to a local file (for workers that read files); false when there is none. */
  getToFile(key: string, file: string): Promise<boolean>;
  head(key: string): Promise<ObjectInfo | null>;
  delete(key: string): Promise<void>;
  /** Every object under a key prefix. */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  /** The local store's file for a key (read in place instead of copied); undefined for a remote store. */
  localFile?(key: string): string;
  /** Throws StorageUnavailable when the store cannot be reached or written. */
  check(): Promise<void>;
  /** The last state seen by a call (for /api/health without a round trip on every probe). */
  readonly state: { available: boolean; checkedAt: number; error?: string };
}

/** The store could not be reached: 503 with Retry-After for a request; the caller's transaction has not started. */
export class StorageUnavailable extends AppError {
  readonly retryAfterSeconds = 30;
  constructor(override readonly cause: unknown) {
    super(503, 'object_storage_unavailable');
  }
}

export type StorageSettings = {
  /** s3://bucket/prefix, or undefined for the local directory. */
  url?: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Files at least this big are sent as a multipart upload. */
  multipartBytes: number;
};

export function openObjectStore(dataDir: string, settings: StorageSettings): ObjectStore {
  const scratch = path.join(dataDir, 'tmp');
  if (!settings.url) return new LocalObjectStore(dataDir, scratch);
  return new S3ObjectStore(settings, scratch);
}

const safeKey = (key: string) => {
  // Keys are made by our code, never by a client; a slip that would leave the root is a bug, not an input error.
  if (!key || key.startsWith('/') || key.split('/').some((s) => s === '..' || s === '')) throw new Error(`bad object key: ${key}`);
  return key;
};

export class LocalObjectStore implements ObjectStore {
  readonly kind = 'local' as const;
  readonly state = { available: true, checkedAt: Date.now() } as ObjectStore['state'];
  constructor(
    readonly root: string,
    readonly scratchDir: string,
  ) {}

  get location() {
    return this.root;
  }

  private file(key: string) {
    return path.join(this.root, safeKey(key));
  }

  localFile(key: string) {
    return this.file(key);
  }

  async putFile(key: string, file: string): Promise<void> {
    const target = this.file(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    try {
      // Scratch lives under the same DATA_DIR, so this is a rename: the object appears whole or not at all.
      await fs.promises.rename(file, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      const part = `${target}.${randomUUID()}.part`;
      await fs.promises.copyFile(file, part);
      await fs.promises.rename(part, target);
      await fs.promises.rm(file, { force: true });
    }
  }

  async get(key: string) {
    const file = this.file(key);
    try {
      const st = await fs.promises.stat(file);
      if (!st.isFile()) return null;
      return { body: fs.createReadStream(file), size: st.size };
    } catch {
      return null;
    }
  }

  async getToFile(key: string, file: string): Promise<boolean> {
    try {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.copyFile(this.file(key), file);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    try {
      const st = await fs.promises.stat(this.file(key));
      return st.isFile() ? { key, size: st.size, lastModified: st.mtime } : null;
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const start = path.join(this.root, prefix);
    const walk = async function* (dir: string, root: string): AsyncIterable<ObjectInfo> {
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) yield* walk(full, root);
        else if (e.isFile() && !e.name.endsWith('.part')) {
          const st = await fs.promises.stat(full).catch(() => null);
          if (st) yield { key: path.relative(root, full).split(path.sep).join('/'), size: st.size, lastModified: st.mtime };
        }
      }
    };
    yield* walk(start, this.root);
  }

  async check(): Promise<void> {
    try {
      await fs.promises.mkdir(this.scratchDir, { recursive: true });
      await fs.promises.access(this.root, fs.constants.W_OK);
      Object.assign(this.state, { available: true, checkedAt: Date.now(), error: undefined });
    } catch (err) {
      Object.assign(this.state, { available: false, checkedAt: Date.now(), error: (err as Error).message });
      throw new StorageUnavailable(err);
    }
  }
}

/** s3://bucket/optional/prefix → bucket and prefix ('' or ending in '/'). */
export function parseStorageUrl(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!m) throw new Error(`STORAGE_URL must look like s3://bucket/prefix, not ${url}`);
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket: m[1]!, prefix: prefix ? `${prefix}/` : '' };
}

const statusOf = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
const isMissing = (err: unknown) => {
  const name = (err as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(err) === 404;
};
// Refused credentials or a missing bucket are configuration mistakes, but to a user they mean the same: the files
// cannot be stored now. Everything that is not "this object does not exist" is the store being unavailable.
const unavailable = (err: unknown) => (err instanceof StorageUnavailable ? err : new StorageUnavailable(err));

export class S3ObjectStore implements ObjectStore {
  readonly kind = 's3' as const;
  readonly state = { available: true, checkedAt: 0 } as ObjectStore['state'];
  readonly client: S3Client;
  readonly bucket: string;
  readonly prefix: string;
  readonly location: string;

  constructor(
    private readonly settings: StorageSettings,
    readonly scratchDir: string,
  ) {
    const { bucket, prefix } = parseStorageUrl(settings.url!);
    this.bucket = bucket;
    this.prefix = prefix;
    this.location = `s3://${bucket}/${prefix}`;
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
      // Only the checksums S3 requires: many S3-compatible stores do not speak the newer streaming trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      // A store that does not answer must not hold a request (or a start) for minutes.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
    });
  }

  private k(key: string) {
    return this.prefix + safeKey(key);
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      const out = await run();
      if (!this.state.available) Object.assign(this.state, { available: true, checkedAt: Date.now(), error: undefined });
      return out;
    } catch (err) {
      if (isMissing(err)) throw err;
      Object.assign(this.state, { available: false, checkedAt: Date.now(), error: (err as Error).message });
      throw unavailable(err);
    }
  }

  async putFile(key: string, file: string): Promise<void> {
    const Key = this.k(key);
    const { size } = await fs.promises.stat(file);
    await this.call(async () => {
      if (size < this.settings.multipartBytes) {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: fs.createReadStream(file), ContentLength: size }));
      } else {
        // Large IFC files: parts of 16 MB, four in flight, each retried on its own; an aborted upload leaves no object.
        await new Upload({
          client: this.client,
          params: { Bucket: this.bucket, Key, Body: fs.createReadStream(file) },
          partSize: 16 * 1024 * 1024,
          queueSize: 4,
          leavePartsOnError: false,
        }).done();
      }
    });
    await fs.promises.rm(file, { force: true });
  }

  async get(key: string) {
    const Key = this.k(key);
    try {
      const out = await this.call(() => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key })));
      return { body: out.Body as Readable, size: Number(out.ContentLength ?? 0) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async getToFile(key: string, file: string): Promise<boolean> {
    const got = await this.get(key);
    if (!got) return false;
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const part = `${file}.${randomUUID()}.part`;
    try {
      await this.call(() => pipeline(got.body, fs.createWriteStream(part)));
      await fs.promises.rename(part, file);
    } finally {
      await fs.promises.rm(part, { force: true });
    }
    return true;
  }

  async head(key: string): Promise<ObjectInfo | null> {
    const Key = this.k(key);
    try {
      const out = await this.call(() => this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key })));
      return { key, size: Number(out.ContentLength ?? 0), lastModified: out.LastModified ?? new Date(0) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.k(key);
    try {
      await this.call(() => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key })));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    let token: string | undefined;
    do {
      const out = await this.call(() =>
        this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix + prefix, ContinuationToken: token, MaxKeys: 1000 }),
        ),
      );
      for (const o of out.Contents ?? [])
        if (o.Key) yield { key: o.Key.slice(this.prefix.length), size: Number(o.Size ?? 0), lastModified: o.LastModified ?? new Date(0) };
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  async check(): Promise<void> {
    await fs.promises.mkdir(this.scratchDir, { recursive: true });
    await this.call(() => this.client.send(new HeadBucketCommand({ Bucket: this.bucket })));
    Object.assign(this.state, { available: true, checkedAt: Date.now(), error: undefined });
  }
}

/** A scratch file path on this instance (staging an upload, a job's input); the caller removes it. */
export function scratchFile(objects: ObjectStore, name: string): string {
  fs.mkdirSync(objects.scratchDir, { recursive: true });
  return path.join(objects.scratchDir, `${randomUUID()}-${name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}`);
}

/**
 * Who owns the objects under a key prefix: given keys found in the store, says which of them a database row still
 * names. The orphan sweep deletes the others once they are old enough not to be an upload whose row is committing.
 */
export type ObjectKeyspace = { prefix: string; referenced(keys: string[]): Promise<Set<string>> };

export class ObjectKeyspaces {
  readonly all: ObjectKeyspace[] = [];
  register(space: ObjectKeyspace): void {
    this.all.push(space);
  }
}

/** Deletes objects no row names, older than `graceMs`; returns how many went. */
export async function sweepOrphans(objects: ObjectStore, spaces: ObjectKeyspaces, graceMs: number): Promise<number> {
  const before = Date.now() - graceMs;
  let removed = 0;
  for (const space of spaces.all) {
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const keep = await space.referenced(batch);
      for (const key of batch) {
        if (keep.has(key)) continue;
        await objects.delete(key);
        removed++;
      }
      batch = [];
    };
    for await (const o of objects.list(space.prefix)) {
      if (o.lastModified.getTime() > before) continue;
      batch.push(o.key);
      if (batch.length >= 500) await flush();
    }
    await flush();
  }
  return removed;
}
