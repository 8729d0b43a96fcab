// One check over every request's body, query and path parameters: PostgreSQL text cannot hold NUL (0x00), and a lone
// UTF-16 surrogate has no UTF-8 form (jsonb refuses the escape; text silently turns it into U+FFFD). Refusing both here,
// before any schema or store sees the value, answers 400 with the field path instead of a 500 from the database.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, defineMessages, type ErrorDetail } from './errors.js';

defineMessages({
  text_invalid_character: {
    'zh-CN': '含有不允许的字符（空字符 NUL 或不成对的 UTF-16 代理项）',
    en: 'Contains a character that is not allowed (NUL or an unpaired UTF-16 surrogate)',
  },
});

const NUL = '\u0000';
// A high surrogate not followed by a low one, or a low one not preceded by a high one (String#isWellFormed is ES2024).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isBadText = (s: string) => s.includes(NUL) || LONE_SURROGATE.test(s);

// Parsed JSON and query objects (the query parser's have a null-based prototype); not buffers or streams.
const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  Object.prototype.toString.call(v) === '[object Object]' && typeof (v as { pipe?: unknown }).pipe !== 'function';

/** Field paths (dot-joined, as zod details are) of strings or keys holding NUL or a lone surrogate; at most `limit`. */
export function badTextPaths(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: Array<{ v: unknown; path: string[] }> = [{ v: value, path: [] }];
  while (stack.length && found.length < limit) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (isBadText(v)) found.push(path.join('.'));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, String(i)] });
    } else if (isPlainRecord(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        if (isBadText(k)) found.push([...path, k].join('.'));
        else stack.push({ v: child, path: [...path, k] });
      }
    }
  }
  return found;
}

/** Adds the check to every route (call before the capability modules register). */
export function installRequestTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    // Buffers and streams (uploads) are not text; multipart fields are read by their routes and meet the database's own check.
    const parts = [req.params, req.query, req.body];
    const details: ErrorDetail[] = [];
    for (const part of parts) for (const path of badTextPaths(part)) details.push({ path, code: 'text_invalid_character' });
    if (details.length) throw new AppError(400, 'validation_failed', {}, details);
  });
}
