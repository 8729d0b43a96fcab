import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { LookupFunction } from 'node:net';

/**
 * Requests GreenBuild sends to addresses its users typed in (webhook endpoints, later SMS / WeChat gateways).
 * A user-supplied URL must never reach the instance itself, the private network or a cloud metadata service
 * (SSRF): the host is checked when the URL is accepted AND the address the socket actually connects to is checked
 * again at connect time (a custom `lookup`), so a name that resolves to a public address when saved and to
 * 127.0.0.1 later (DNS rebinding) still fails. Redirects are never followed; the answer is capped in size and time.
 */

/** What an address is, for the outbound rules. */
export type AddressKind =
  | 'public'
  | 'private' // RFC 1918, IPv6 unique-local / site-local
  | 'loopback'
  | 'cgnat' // 100.64.0.0/10 (shared address space)
  | 'linkLocal'
  | 'metadata' // cloud instance metadata (169.254.169.254, Alibaba 100.100.100.200, AWS fd00:ec2::254)
  | 'multicast'
  | 'unspecified'
  | 'reserved'; // broadcast, documentation, benchmarking, 240/4, IETF protocol assignments, discard

/** Kinds an administrator's explicit allowance opens (an on-premise partner); the others are never reachable. */
const ALLOWED_WITH_PRIVATE = new Set<AddressKind>(['private', 'loopback', 'cgnat']);

export type OutboundPolicy = {
  /** An admin allowed this destination to be on a private network (and on ports 8000–9999). */
  allowPrivate: boolean;
};

/** Why a destination is refused; the codes are message codes the caller can show (see webhooks/messages.ts). */
export type OutboundRefusal =
  | 'outbound_url_invalid'
  | 'outbound_scheme'
  | 'outbound_credentials'
  | 'outbound_port'
  | 'outbound_address_private'
  | 'outbound_address_forbidden';

export class OutboundRefusedError extends Error {
  constructor(
    readonly code: OutboundRefusal,
    readonly address?: string,
  ) {
    super(`outbound request refused: ${code}${address ? ` (${address})` : ''}`);
    this.name = 'OutboundRefusedError';
  }
}

/**
 * An IPv4 literal in any spelling a resolver or URL parser accepts (WHATWG URL "IPv4 parser" and inet_aton):
 * 1 to 4 dot-separated parts, each decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes,
 * so `2130706433`, `0177.0.0.1`, `0x7f.1` and `127.1` all mean 127.0.0.1. Null when it is not a number literal.
 */
export function parseIpv4Literal(host: string): number[] | null {
  const text = host.endsWith('.') ? host.slice(0, -1) : host;
  const parts = text.split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => p === '')) return null;
  const values: number[] = [];
  for (const part of parts) {
    let v: number;
    if (/^0x[0-9a-f]*$/i.test(part)) v = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) v = parseInt(part.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) v = parseInt(part, 10);
    else return null;
    if (!Number.isFinite(v)) return null;
    values.push(v);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255)) return null;
  if (last >= 256 ** (4 - values.length)) return null;
  const bytes = [...values];
  for (let i = 3 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

/** An IPv6 literal (with or without brackets, zone id ignored) as 16 bytes, or null. */
export function parseIpv6Literal(host: string): number[] | null {
  let text = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  text = text.split('%')[0]!;
  if (!net.isIPv6(text)) return null;
  // A trailing dotted IPv4 (::ffff:127.0.0.1) becomes two hex groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const b = dotted[1]!.split('.').map(Number);
    text = text.slice(0, -dotted[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  if (groups.length !== 8) return null;
  return groups.flatMap((g) => {
    const v = parseInt(g, 16);
    return [v >> 8, v & 0xff];
  });
}

function inV4(b: number[], base: [number, number, number, number], bits: number): boolean {
  const ip = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const net = ((base[0] << 24) | (base[1] << 16) | (base[2] << 8) | base[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (ip & mask) === (net & mask);
}

export function classifyIpv4(b: number[]): AddressKind {
  if (inV4(b, [169, 254, 169, 254], 32) || inV4(b, [100, 100, 100, 200], 32)) return 'metadata';
  if (inV4(b, [0, 0, 0, 0], 8)) return 'unspecified';
  if (inV4(b, [127, 0, 0, 0], 8)) return 'loopback';
  if (inV4(b, [10, 0, 0, 0], 8) || inV4(b, [172, 16, 0, 0], 12) || inV4(b, [192, 168, 0, 0], 16)) return 'private';
  if (inV4(b, [100, 64, 0, 0], 10)) return 'cgnat';
  if (inV4(b, [169, 254, 0, 0], 16)) return 'linkLocal';
  if (inV4(b, [224, 0, 0, 0], 4)) return 'multicast';
  if (
    inV4(b, [240, 0, 0, 0], 4) || // includes 255.255.255.255
    inV4(b, [192, 0, 0, 0], 24) ||
    inV4(b, [192, 0, 2, 0], 24) ||
    inV4(b, [198, 18, 0, 0], 15) ||
    inV4(b, [198, 51, 100, 0], 24) ||
    inV4(b, [203, 0, 113, 0], 24)
  )
    return 'reserved';
  return 'public';
}

export function classifyIpv6(b: number[]): AddressKind {
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zero(0, 16)) return 'unspecified';
  if (zero(0, 15) && b[15] === 1) return 'loopback';
  // IPv4 carried inside IPv6 is judged as the IPv4 address it reaches: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d,
  // SIIT ::ffff:0:a.b.c.d, NAT64 64:ff9b::a.b.c.d, and 6to4 2002:AABB:CCDD::.
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return classifyIpv4(b.slice(12));
  if (zero(0, 12)) return classifyIpv4(b.slice(12));
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && zero(10, 12)) return classifyIpv4(b.slice(12));
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(4, 12)) return classifyIpv4(b.slice(12));
  if (b[0] === 0x20 && b[1] === 0x02) {
    const inner = classifyIpv4(b.slice(2, 6));
    if (inner !== 'public') return inner;
  }
  // fd00:ec2::254 (AWS instance metadata over IPv6)
  if (b[0] === 0xfd && b[1] === 0x00 && b[2] === 0x0e && b[3] === 0xc2 && zero(4, 14) && b[14] === 0x02 && b[15] === 0x54)
    return 'metadata';
  if (b[0] === 0xff) return 'multicast';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'linkLocal';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'private'; // deprecated site-local
  if ((b[0]! & 0xfe) === 0xfc) return 'private'; // unique-local fc00::/7
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'reserved'; // documentation
  if (b[0] === 0x01 && b[1] === 0x00 && zero(2, 8)) return 'reserved'; // discard-only 100::/64
  return 'public';
}

/** The kind of a literal address in any spelling, or null when `host` is a name (to be resolved). */
export function classifyHostLiteral(host: string): AddressKind | null {
  const v6 = parseIpv6Literal(host);
  if (v6) return classifyIpv6(v6);
  const v4 = parseIpv4Literal(host);
  if (v4) return classifyIpv4(v4);
  return null;
}

/** Whether the policy lets a request reach an address of this kind; the refusal code otherwise. */
export function addressRefusal(kind: AddressKind, policy: OutboundPolicy): OutboundRefusal | null {
  if (kind === 'public') return null;
  if (ALLOWED_WITH_PRIVATE.has(kind)) return policy.allowPrivate ? null : 'outbound_address_private';
  return 'outbound_address_forbidden';
}

/**
 * Checks a destination URL before it is saved or used: http(s) only, no user:password, port 80/443 (or 8000–9999
 * with the private allowance), and a literal address must be allowed by the policy. A host name is checked again,
 * address by address, when the request connects.
 */
export function checkOutboundUrl(raw: string, policy: OutboundPolicy): { ok: true; url: URL } | { ok: false; code: OutboundRefusal } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, code: 'outbound_url_invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'outbound_scheme' };
  if (url.username || url.password) return { ok: false, code: 'outbound_credentials' };
  if (!url.hostname) return { ok: false, code: 'outbound_url_invalid' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const portOk = port === 80 || port === 443 || (policy.allowPrivate && port >= 8000 && port <= 9999);
  if (!portOk) return { ok: false, code: 'outbound_port' };
  const kind = classifyHostLiteral(url.hostname);
  if (kind) {
    const refusal = addressRefusal(kind, policy);
    if (refusal) return { ok: false, code: refusal };
  } else if (/^(localhost|.*\.localhost|.*\.local|.*\.internal)\.?$/i.test(url.hostname) && !policy.allowPrivate) {
    // Names that by convention never leave the host or the site.
    return { ok: false, code: 'outbound_address_private' };
  }
  return { ok: true, url };
}

type LookupAddress = { address: string; family: number };

/** A `lookup` for the socket that resolves the name and refuses the connection if any answer is not allowed. */
export function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      for (const a of addresses) {
        const kind = classifyHostLiteral(a.address) ?? 'reserved';
        const refusal = addressRefusal(kind, policy);
        if (refusal) return callback(new OutboundRefusedError(refusal, a.address));
      }
      if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as LookupFunction;
}

export type OutboundRequest = {
  url: string;
  method?: 'POST' | 'GET';
  headers?: Record<string, string>;
  body?: string | Buffer;
  policy: OutboundPolicy;
  /** Whole exchange: connect, send, headers and the part of the body we read (default 15 s). */
  timeoutMs?: number;
  /** Bytes of the answer kept; reading stops there and the connection is dropped (default 64 KiB). */
  maxResponseBytes?: number;
};

export type OutboundResult = {
  /** HTTP status, when one arrived. */
  status: number | null;
  headers: http.IncomingHttpHeaders;
  /** The start of the answer's body (up to maxResponseBytes), as text. */
  body: string;
  /** The answer was longer than what was kept. */
  truncated: boolean;
  /** Why no status arrived (or why the exchange was cut): refused_address, timeout, connect_failed, … */
  error: string | null;
  /** Message of the underlying failure, for the delivery log. */
  errorMessage: string | null;
  latencyMs: number;
};

// Separate agents so a kept-alive socket opened under the private allowance is never reused for a request without it.
const agents = {
  http: { open: new http.Agent({ keepAlive: true, maxSockets: 64 }), strict: new http.Agent({ keepAlive: true, maxSockets: 64 }) },
  https: { open: new https.Agent({ keepAlive: true, maxSockets: 64 }), strict: new https.Agent({ keepAlive: true, maxSockets: 64 }) },
};

/**
 * Sends one request under the outbound rules and never throws: a refused address, a timeout, a reset or an
 * oversized answer come back as a result. 3xx answers are returned as they are (never followed).
 */
export function sendOutbound(req: OutboundRequest): Promise<OutboundResult> {
  const started = performance.now();
  const timeoutMs = req.timeoutMs ?? 15_000;
  const maxBytes = req.maxResponseBytes ?? 64 * 1024;
  const result = (r: Partial<OutboundResult>): OutboundResult => ({
    status: null,
    headers: {},
    body: '',
    truncated: false,
    error: null,
    errorMessage: null,
    latencyMs: Math.round(performance.now() - started),
    ...r,
  });
  const checked = checkOutboundUrl(req.url, req.policy);
  if (!checked.ok) return Promise.resolve(result({ error: 'refused_address', errorMessage: checked.code }));
  const url = checked.url;
  const isHttps = url.protocol === 'https:';
  const mod = isHttps ? https : http;
  const agent = (isHttps ? agents.https : agents.http)[req.policy.allowPrivate ? 'open' : 'strict'];

  return new Promise<OutboundResult>((resolve) => {
    let settled = false;
    let status: number | null = null;
    let headers: http.IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    let kept = 0;
    let truncated = false;
    const finish = (r: Partial<OutboundResult>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result({ status, headers, body: Buffer.concat(chunks).toString('utf8'), truncated, ...r }));
      // Whatever is left of the answer is not read: the socket goes.
      request.destroy();
    };
    const request = mod.request(
      url,
      {
        method: req.method ?? 'POST',
        headers: { 'user-agent': 'GreenBuild-Webhooks/1', ...req.headers },
        agent,
        lookup: guardedLookup(req.policy),
      },
      (res) => {
        status = res.statusCode ?? null;
        headers = res.headers;
        res.on('data', (chunk: Buffer) => {
          const room = maxBytes - kept;
          if (chunk.length >= room) {
            chunks.push(chunk.subarray(0, room));
            kept = maxBytes;
            truncated = true;
            finish({});
            return;
          }
          chunks.push(chunk);
          kept += chunk.length;
        });
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result({ status, headers, body: Buffer.concat(chunks).toString('utf8'), truncated }));
        });
        res.on('error', (err) => finish({ error: status ? null : 'connect_failed', errorMessage: err.message }));
        res.on('aborted', () => finish({ errorMessage: 'answer aborted' }));
      },
    );
    const timer = setTimeout(
      () => finish(status === null ? { error: 'timeout', errorMessage: `no answer in ${timeoutMs} ms` } : { truncated: true }),
      timeoutMs,
    );
    request.on('error', (err) => {
      if (err instanceof OutboundRefusedError || (err as { cause?: unknown }).cause instanceof OutboundRefusedError) {
        finish({ error: 'refused_address', errorMessage: (err as OutboundRefusedError).code ?? err.message });
      } else finish({ error: status === null ? 'connect_failed' : null, errorMessage: err.message });
    });
    request.end(req.body);
  });
}
