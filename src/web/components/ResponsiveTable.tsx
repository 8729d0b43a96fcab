import type { Key, ReactNode } from 'react';
import { Card, Empty, Grid, Pagination, Spin, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';

/**
 * A table on a desk, a stack of cards on a phone: below the md breakpoint each row becomes a card listing
 * "column title — cell", so a site manager at 390 px reads every column without scrolling sideways.
 * Same props as antd's Table (columns with dataIndex/render, rowKey, pagination, loading, locale.emptyText).
 */
function CardsOnPhone<T extends object>(props: TableProps<T> & { 'data-testid'?: string }) {
  const screens = Grid.useBreakpoint();
  if (screens.md !== false) return <Table<T> {...props} />;
  const rows = (props.dataSource ?? []) as readonly T[];
  const columns = flatColumns((props.columns ?? []) as ColumnType<T>[]);
  const keyOf = (row: T, i: number): Key =>
    typeof props.rowKey === 'function'
      ? props.rowKey(row, i)
      : typeof props.rowKey === 'string'
        ? ((row as Record<string, Key>)[props.rowKey] ?? i)
        : i;
  const pagination = props.pagination && typeof props.pagination === 'object' ? props.pagination : null;
  return (
    <Spin spinning={!!props.loading && typeof props.loading === 'boolean'}>
      <div data-testid={props['data-testid']} className="gb-card-table">
        {rows.length === 0
          ? ((props.locale?.emptyText as ReactNode) ?? <Empty />)
          : rows.map((row, i) => (
              <Card key={keyOf(row, i)} size="small" style={{ marginBottom: 8 }} styles={{ body: { padding: '8px 12px' } }}>
                {columns.map((col, c) => {
                  const content = cellOf(col, row, i);
                  const title = typeof col.title === 'function' ? null : (col.title as ReactNode);
                  if (content === null || content === undefined || content === false || content === '') return null;
                  return (
                    <div
                      key={String(col.key ?? col.dataIndex ?? c)}
                      style={{ display: 'flex', gap: 12, padding: '3px 0', alignItems: 'baseline' }}
                    >
                      {title ? <span style={{ color: 'rgba(0,0,0,0.45)', flex: '0 0 34%', minWidth: 0 }}>{title}</span> : null}
                      <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{content}</span>
                    </div>
                  );
                })}
              </Card>
            ))}
        {pagination && (pagination.total ?? 0) > (pagination.pageSize ?? 10) ? (
          <Pagination simple size="small" {...pagination} style={{ textAlign: 'center' }} />
        ) : null}
      </div>
    </Spin>
  );
}

function flatColumns<T>(columns: ColumnType<T>[]): ColumnType<T>[] {
  return columns.flatMap((c) => ('children' in c && Array.isArray(c.children) ? flatColumns(c.children as ColumnType<T>[]) : [c]));
}

function cellOf<T>(col: ColumnType<T>, row: T, index: number): ReactNode {
  const path = col.dataIndex === undefined ? [] : Array.isArray(col.dataIndex) ? col.dataIndex : [col.dataIndex];
  const value = path.reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[k as string]), row);
  if (col.render) {
    const out = col.render(value, row, index) as ReactNode | { children: ReactNode };
    return out && typeof out === 'object' && 'children' in out && !('$$typeof' in out) ? out.children : (out as ReactNode);
  }
  return path.length ? (value as ReactNode) : null;
}

/** Typed exactly as antd's Table, so its pages type-check as before. */
export const ResponsiveTable = CardsOnPhone as unknown as typeof Table;
