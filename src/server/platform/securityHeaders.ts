import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../config.js';
import { AppError } from './errors.js';

/**
 * The Content-Security-Policy of every response (the web app, the API, the docs UI at /api/docs). Everything is served
 * from our own origin, so 'self' is the rule; each exception says what needs it:
 * - style-src 'unsafe-inline': Ant Design's CSS-in-JS injects <style> elements and ECharts / Ant Design set style
 *   attributes; scripts stay strict (no inline script, no eval), which is what stops injected markup from running.
 * - script-src 'wasm-unsafe-eval': lets a page compile WebAssembly (web-ifc, should the viewer load it in the browser),
 *   without allowing JavaScript eval.
 * - img-src data: blob:: QR codes (data: PNG), the favicon, the swagger UI's icons, canvas snapshots.
 * - worker-src blob:: bundlers and viewers start workers from blob: URLs.
 * - frame-ancestors 'none': no other site may frame the platform (clickjacking); X-Frame-Options says the same to
 *   older browsers.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/** Security headers on every response: CSP, X-Frame-Options, X-Content-Type-Options, Referrer-Policy and the rest of helmet's set. */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: the platform is often reached over plain HTTP on a LAN address.
      directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])),
    },
    frameguard: { action: 'deny' },
    // Same-origin pages keep their Referer (a fallback of the CSRF origin check); other sites learn nothing.
    referrerPolicy: { policy: 'same-origin' },
    // Only over HTTPS does a browser heed it; no includeSubDomains, since the operator's other hosts are not ours to pin.
    strictTransportSecurity: { maxAge: 180 * 86400, includeSubDomains: false },
    // The quality labels are printed from a window this page opens; 'same-origin' keeps that (same-origin) opener link.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Routes under access 'public' that keep no per-address limit, and why:
 * - the health check is polled by load balancers and monitors, which must never be told 429;
 * - device ingestion authenticates each device by its own token and has its own bounded write queue; many devices may
 *   share one address behind a site's gateway.
 */
const UNLIMITED_PUBLIC_ROUTES = new Set(['/api/health', '/api/ingest/readings']);
const LOGIN_ROUTE = '/api/auth/login';

/**
 * Per-address request limits on anonymous routes (public pages, the open data, the sign-in), answered 429 with
 * Retry-After and a message in the user's language. Counters are per instance (in memory), see docs/operations.md
 * "Request limits": a flood limit protects the instance that takes the flood, and counting each anonymous request in
 * the shared database would move the flood onto the database. Password guessing is limited separately, across all
 * instances, in PostgreSQL (auth/throttle.ts).
 */
export async function installRateLimits(
  app: FastifyInstance,
  config: Pick<Config, 'publicRateLimitPerMinute' | 'loginRateLimitPerMinute'>,
): Promise<void> {
  // Runs before the plugin's own onRoute hook (added below), so the plugin sees the limit on each public route.
  app.addHook('onRoute', (route) => {
    if (route.config?.access !== 'public' || route.config.rateLimit !== undefined || UNLIMITED_PUBLIC_ROUTES.has(route.url)) return;
    const max = route.url === LOGIN_ROUTE ? config.loginRateLimitPerMinute : config.publicRateLimitPerMinute;
    route.config = { ...route.config, rateLimit: { max, timeWindow: 60_000 } };
  });
  await app.register(rateLimit, {
    global: false,
    // One client is one address: req.ip, which honours X-Forwarded-For only from TRUST_PROXY.
    keyGenerator: (req) => req.ip,
    errorResponseBuilder: (_req, ctx) => new AppError(429, 'rate_limited', { seconds: Math.max(1, Math.ceil(ctx.ttl / 1000)) }),
  });
}
