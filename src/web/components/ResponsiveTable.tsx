import type { ComponentType, Key, ReactNode } from 'react';
import { Card, Empty, Grid, Pagination, Spin, Table } from 'antd';

/**
 * A table on a desk, a stack of cards on a phone: below the md breakpoint each row becomes a card listing
 * "column title — cell", so a site manager at 390 px reads every column without scrolling sideways.
 * Same props as antd's Table (columns with dataIndex/render, rowKey, pagination, loading, locale.emptyText).
 */
const DeskTable = Table as unknown as ComponentType<Record<string, unknown>>;

// The props this component reads, typed loosely on purpose: checking antd's generic TableProps<T> and ColumnType<T>
// against each other here exhausted tsc's memory. Pages still see antd's exact Table type (the export below).
type Row = Record<string, unknown>;
type Column = {
  key?: Key;
  title?: unknown;
  dataIndex?: string | number | readonly (string | number)[];
  render?: (value: unknown, row: Row, index: number) => unknown;
  children?: Column[];
};
type Props = {
  dataSource?: readonly Row[];
  columns?: Column[];
  rowKey?: string | ((row: Row, index: number) => Key);
  pagination?: false | Record<string, unknown>;
  loading?: unknown;
  locale?: { emptyText?: unknown };
  'data-testid'?: string;
};

function CardsOnPhone(raw: Record<string, unknown>) {
  const screens = Grid.useBreakpoint();
  if (screens.md !== false) return <DeskTable {...raw} />;
  const props = raw as Props;
  const rows = props.dataSource ?? [];
  const columns = flatColumns(props.columns ?? []);
  const keyOf = (row: Row, i: number): Key =>
    typeof props.rowKey === 'function'
      ? props.rowKey(row, i)
      : typeof props.rowKey === 'string'
        ? ((row[props.rowKey] as Key | undefined) ?? i)
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
        {pagination && Number(pagination.total ?? 0) > Number(pagination.pageSize ?? 10) ? (
          <Pagination simple size="small" {...(pagination as Record<string, never>)} style={{ textAlign: 'center' }} />
        ) : null}
      </div>
    </Spin>
  );
}

function flatColumns(columns: Column[]): Column[] {
  return columns.flatMap((c) => (Array.isArray(c.children) ? flatColumns(c.children) : [c]));
}

function cellOf(col: Column, row: Row, index: number): ReactNode {
  const path = col.dataIndex === undefined ? [] : Array.isArray(col.dataIndex) ? col.dataIndex : [col.dataIndex];
  const value = path.reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[String(k)]), row);
  if (col.render) {
    const out = col.render(value, row, index) as ReactNode | { children: ReactNode };
    return out && typeof out === 'object' && 'children' in out && !('$$typeof' in out) ? out.children : (out as ReactNode);
  }
  return path.length ? (value as ReactNode) : null;
}

/** Typed exactly as antd's Table, so its pages type-check as before. */
export const ResponsiveTable = CardsOnPhone as unknown as typeof Table;
