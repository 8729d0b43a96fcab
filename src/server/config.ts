import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from './platform/spreadsheetImport.js';
import type { StorageSettings } from './platform/storage.js';

// Every setting comes from the environment and is validated once at start, so a typo fails loudly
// with the variable's name instead of surfacing later as a strange runtime error.
const port = (fallback: number) =>
  z.coerce.number().int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535').default(fallback);

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

// An address or CIDR block (proxy-addr's own names loopback, linklocal and uniquelocal too): which peers may set
// X-Forwarded-For / -Proto / -Host. Anyone else's forwarded headers are ignored, so a client cannot pick the address
// that login throttling, rate limits and the audit log see.
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
const proxyList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .superRefine((list, ctx) => {
    const bad = list.filter((e) => !isProxyEntry(e));
    if (bad.length)
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of IP addresses or CIDR blocks (e.g. 10.0.0.5,10.1.0.0/16); not: ${bad.join(', ')}`,
      });
  });

const envSchema = z.object({
  PORT: port(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GREENBUILD_ADMIN_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GREENBUILD_DEMO: flag,
  GREENBUILD_DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('Demo@2026'),
  PUBLIC_ORIGIN: z.string().url('must be a URL such as https://greenbuild.example.cn').optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  HJ212_PORT: port(9212),
  MQTT_PORT: port(1883),
  /** An HJ 212 connection must send a frame from a registered device within this many seconds. */
  HJ212_FIRST_FRAME_TIMEOUT_S: z.coerce.number().positive().max(3600).default(30),
  /** HJ 212 connections one address may hold before they authenticate (devices behind one NAT reconnecting at once). */
  HJ212_MAX_PENDING_PER_ADDRESS: z.coerce.number().int().min(1).default(64),
  /** HJ 212 connections one instance holds (a province: thousands of loggers); keep below the file-descriptor limit. */
  HJ212_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(12_000),
  /** JT/T 808 truck terminals (haulage tracking). */
  JT808_PORT: port(6808),
  /** A JT/T 808 connection must authenticate (0x0102) within this many seconds. */
  JT808_FIRST_FRAME_TIMEOUT_S: z.coerce.number().positive().max(3600).default(30),
  /** JT/T 808 connections one address may hold before they authenticate. */
  JT808_MAX_PENDING_PER_ADDRESS: z.coerce.number().int().min(1).default(64),
  MQTT_URL: z
    .string()
    .regex(/^mqtts?:\/\//, 'must be an mqtt:// or mqtts:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  BIM_UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024 * 1024),
  LEDGER_SIGNING_KEY: z
    .string()
    .startsWith('PRIVATE+KEY+', 'must be a signed-note private key (PRIVATE+KEY+name+hash+base64)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LEDGER_ORIGIN: z.string().min(1).optional(),
  TRUST_PROXY: proxyList,
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(120),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(20),
  TOKEN_MAX_DAYS: z.coerce.number().int('must be a whole number').min(1, 'must be 1–3650').max(3650, 'must be 1–3650').default(365),
  // Webhook deliveries (modules/webhooks): attempts in flight per instance, and per endpoint on one instance.
  WEBHOOK_CONCURRENCY: z.coerce.number().int('must be a whole number').min(1, 'must be 1–1000').max(1000, 'must be 1–1000').default(64),
  WEBHOOK_PER_ENDPOINT: z.coerce.number().int('must be a whole number').min(1, 'must be 1–100').max(100, 'must be 1–100').default(8),
  /** Listeners (HJ 212 TCP, MQTT) can be switched off for an API-only instance or a test. */
  GREENBUILD_LISTENERS: flag,
  // Excel imports (platform/spreadsheetImport.ts): archive limits checked before inflating, then a bounded worker.
  SPREADSHEET_MAX_ENTRIES: z.coerce.number().int().min(1).default(defaultSpreadsheetLimits.maxEntries),
  SPREADSHEET_MAX_ENTRY_BYTES: z.coerce.number().int().min(1024).default(defaultSpreadsheetLimits.maxEntryBytes),
  SPREADSHEET_MAX_TOTAL_BYTES: z.coerce.number().int().min(1024).default(defaultSpreadsheetLimits.maxTotalBytes),
  SPREADSHEET_MAX_RATIO: z.coerce.number().min(1).default(defaultSpreadsheetLimits.maxRatio),
  SPREADSHEET_MAX_CELLS: z.coerce.number().int().min(1).default(defaultSpreadsheetLimits.maxCells),
  SPREADSHEET_WORKER_HEAP_MB: z.coerce.number().int().min(16).default(defaultSpreadsheetLimits.workerHeapMb),
  SPREADSHEET_TIMEOUT_SECONDS: z.coerce
    .number()
    .positive()
    .default(defaultSpreadsheetLimits.timeoutMs / 1000),
  SPREADSHEET_CONCURRENCY: z.coerce.number().int().min(1).default(defaultSpreadsheetLimits.concurrency),
  /** E-mail notifications: smtp://user:pass@host:port (STARTTLS when offered) or smtps://… ; unset → no e-mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be smtp://host:port or smtps://host:port')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default('GreenBuild 绿色建造试点 <noreply@greenbuild.local>'),
  /** Days the event log keeps events for the change feed; an older cursor answers 410 cursor_expired. */
  EVENT_RETENTION_DAYS: z.coerce.number().int('must be a whole number').min(1, 'must be 1–3650').max(3650, 'must be 1–3650').default(30),
  // Object storage (platform/storage.ts): unset → files under DATA_DIR; s3://bucket/prefix → an S3-API store.
  STORAGE_URL: z
    .string()
    .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, 'must be s3://bucket or s3://bucket/prefix')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_ENDPOINT: z
    .string()
    .url('must be a URL such as http://minio:9000')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag,
  /** Files from this size on go to the store as a multipart upload. */
  STORAGE_MULTIPART_MB: z.coerce.number().int().min(5).max(5000).default(64),
  /** A background job's lease: an instance that stops renewing it for this long has its job taken over. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(3).max(3600).default(60),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  adminPassword?: string;
  demo: boolean;
  demoPassword: string;
  publicOrigin?: string;
  bodyLimitBytes: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleHours: number;
  hj212Port: number;
  hj212FirstFrameTimeoutMs: number;
  /** SMTP server for e-mail notifications; none → e-mail deliveries wait, shown as not configured. */
  smtpUrl?: string;
  mailFrom: string;
  hj212MaxPendingPerAddress: number;
  hj212MaxConnections: number;
  jt808Port: number;
  jt808FirstFrameTimeoutMs: number;
  jt808MaxPendingPerAddress: number;
  mqttPort: number;
  mqttUrl?: string;
  uploadLimitBytes: number;
  bimUploadLimitBytes: number;
  ledgerSigningKey?: string;
  ledgerOrigin?: string;
  listeners: boolean;
  spreadsheetImport: SpreadsheetLimits;
  /** Reverse proxies whose X-Forwarded-* headers are believed; empty = none (the TCP peer is the client). */
  trustProxy: string[];
  /** Requests per minute per client address on each anonymous route, and on the sign-in (429 beyond). */
  publicRateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** Longest lifetime of an API token; a token never lives for ever. */
  tokenMaxDays: number;
  /** Webhook delivery slots: per instance, and per endpoint so one slow receiver holds only its own. */
  webhooks: { concurrency: number; perEndpoint: number };
  /** Days the event log keeps events (EVENT_RETENTION_DAYS). */
  eventRetentionDays: number;
  storage: StorageSettings;
  jobLeaseSeconds: number;
  version: string;
};

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.GREENBUILD_ADMIN_PASSWORD,
    // The demo is on by default only for the embedded database; a real server must ask for it.
    demo: e.GREENBUILD_DEMO ?? !e.DATABASE_URL,
    demoPassword: e.GREENBUILD_DEMO_PASSWORD,
    publicOrigin: e.PUBLIC_ORIGIN,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    hj212Port: e.HJ212_PORT,
    hj212FirstFrameTimeoutMs: e.HJ212_FIRST_FRAME_TIMEOUT_S * 1000,
    hj212MaxPendingPerAddress: e.HJ212_MAX_PENDING_PER_ADDRESS,
    hj212MaxConnections: e.HJ212_MAX_CONNECTIONS,
    jt808Port: e.JT808_PORT,
    jt808FirstFrameTimeoutMs: e.JT808_FIRST_FRAME_TIMEOUT_S * 1000,
    jt808MaxPendingPerAddress: e.JT808_MAX_PENDING_PER_ADDRESS,
    mqttPort: e.MQTT_PORT,
    mqttUrl: e.MQTT_URL,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    bimUploadLimitBytes: e.BIM_UPLOAD_LIMIT_BYTES,
    ledgerSigningKey: e.LEDGER_SIGNING_KEY,
    ledgerOrigin: e.LEDGER_ORIGIN,
    listeners: e.GREENBUILD_LISTENERS ?? true,
    spreadsheetImport: {
      maxEntries: e.SPREADSHEET_MAX_ENTRIES,
      maxEntryBytes: e.SPREADSHEET_MAX_ENTRY_BYTES,
      maxTotalBytes: e.SPREADSHEET_MAX_TOTAL_BYTES,
      maxRatio: e.SPREADSHEET_MAX_RATIO,
      maxCells: e.SPREADSHEET_MAX_CELLS,
      workerHeapMb: e.SPREADSHEET_WORKER_HEAP_MB,
      timeoutMs: Math.round(e.SPREADSHEET_TIMEOUT_SECONDS * 1000),
      concurrency: e.SPREADSHEET_CONCURRENCY,
    },
    trustProxy: e.TRUST_PROXY,
    tokenMaxDays: e.TOKEN_MAX_DAYS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    publicRateLimitPerMinute: e.RATE_LIMIT_PUBLIC_PER_MINUTE,
    loginRateLimitPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE,
    webhooks: { concurrency: e.WEBHOOK_CONCURRENCY, perEndpoint: e.WEBHOOK_PER_ENDPOINT },
    storage: {
      url: e.STORAGE_URL,
      endpoint: e.S3_ENDPOINT,
      region: e.S3_REGION,
      accessKeyId: e.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY || undefined,
      // A custom endpoint (MinIO, Ceph) usually serves buckets as paths, not as host names.
      forcePathStyle: e.S3_FORCE_PATH_STYLE ?? !!e.S3_ENDPOINT,
      multipartBytes: e.STORAGE_MULTIPART_MB * 1024 * 1024,
    },
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    version: process.env.npm_package_version ?? '0.1.0',
  };
}
