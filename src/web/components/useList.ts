import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, query, type Page } from '../api.js';

/** Filters + pagination for a server list endpoint answering {"items","total"}. */
export function useList<T, F extends Record<string, string | number | boolean | undefined>>(url: string, initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useQuery({
    queryKey: [url, filters, page, pageSize],
    queryFn: () => get<Page<T>>(url + query({ ...filters, page, pageSize })),
    placeholderData: keepPreviousData,
  });
  return {
    data: q.data,
    loading: q.isFetching,
    error: q.error,
    filters,
    refetch: q.refetch,
    search(next: F) {
      setPage(1);
      setFilters(next);
    },
    pagination: {
      current: page,
      pageSize,
      total: q.data?.total ?? 0,
      showSizeChanger: true,
      onChange(p: number, s: number) {
        setPage(p);
        setPageSize(s);
      },
    },
  };
}
