import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { z } from 'zod';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Access } from './auth/principal.js';

/**
 * The machine-readable contract (GET /api/openapi.json): what every route declares (operationId, summary, tags,
 * zod schemas) plus what is the same for every route and is therefore added here once — the shared error answer
 * by what the route's access and inputs make possible, response descriptions, file downloads, and bodies the
 * handler reads itself (multipart parts, NDJSON). Everything here is documentation: nothing changes at run time.
 */

// Media types of the files the API sends or receives.
export const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  ifc: 'application/x-step',
  octet: 'application/octet-stream',
  text: 'text/plain',
  eventStream: 'text/event-stream',
  ndjson: 'application/x-ndjson',
} as const;

/** The evidence files an attachment download can be (the type recorded at upload, after the magic-byte check). */
export const ATTACHMENT_MEDIA = [MEDIA.pdf, MEDIA.png, MEDIA.jpeg, MEDIA.webp] as const;

const mediaNames: Record<string, string> = {
  [MEDIA.xlsx]: 'Excel workbook (.xlsx)',
  [MEDIA.pdf]: 'PDF document',
  [MEDIA.csv]: 'CSV text (UTF-8)',
  [MEDIA.jpeg]: 'JPEG image',
  [MEDIA.png]: 'PNG image',
  [MEDIA.webp]: 'WebP image',
  [MEDIA.ifc]: 'IFC (STEP) file',
  [MEDIA.octet]: 'binary file',
  [MEDIA.text]: 'plain text',
  [MEDIA.eventStream]: 'Server-Sent Events stream',
};

/** A file field of a multipart upload (documentation: the handler streams the part and checks its magic bytes). */
export const uploadedFile = (description: string) => z.string().meta({ format: 'binary', description });

/** One error shape for the whole API (platform/errors.ts sends it). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine code, e.g. validation_failed, not_found, forbidden' }),
      message: z.string().meta({ description: 'Text for people, in the language of Accept-Language (zh-CN default, en)' }),
      details: z
        .array(
          z.object({
            path: z.string().meta({ description: 'Field path, e.g. body.participants.0.role; empty for the whole request' }),
            code: z.string(),
            message: z.string(),
          }),
        )
        .meta({ description: 'One entry per rejected field (validation), or per rejected row (imports)' }),
    }),
  })
  .meta({ id: 'Error', description: 'Every 4xx/5xx answer: {"error":{"code","message","details"}}' });

export type Download = { media: readonly string[]; description?: string };
/** Bodies the handler reads itself, by media type: multipart/form-data parts, NDJSON lines. */
export type RequestContent = Partial<Record<string, z.ZodType>>;

declare module 'fastify' {
  interface FastifySchema {
    /** A file answer (200): its media types. The handler sets content-type and content-disposition. */
    download?: Download;
    /** A request body the route does not validate through `body` (multipart parts, NDJSON), by media type. */
    requestContent?: RequestContent;
    /** Error statuses beyond those the route's access and inputs imply (e.g. a public route with its own credentials). */
    errors?: readonly ErrorStatus[];
  }
}

/** Tags by capability, in the order of the pilot plan; each route names one of them. */
export const capabilityTags = [
  { name: 'platform', description: '平台 Health check and service status' },
  { name: 'auth', description: '登录 Sign-in, sign-out, the current user and password changes (session cookie or bearer token)' },
  { name: 'accounts', description: '账户 Organisations, users, API tokens and regions' },
  { name: 'audit', description: '审计 The audit log of every change, with before/after values' },
  { name: 'projects', description: '试点项目 The pilot project register and its lifecycle (申报 → 实施中 → 已完工 → 已总结)' },
  { name: 'programmes', description: '实施方案 Regional pilot programmes: plan phases, milestones, representativeness' },
  { name: 'applications', description: '申报评审 Application rounds, applications with attachments, expert review and decisions' },
  { name: 'public', description: '公开 Selected pilots published without sign-in' },
  {
    name: 'ledger',
    description: '追溯日志 The quality-traceability transparency log: checkpoints, entries and proofs (RFC 9162, C2SP signed notes)',
  },
  { name: 'quality', description: '质量追溯 Quality records appended to the ledger, with attachments and public verification' },
  { name: 'supervision', description: '监督检查 Inspections on checklists, findings with photos, rectification notices, stop-work' },
  { name: 'support', description: '政策支持 Policy support granted to pilot projects' },
  { name: 'costs', description: '增量成本 Incremental cost and benefit of green measures per m²' },
  { name: 'bim', description: 'BIM IFC models: upload, processing, element take-off and viewer geometry' },
  { name: 'carbon', description: '碳排放 Embodied carbon after GB/T 51366: factor library, mapping rules, bill of materials, energy' },
  { name: 'waste', description: '建筑垃圾减量化 Targets, facilities, plans, on-site records and electronic manifests (电子联单)' },
  { name: 'site', description: '智慧工地 Site monitoring devices, readings ingestion (HTTP, HJ 212, MQTT), alarms and live data' },
  { name: 'components', description: '标准部品构件库 Standard component library, GB/T 50002 modular checks, project usage' },
  { name: 'prefab', description: '装配率 Prefabrication ratio after GB/T 51129 with regional score tables' },
  { name: 'planning', description: '绿色策划 Green construction plans: targets against actual and measures, with review' },
  { name: 'practices', description: '经验做法库 Replicable practices with evidence, published on the public site' },
  { name: 'evaluation', description: '评价 Evaluation schemes, self / expert / final evaluations, ranking and reports' },
  { name: 'tracking', description: '动态跟踪 Indicator catalogue, monthly snapshots, trends, warnings and regional dashboards' },
  { name: 'defaults', description: '默认值采用 Standards-derived defaults a regional regulator adopts or edits for its region' },
];

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const errorAnswers = {
  400: 'Bad request: the input failed validation (details name each field) or breaks a rule',
  401: 'Not signed in, or the session or token has expired',
  403: 'Signed in but not allowed: role, region, token scope or request origin',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state, e.g. a step the state machine does not allow now or a code already taken',
  413: 'Payload too large',
  415: 'Unsupported media type (uploads are checked by content, not by name)',
  429: 'Too many requests; retry later',
  503: 'Temporarily unavailable; retry after the Retry-After header',
};
type ErrorStatus = keyof typeof errorAnswers;
const successAnswers: Record<string, string> = {
  200: 'Succeeded; the body is the result',
  201: 'Created; the body is the new resource',
  202: 'Accepted; processing continues in the background',
  204: 'Succeeded; no content',
};
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type JsonResponse = Record<string, unknown> & { description?: string; content?: Record<string, { schema: unknown }> };

function requestContentSchema(media: string, schema: z.ZodType): unknown {
  if (media === MEDIA.ndjson) {
    // One JSON value per line: the line schema is the array's item schema.
    const line = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as { items?: unknown };
    return {
      type: 'string',
      description: 'Newline-delimited JSON: one value per line, each of the schema given in x-line-schema',
      'x-line-schema': strip(line.items ?? line),
    };
  }
  return strip(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }));
}

function strip(schema: unknown): unknown {
  const { $schema: _, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/**
 * Per route: zod → JSON Schema (fastify-type-provider-zod), then the answers every route of its kind can give.
 * 4xx by what the route declares: a public route has no 401/403; path parameters can miss (404); any input can be
 * invalid (400); a write to something (a path parameter or a body) can conflict with its state (409); bodies can be
 * too large or of the wrong type (413/415); sign-in and public routes are throttled (429).
 */
export const documentRoute: SwaggerTransform = (input) => {
  const { route } = input;
  const {
    download,
    requestContent,
    errors: extraErrors,
    ...routeSchema
  } = (input.schema ?? {}) as Record<string, unknown> & { download?: Download; requestContent?: RequestContent; errors?: ErrorStatus[] };
  const out = jsonSchemaTransform({ ...input, schema: routeSchema } as never) as {
    schema: Record<string, unknown> & { hide?: boolean; response?: Record<string, JsonResponse> };
    url: string;
  };
  const schema = out.schema;
  if (!schema || schema.hide) return out;
  const access = route.config?.access as Access | undefined;
  const isPublic = access === 'public';
  const methods = ([] as string[]).concat(route.method);
  const isWrite = methods.some((m) => WRITE_METHODS.has(m));
  const hasParams = /[:*]/.test(input.url);
  const hasBody = !!schema.body || !!requestContent;

  const responses: Record<string, JsonResponse> = {};
  for (const [status, answer] of Object.entries(schema.response ?? {})) {
    const description = answer.description ?? successAnswers[status] ?? errorAnswers[Number(status) as ErrorStatus] ?? 'Answer';
    if (answer.content) responses[status] = { ...answer, description };
    else if (answer.type === 'null') responses[status] = { type: 'null', description };
    else responses[status] = { description, content: { 'application/json': { schema: answer } } };
  }
  if (download) {
    const content: Record<string, { schema: unknown }> = {};
    for (const media of download.media)
      content[media] = { schema: media.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } };
    responses['200'] = {
      description: download.description ?? `The file: ${download.media.map((m) => mediaNames[m] ?? m).join(' or ')}`,
      headers: { 'content-disposition': { type: 'string', description: 'attachment; filename="…"; filename*=UTF-8\'\'… (RFC 6266)' } },
      content,
    };
  }

  const errors = new Set<ErrorStatus>(extraErrors);
  if (hasParams || schema.querystring || hasBody || schema.headers) errors.add(400);
  if (!isPublic) {
    errors.add(401);
    errors.add(403);
  }
  if (hasParams) errors.add(404);
  if (isWrite && !isPublic && (hasParams || hasBody)) errors.add(409);
  if (hasBody) {
    errors.add(413);
    errors.add(415);
  }
  if (isPublic) errors.add(429);
  for (const status of errors) {
    responses[String(status)] ??= { description: errorAnswers[status], content: { 'application/json': { schema: ERROR_REF } } };
  }
  schema.response = responses;

  if (requestContent) {
    const content: Record<string, { schema: unknown }> = {};
    for (const [media, body] of Object.entries(requestContent)) if (body) content[media] = { schema: requestContentSchema(media, body) };
    schema.body = { content };
  }
  return out;
};

/**
 * The whole document: named components from the zod registry (`.meta({ id })`: recursive trees such as the BIM
 * spatial structure, the shared Error), tag descriptions, and only the components something refers to.
 */
export const documentApi: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input as never) as Record<string, unknown> & { components: { schemas: Record<string, unknown> } };
  doc.tags = capabilityTags;
  dropUnusedSchemas(doc);
  return doc as never;
};

/** The registry yields an input and an output variant of every named schema; keep those the document refers to. */
function dropUnusedSchemas(doc: Record<string, unknown> & { components: { schemas: Record<string, unknown> } }) {
  const schemas = doc.components.schemas;
  const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const { components, ...rest } = doc;
  const pending = refsIn([rest, { ...components, schemas: undefined }]);
  const used = new Set<string>();
  while (pending.length) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    if (schemas[name]) pending.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
