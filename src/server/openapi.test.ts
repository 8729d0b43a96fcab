import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp, type TestApp } from './testing/harness.js';

// The served contract, checked the way a partner's tools read it: it must validate, generate a client, lint clean,
// and describe every operation completely (a stable id, a summary, a tag, its answers with their schemas).

type Media = { schema?: Record<string, unknown> };
type Response = { description?: string; content?: Record<string, Media> };
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ in: string }>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, Response>;
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

let t: TestApp;
let doc: {
  openapi: string;
  servers?: unknown[];
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};
const operations: Array<{ method: string; path: string; op: Operation }> = [];

beforeAll(async () => {
  t = await startTestApp();
  const res = await t.client().get('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
  for (const [p, item] of Object.entries(doc.paths))
    for (const m of METHODS) if (item[m]) operations.push({ method: m.toUpperCase(), path: p, op: item[m] });
});
afterAll(() => t?.close());

const byId = (id: string) => operations.find((o) => o.op.operationId === id)!.op;

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document that openapi-typescript turns into types', { timeout: 120_000 }, async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.length).toBeGreaterThan(0);
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    expect(types).toContain('listProjects: {');
  });

  it('gives every operation a unique camelCase operationId, a summary and a described tag', () => {
    expect(operations.length).toBeGreaterThan(250);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z0-9]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const tags = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const { method, path: p, op } of operations) {
      expect([method, p, (op.summary?.trim().length ?? 0) > 0]).toEqual([method, p, true]);
      expect([method, p, op.tags?.length === 1 && !!tags.get(op.tags[0]!)]).toEqual([method, p, true]);
    }
    // Stable names the generated client and partners call (a rename breaks them).
    for (const id of [
      'listProjects',
      'getProject',
      'createProject',
      'transitionProject',
      'createManifest',
      'ingestReadings',
      'getBimModel',
      'getEvaluation',
    ])
      expect(ids).toContain(id);
  });

  it('describes every answer: a 2xx with its content schema, the shared Error for 4xx, words instead of "Default Response"', () => {
    const problems: string[] = [];
    for (const { method, path: p, op } of operations) {
      const name = `${method} ${p}`;
      const statuses = Object.keys(op.responses);
      const ok = statuses.filter((s) => s.startsWith('2'));
      if (!ok.length) problems.push(`${name}: no 2xx`);
      for (const s of ok) {
        const r = op.responses[s]!;
        if (s === '204') {
          if (r.content) problems.push(`${name}: 204 with content`);
          continue;
        }
        if (!r.content || !Object.keys(r.content).length) problems.push(`${name}: ${s} without content`);
        for (const [media, m] of Object.entries(r.content ?? {})) {
          if (!m.schema || (media === 'application/json' && !Object.keys(m.schema).length))
            problems.push(`${name}: ${s} ${media} without a schema`);
        }
      }
      const errors = statuses.filter((s) => s.startsWith('4'));
      if (!errors.length) problems.push(`${name}: no 4xx`);
      // The OAuth token endpoint answers 400/401 in RFC 6749 §5.2's own shape, which OAuth clients parse.
      const oauth = name === 'POST /api/oauth/token';
      for (const s of errors) {
        const errorRef = oauth && (s === '400' || s === '401') ? '#/components/schemas/OAuthError' : '#/components/schemas/Error';
        if (op.responses[s]!.content?.['application/json']?.schema?.$ref !== errorRef)
          problems.push(`${name}: ${s} is not the Error schema`);
      }
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic && !(statuses.includes('401') && statuses.includes('403'))) problems.push(`${name}: signed-in route without 401/403`);
      if (op.parameters?.some((x) => x.in === 'path') && !statuses.includes('404')) problems.push(`${name}: path parameters without 404`);
      if (op.requestBody && !statuses.includes('400')) problems.push(`${name}: a body without 400`);
      for (const [s, r] of Object.entries(op.responses))
        if (!r.description || r.description === 'Default Response') problems.push(`${name}: ${s} has no real description`);
    }
    expect(problems).toEqual([]);
    expect(doc.components.schemas.Error).toMatchObject({ type: 'object', required: ['error'] });
  });

  it('declares bodies the handlers read themselves and the media types of downloads', () => {
    const fileOf = (id: string, field = 'file') =>
      (
        byId(id).requestBody?.content['multipart/form-data']?.schema as
          { properties?: Record<string, { format?: string; items?: { format?: string } }> } | undefined
      )?.properties?.[field];
    expect(fileOf('importProjects')).toMatchObject({ type: 'string', format: 'binary' });
    expect(fileOf('uploadBimModel')).toMatchObject({ format: 'binary' });
    expect(fileOf('createFinding', 'photos')?.items).toMatchObject({ format: 'binary' });
    expect(Object.keys(byId('ingestReadings').requestBody!.content).sort()).toEqual(['application/json', 'application/x-ndjson']);
    expect(Object.keys(byId('ingestReadings').responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '413', '429']));
    expect(Object.keys(byId('exportProjects').responses['200']!.content!)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(byId('getProjectEvaluationReportPdf').responses['200']!.content!)).toEqual(['application/pdf']);
    expect(Object.keys(byId('exportSiteReadings').responses['200']!.content!)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('names recursive schemas as components instead of leaving dangling refs (the BIM spatial tree)', () => {
    // The model detail is itself a named component: follow its $ref.
    type Schema = { $ref?: string; properties?: Record<string, unknown> };
    const resolve = (schema: Schema) => (schema.$ref ? (doc.components.schemas[schema.$ref.split('/').pop()!] as Schema) : schema);
    const spatial = resolve(byId('getBimModel').responses['200']!.content!['application/json']!.schema as Schema).properties!.spatial;
    expect(JSON.stringify(spatial)).toContain('"#/components/schemas/SpatialNode"');
    expect(JSON.stringify(doc.components.schemas.SpatialNode)).toContain('"#/components/schemas/SpatialNode"');
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !doc.components.schemas[name])).toEqual([]);
  });

  it('passes Redocly’s recommended ruleset (redocly.yaml) with 0 errors', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      fs.writeFileSync(file, JSON.stringify(doc));
      const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js');
      // Lint exits 1 on errors; the JSON report is on stdout either way.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [cli, 'lint', file, '--format=json', '--config', path.resolve('redocly.yaml'), '--max-problems', '1000'],
        { maxBuffer: 64 << 20 },
      ).catch((err: { stdout: string }) => err);
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: Array<{ ruleId: string; severity: string; message: string }>;
      };
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
