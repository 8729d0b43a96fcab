import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, client } from '../api.js';
import type { ListPath, PathParamsOf, QueryOf, ResponseOf } from '../api/types.js';

type Filters<P extends ListPath> = Omit<QueryOf<P>, 'page' | 'pageSize'>;

/** Filters + pagination for a server list endpoint answering {"items","total"}; rows and filters are typed by the path. */
export function useList<P extends ListPath>(path: P, initial: Filters<P>, pathParams?: PathParamsOf<P>) {
  const [filters, setFilters] = useState<Filters<P>>(initial);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useQuery({
    queryKey: [path, pathParams, filters, page, pageSize],
    // The generic path cannot narrow openapi-fetch's overloads; the types at this function's boundary come from P.
    queryFn: () =>
      call(client.GET(path as never, { params: { path: pathParams, query: { ...filters, page, pageSize } } } as never)) as Promise<
        ResponseOf<P>
      >,
    placeholderData: keepPreviousData,
  });
  return {
    data: q.data,
    loading: q.isFetching,
    error: q.error,
    filters,
    refetch: q.refetch,
    search(next: Filters<P>) {
      setPage(1);
      setFilters(next);
    },
    pagination: {
      current: page,
      pageSize,
      total: (q.data as { total: number } | undefined)?.total ?? 0,
      showSizeChanger: true,
      onChange(p: number, s: number) {
        setPage(p);
        setPageSize(s);
      },
    },
  };
}
