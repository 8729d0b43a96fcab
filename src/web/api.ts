import { createGreenBuildClient } from '../client/index.js';
import { apiLanguage } from './i18n/index.js';
import type { Schemas } from './api/types.js';

/** Every 4xx/5xx answer (the document's Error component). */
export type ApiErrorBody = Schemas['Error'];

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

/** Leaves out empty filter values (a cleared select or search box), as the server treats absent and empty alike only for some. */
function serializeQuery(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, String(one));
  }
  return q.toString();
}

/**
 * The web app's one way to call the API: the same openapi-fetch client partners use (src/client), typed by the generated
 * schema. Same-origin cookies carry the session; the browser sends Origin itself, which the server checks on writes.
 */
export const client = createGreenBuildClient({ baseUrl: '', credentials: 'same-origin', querySerializer: serializeQuery });

client.use({
  onRequest({ request }) {
    request.headers.set('accept-language', apiLanguage());
    return request;
  },
});

/**
 * The data of a call, or a thrown ApiError carrying the server's localised message and field details. A 401 outside
 * /api/auth/ means the session ended elsewhere: the app shows the login page (auth.tsx listens for the event).
 */
export async function call<D>(pending: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await pending;
  if (response.ok) return data as D;
  const e = (error as ApiErrorBody | undefined)?.error;
  const pathname = new URL(response.url || '/', window.location.href).pathname;
  if (response.status === 401 && !pathname.startsWith('/api/auth/')) window.dispatchEvent(new Event('greenbuild:unauthenticated'));
  throw new ApiError(response.status, e?.code ?? 'http_' + response.status, e?.message ?? response.statusText, e?.details ?? []);
}

/**
 * The bodySerializer of an upload: the declared multipart body (`{ file }`, or fields plus photos) as FormData, an
 * array's elements as the same field repeated in order; absent fields are left out. openapi-fetch sends FormData as is
 * and the browser sets the boundary. Usage: `client.POST(path, { body: { file }, bodySerializer: formData })`.
 */
export function formData(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === undefined || one === null) continue;
      form.append(name, one instanceof Blob ? one : String(one));
    }
  }
  return form;
}

/** Builds a query string for links and downloads (not API calls), leaving out empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const s = serializeQuery(params);
  return s ? `?${s}` : '';
}
