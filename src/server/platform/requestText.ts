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

type Node = { v: unknown; key: string; parent: Node | null };
const pathOf = (n: Node | null): string => {
  const keys: string[] = [];
  for (let p = n; p && p.parent; p = p.parent) keys.push(p.key);
  return keys.reverse().join('.');
};

/** Field paths (dot-joined, as zod details are) of strings or keys holding NUL or a lone surrogate; at most `limit`. */
export function badTextPaths(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  // Iterative, so a deeply nested body cannot overflow the stack; a node keeps only its key and parent (an 8 MB ingest
  // batch is hundreds of thousands of nodes), and a path is spelled out only for a value that is refused.
  const stack: Node[] = [{ v: value, key: '', parent: null }];
  while (stack.length && found.length < limit) {
    const node = stack.pop()!;
    const v = node.v;
    if (typeof v === 'string') {
      if (isBadText(v)) found.push(pathOf(node));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), parent: node });
    } else if (isPlainRecord(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (isBadText(k)) found.push(pathOf({ v: null, key: k, parent: node }));
        else stack.push({ v: v[k], key: k, parent: node });
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
