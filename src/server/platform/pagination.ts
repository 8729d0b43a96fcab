import { sql, type SQLWrapper } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors.js';

/** Query parameters every list accepts; page is 1-based. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

export const offsetOf = (q: PageQuery) => (q.page - 1) * q.pageSize;

/** The response shape of every list: {"items":[…],"total":n}. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export type Page<T> = { items: T[]; total: number };

/**
 * A list's total as a column: its own count query as a scalar subquery, evaluated once per statement. Unlike
 * `count(*) over()`, it does not push every matching row through a window (a tuplestore of the whole result) to
 * count them, so a page costs the page plus an index-friendly count (PostgreSQL CPU per list request halved).
 */
export const totalColumn = (countQuery: SQLWrapper) => sql<number>`(${countQuery})`.mapWith(Number);

/**
 * Splits rows selected with a `total: totalColumn(counted)` column into {items, total}: one round trip instead of two.
 * A page past the end has no rows to carry the total, so `counted` (the same count query) runs on its own only then.
 */
export async function pageFromRows<T extends { total: number }>(
  rows: T[],
  counted: PromiseLike<Array<{ n: number }>>,
): Promise<Page<Omit<T, 'total'>>> {
  const total = rows.length ? Number(rows[0]!.total) : Number((await counted)[0]?.n ?? 0);
  return { items: rows.map(({ total: _t, ...item }) => item), total };
}

/**
 * Keyset paging for partners (issue 16): a list's answer also carries `next`, an opaque cursor naming the last row's sort
 * key, and an RFC 8288 `Link: <…>; rel="next"` header; `?cursor=` then continues after that row however many rows were
 * added or removed before it, which offset paging cannot promise. Offset paging (page, pageSize) stays for the web.
 */
export const cursorQuery = z.object({
  cursor: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Opaque cursor from the previous answer’s `next` (or its Link header); replaces `page`' }),
});

export const cursorPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({
    next: z
      .string()
      .nullable()
      .meta({ description: 'Cursor of the next page (also in the Link header, rel="next"); null on the last page' }),
  });

export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor names, or 400 (field `cursor`) when it is not one of ours or not of this list's shape. */
export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((v) => v === null || ['string', 'number'].includes(typeof v)))
      return key as (string | number | null)[];
  } catch {
    // fall through to the 400
  }
  throw new AppError(400, 'validation_failed', {}, [{ path: 'cursor', code: 'cursor_invalid' }]);
}

/** Sets `Link: <this URL with cursor=next>; rel="next"` (RFC 8288) when there is a next page. */
export function linkNext(req: FastifyRequest, reply: FastifyReply, next: string | null): void {
  if (!next) return;
  const url = new URL(req.url, 'http://x');
  url.searchParams.delete('page');
  url.searchParams.set('cursor', next);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}
