import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requestLanguage, type Language } from './language.js';

type Messages = Record<string, { 'zh-CN': string; en: string }>;

// Messages by error code; `{name}` placeholders are filled from the error's params.
const messages: Messages = {
  validation_failed: { 'zh-CN': '请求数据无效', en: 'The request is invalid' },
  invalid_json: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  body_too_large: { 'zh-CN': '请求体过大（上限 {limit} 字节）', en: 'The request body is too large (limit {limit} bytes)' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in' },
  forbidden: { 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  bad_origin: { 'zh-CN': '请求来源不被允许', en: 'The request origin is not allowed' },
  not_found: { 'zh-CN': '未找到', en: 'Not found' },
  route_not_found: { 'zh-CN': '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  conflict: { 'zh-CN': '与现有数据冲突', en: 'Conflicts with existing data' },
  invalid_credentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  too_many_attempts: { 'zh-CN': '登录失败次数过多，请 {seconds} 秒后再试', en: 'Too many failed sign-ins; try again in {seconds} s' },
  password_change_required: { 'zh-CN': '请先修改密码，再进行其他操作', en: 'Change your password before doing anything else' },
  rate_limited: { 'zh-CN': '请求过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} s' },
  internal: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  reference_unknown: { 'zh-CN': '引用的数据不存在', en: 'Refers to something that does not exist' },
  value_taken: { 'zh-CN': '该值已被使用', en: 'This value is already in use' },
  value_required: { 'zh-CN': '必填', en: 'Required' },
  value_not_allowed: { 'zh-CN': '取值不符合规则', en: 'This value is not allowed' },
  value_invalid: { 'zh-CN': '取值无效（格式、范围或长度不对）', en: 'Invalid value (format, range or length)' },
  unavailable: { 'zh-CN': '服务暂不可用', en: 'Service unavailable' },
  insufficient_scope: {
    'zh-CN': '应用令牌无权调用此接口（需要授权范围 {scope}）',
    en: 'This application token may not call this endpoint (scope needed: {scope})',
  },
  idempotency_key_reused: {
    'zh-CN': '该 Idempotency-Key 已用于另一个请求体',
    en: 'This Idempotency-Key was already used with a different request',
  },
  idempotency_in_progress: {
    'zh-CN': '使用该 Idempotency-Key 的请求仍在处理中，请稍后重试',
    en: 'A request with this Idempotency-Key is still being processed; retry later',
  },
  cursor_invalid: { 'zh-CN': '分页游标无效，请从第一页重新读取', en: 'Invalid cursor; start again from the first page' },
  idempotency_key_invalid: {
    'zh-CN': 'Idempotency-Key 应为 1–255 个可见 ASCII 字符',
    en: 'Idempotency-Key must be 1–255 visible ASCII characters',
  },
};

/**
 * Registers module-specific messages so every capability answers in the user's language. A code registered again
 * with a different text throws: otherwise the message a user sees would depend on which module was imported last.
 * The same text twice is accepted (a shared code such as `date_format` means the same thing wherever it is used).
 */
export function defineMessages(extra: Messages): void {
  for (const [code, text] of Object.entries(extra)) {
    const existing = messages[code];
    if (existing && (existing['zh-CN'] !== text['zh-CN'] || existing.en !== text.en)) {
      throw new Error(
        `defineMessages: code "${code}" is already defined as "${existing['zh-CN']}" / "${existing.en}"; ` +
          `prefix it with its module instead of redefining it as "${text['zh-CN']}" / "${text.en}"`,
      );
    }
    messages[code] = text;
  }
}

export function translate(code: string, lang: Language, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  const template = entry ? entry[lang] : code;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export type ErrorDetail = { path: string; code: string; message?: string; params?: Record<string, unknown> };

/** A failure the client can act on: an HTTP status, a stable code, and optional field details. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly details: ErrorDetail[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const conflict = (code = 'conflict', params: Record<string, unknown> = {}) => new AppError(409, code, params);
/** A 400 about one field, for rules zod cannot see (uniqueness of a name, a reference to a missing row). */
export const invalidField = (path: string, code: string, params: Record<string, unknown> = {}) =>
  new AppError(400, 'validation_failed', {}, [{ path, code, params }]);

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

/** Renders one zod issue in the user's language, keeping custom messages that are message codes. */
function issueMessage(issue: z.core.$ZodIssue, lang: Language): string {
  if (issue.message && messages[issue.message]) return translate(issue.message, lang, issue as never);
  const locale = lang === 'zh-CN' ? zhLocale : enLocale;
  const rendered = locale(issue as never);
  const text = typeof rendered === 'string' ? rendered : rendered?.message;
  return text ?? issue.message;
}

export function zodDetails(issues: z.core.$ZodIssue[], lang: Language, prefix?: string): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    code: issue.code,
    message: issueMessage(issue, lang),
  }));
}

/** Fastify validator compiler: parses with zod and keeps the raw issues for localisation. */
export function zodValidatorCompiler({ schema, httpPart }: { schema: unknown; httpPart?: string }) {
  const s = schema as z.ZodType;
  return (data: unknown) => {
    const result = s.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = new ValidationIssues(result.error.issues, httpPart);
    return { error };
  };
}

class ValidationIssues extends Error {
  validationContext?: string;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly httpPart?: string,
  ) {
    super('validation');
  }
}

function send(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: string,
  params: Record<string, unknown>,
  details: ErrorDetail[],
) {
  const lang = requestLanguage(req);
  const localisedDetails = details.map((d) => ({ path: d.path, code: d.code, message: d.message ?? translate(d.code, lang, d.params) }));
  return reply.status(status).send({ error: { code, message: translate(code, lang, params), details: localisedDetails } });
}

/** One error shape for the whole API: {"error":{"code","message","details"}} in zh-CN or en. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validation?: unknown; validationContext?: string }, req, reply) => {
    if (err instanceof AppError) {
      // A passing outage (object store): tell the client when to try again.
      const retryAfter = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      return send(reply, req, err.statusCode, err.code, err.params, err.details);
    }
    if (err instanceof ValidationIssues) {
      return send(reply, req, 400, 'validation_failed', {}, zodDetails(err.issues, requestLanguage(req)));
    }
    if (err.validation) {
      const details = (err.validation as Array<{ message?: string; instancePath?: string }>).map((v) => ({
        path: [err.validationContext, (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')].filter(Boolean).join('.'),
        code: 'invalid',
        message: v.message ?? '',
      }));
      return send(reply, req, 400, 'validation_failed', {}, details);
    }
    if (err instanceof z.ZodError) return send(reply, req, 400, 'validation_failed', {}, zodDetails(err.issues, requestLanguage(req)));
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, req, 400, 'invalid_json', {}, []);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, req, 413, 'body_too_large', { limit: req.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit }, []);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, req, 415, 'unsupported_media_type', {}, []);
      case 'FST_REQ_FILE_TOO_LARGE':
        return send(reply, req, 413, 'body_too_large', { limit: '' }, []);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, req, err.statusCode, err.statusCode === 404 ? 'not_found' : 'validation_failed', {}, [
        { path: '', code: err.code ?? 'invalid', message: err.message },
      ]);
    }
    const dbError = databaseErrorOf(err);
    const mapped = dbError && constraintViolation(dbError);
    if (mapped) {
      // A rule the schema did not see: the client's mistake, not ours. Logged without the statement's values.
      req.log.info(
        { sqlState: dbError.code, constraint: dbError.constraint, table: dbError.table },
        'request refused by a database constraint',
      );
      return send(reply, req, mapped.status, mapped.status === 409 ? 'conflict' : 'validation_failed', {}, [
        { path: mapped.path, code: mapped.code },
      ]);
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, req, 500, 'internal', {}, []);
  });
}

/** The driver's error (PGlite or node-postgres) behind a failed statement: Drizzle wraps it as the `cause`. */
type DatabaseError = Error & { code: string; constraint?: string; table?: string; column?: string; detail?: string };
function databaseErrorOf(err: unknown): DatabaseError | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in e) return e as unknown as DatabaseError;
  }
  return undefined;
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** The column a constraint error names: `column` when PostgreSQL fills it, else `Key (col)=(…)` in the detail (read, never echoed). */
function violatedField(e: DatabaseError): string {
  if (e.column) return camel(e.column);
  const key = /^Key \(([a-z0-9_]+)\)=/.exec(e.detail ?? '');
  return key ? camel(key[1]!) : '';
}

/**
 * SQLSTATEs that mean the request's data broke a rule (PostgreSQL appendix A): integrity violations (class 23) and data
 * exceptions on values (class 22) answer 400, a duplicate 409. Anything else stays a 500.
 */
function constraintViolation(e: DatabaseError): { status: 400 | 409; path: string; code: string } | undefined {
  switch (e.code) {
    case '23505':
      return { status: 409, path: violatedField(e), code: 'value_taken' };
    case '23503':
      return { status: 400, path: violatedField(e), code: 'reference_unknown' };
    case '23502':
      return { status: 400, path: violatedField(e), code: 'value_required' };
    case '23514':
    case '23P01':
      return { status: 400, path: violatedField(e), code: 'value_not_allowed' };
    case '22P02': // invalid text representation (e.g. not a uuid)
    case '22007': // invalid datetime format
    case '22008': // datetime field overflow (2026-02-30)
    case '22001': // string too long for the column
    case '22003': // numeric value out of range
    case '22021': // character not in repertoire (NUL in text)
    case '22P05': // untranslatable character (\u0000 or a lone surrogate in jsonb)
      return { status: 400, path: violatedField(e), code: 'value_invalid' };
  }
  return undefined;
}

// Properties of driver and Drizzle errors that carry the values of a failed statement (passwords, personal data).
const VALUE_CARRYING = new Set(['params', 'queryOptions', 'detail', 'where', 'internalQuery']);

/**
 * The `err` log serializer: like pino's, but a failed statement is logged with its SQL text and SQLSTATE and never its
 * parameter values (Drizzle puts them into the message as "params: …", the drivers into `params` and `detail`).
 */
export function errorForLog(err: Error): SerializedError {
  // Some callers log `{ err: err.message }`: a string keeps its SQL but loses its "params: …" line too.
  if (!(err instanceof Error)) return (typeof err === 'string' ? (err as string).split('\nparams:')[0] : err) as unknown as SerializedError;
  return serializeError(err, 0);
}

type SerializedError = { type: string; message: string; stack: string; [key: string]: unknown };
function serializeError(err: Error, depth: number): SerializedError {
  const message = err.message.split('\nparams:')[0]!;
  const atIndex = (err.stack ?? '').indexOf('\n    at ');
  const out: SerializedError = {
    type: err.constructor?.name ?? err.name,
    message,
    stack: atIndex >= 0 ? `${err.name}: ${message}${err.stack!.slice(atIndex)}` : message,
  };
  for (const [k, v] of Object.entries(err)) {
    if (VALUE_CARRYING.has(k) || k === 'cause' || k === 'message' || k === 'stack') continue;
    out[k] = v;
  }
  // Causes nest (Drizzle → driver); a bounded depth also ends a cycle.
  if (err.cause instanceof Error && depth < 4) out.cause = serializeError(err.cause, depth + 1);
  else if (err.cause !== undefined && !(err.cause instanceof Error)) out.cause = err.cause;
  return out;
}

export function sendRouteNotFound(req: FastifyRequest, reply: FastifyReply) {
  return send(reply, req, 404, 'route_not_found', { method: req.method, url: req.url.split('?')[0] }, []);
}
