import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, client } from './api.js';
import type { ResponseOf } from './api/types.js';

export type Role = Me['role'];
export type Me = ResponseOf<'/api/auth/me'>;

type AuthState = { me: Me | null; loading: boolean; refresh(): Promise<unknown> };
const AuthContext = createContext<AuthState>({ me: null, loading: true, refresh: async () => undefined });

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await call(client.GET('/api/auth/me'));
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
  useEffect(() => {
    // Any 401 from the API means the session ended elsewhere (logout, password change, expiry).
    const onExpired = () => qc.setQueryData(['me'], null);
    window.addEventListener('greenbuild:unauthenticated', onExpired);
    return () => window.removeEventListener('greenbuild:unauthenticated', onExpired);
  }, [qc]);
  return (
    <AuthContext.Provider value={{ me: q.data ?? null, loading: q.isLoading, refresh: () => q.refetch() }}>{children}</AuthContext.Provider>
  );
}

export const useAuth = () => useContext(AuthContext);
