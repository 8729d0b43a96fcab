/**
 * GreenBuild's typed API client, for the web app and for partner systems alike: openapi-fetch over the types that
 * `npm run api:types` generates from the server's OpenAPI document (./schema.d.ts). Every path, parameter, body and
 * answer is checked by the compiler; see docs/api-client.md.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
export type GreenBuildClient = Client<paths>;

export type GreenBuildClientOptions = ClientOptions & {
  /** An API token (`gbt_…`, 系统管理 → API 令牌), sent as `Authorization: Bearer …`. Browsers use the session cookie instead. */
  token?: string;
  /** Language of error messages: `zh-CN` (the server's default) or `en`. */
  language?: 'zh-CN' | 'en';
};

/** A client for one GreenBuild server, e.g. `createGreenBuildClient({ baseUrl: 'https://greenbuild.example.cn', token })`. */
export function createGreenBuildClient({ token, language, headers, ...options }: GreenBuildClientOptions = {}): GreenBuildClient {
  const merged: Record<string, string> = {};
  if (token) merged.authorization = `Bearer ${token}`;
  if (language) merged['accept-language'] = language;
  new Headers((headers ?? {}) as HeadersInit).forEach((value, name) => {
    merged[name] = value;
  });
  return createClient<paths>({ ...options, headers: merged });
}
