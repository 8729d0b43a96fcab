import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get } from './api.js';

export type Role = 'admin' | 'regulator' | 'enterprise' | 'expert' | 'facility';
export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  regionCode: string | null;
  regionName: string | null;
  mustChangePassword: boolean;
};

type AuthState = { me: Me | null; loading: boolean; refresh(): Promise<unknown> };
const AuthContext = createContext<AuthState>({ me: null, loading: true, refresh: async () => undefined });

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await get<Me>('/api/auth/me');
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
  return <AuthContext.Provider value={{ me: q.data ?? null, loading: q.isLoading, refresh: () => q.refetch() }}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
