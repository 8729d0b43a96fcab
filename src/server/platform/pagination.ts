import { sql, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';

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
