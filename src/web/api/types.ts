/**
 * The web's names for the API's types. Everything here is derived from the generated src/client/schema.d.ts
 * (`npm run api:types`); a shape that the server changes changes here too, so no page re-declares a response by hand.
 */
import type { components, paths } from '../../client/schema.js';

export type { components, paths };
export type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON a successful call answers (200, else 201). */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer S }
      ? Json<S>
      : R extends { 201: infer S }
        ? Json<S>
        : never
    : never;
/** The JSON body an operation takes. */
export type BodyOf<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The path parameters of an operation. */
export type PathParamsOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { path: infer Q } } ? Q : never;
/** One row of a list answer ({"items": […]}). */
export type ItemOf<P extends keyof paths, M extends Method = 'get'> = ResponseOf<P, M> extends { items: Array<infer I> } ? I : never;
/** The paths whose GET answers a page ({"items","total"}). */
export type ListPath = { [P in keyof paths]: ResponseOf<P> extends { items: unknown[]; total: number } ? P : never }[keyof paths];
