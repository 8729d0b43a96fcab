// A real S3-protocol server for tests, the cluster test and the bench: s3rver (npm), on a free port, its objects in a
// temporary directory. Not a mock of our code: the AWS SDK talks HTTP + SigV4 to it as to MinIO or OSS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';

export type S3Server = {
  endpoint: string;
  port: number;
  bucket: string;
  /** The environment an instance needs to store its files there (STORAGE_URL with `prefix`, endpoint, credentials). */
  env(prefix?: string): Record<string, string>;
  /** Stops answering (for outage tests); `start` brings it back on the same port with the same objects. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

export async function startS3Server(opts: { bucket?: string; port?: number } = {}): Promise<S3Server> {
  const bucket = opts.bucket ?? 'greenbuild';
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-s3rver-'));
  const make = (port: number) =>
    new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  let server = make(opts.port ?? 0);
  const info = (await server.run()) as AddressInfo;
  const port = info.port;
  const endpoint = `http://127.0.0.1:${port}`;
  let running = true;
  return {
    endpoint,
    port,
    bucket,
    env: (prefix = 'test') => ({
      STORAGE_URL: `s3://${bucket}/${prefix}`,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      // s3rver's fixed development credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    }),
    async stop() {
      if (!running) return;
      running = false;
      await server.close();
    },
    async start() {
      if (running) return;
      server = make(port);
      await server.run();
      running = true;
    },
    async close() {
      if (running) await server.close();
      running = false;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
