import { apiLanguage } from './i18n/index.js';

export type ApiErrorBody = { error: { code: string; message: string; details: Array<{ path: string; code: string; message: string }> } };

/** An API failure with the server's localised message and field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorBody['error']['details'] = [],
  ) {
    super(message);
  }
  /** The message plus each field problem, for a notification. */
  describe(): string {
    return [this.message, ...this.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))].join('\n');
  }
}

export async function api<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': apiLanguage() };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const e = (data as ApiErrorBody | undefined)?.error;
    if (res.status === 401 && !url.startsWith('/api/auth/')) window.dispatchEvent(new Event('greenbuild:unauthenticated'));
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? res.statusText, e?.details ?? []);
  }
  return data as T;
}

export const get = <T,>(url: string) => api<T>('GET', url);
export const post = <T,>(url: string, body?: unknown) => api<T>('POST', url, body);
export const patch = <T,>(url: string, body?: unknown) => api<T>('PATCH', url, body);
export const put = <T,>(url: string, body?: unknown) => api<T>('PUT', url, body);
export const del = <T,>(url: string) => api<T>('DELETE', url);

export type Page<T> = { items: T[]; total: number };

/** Builds a query string from a filter object, leaving out empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
