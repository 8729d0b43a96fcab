/**
 * `npm run api:types` writes the API's TypeScript types (src/client/schema.d.ts) from the OpenAPI document the server
 * builds; `npm run api:types -- --check` exits 1 when the committed file differs from what the document gives now.
 *
 * The document comes from the real app (every module registered) over an in-memory PGlite database: no listeners, no
 * port, nothing written outside the output file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/client/schema.d.ts');

/** The OpenAPI document exactly as GET /api/openapi.json serves it. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const [{ openDatabase }, { migrate }, { loadConfig }, { buildApp }] = await Promise.all([
    import('../src/server/db/database.js'),
    import('../src/server/db/migrate.js'),
    import('../src/server/config.js'),
    import('../src/server/app.js'),
  ]);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-api-types-'));
  const database = await openDatabase({ memory: true });
  try {
    // Some modules read their own tables while registering (e.g. the ledger's key), so the schema must exist.
    await migrate(database);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', GREENBUILD_LISTENERS: '0', GREENBUILD_DEMO: '0' });
    const { app, shutdownHooks } = await buildApp(config, database, { logger: false });
    try {
      await app.ready();
      return app.swagger() as unknown as OpenAPI3;
    } finally {
      await app.close();
      for (const hook of shutdownHooks.reverse()) await hook();
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const header = `/**
 * GENERATED from GreenBuild's OpenAPI document by \`npm run api:types\` (scripts/api-types.ts). Do not edit by hand:
 * change the server's zod schemas and regenerate. CI runs \`npm run api:types -- --check\` and fails when this file is stale.
 */

`;

/** The TypeScript declarations openapi-typescript makes of the document (paths, components, operations). */
export async function renderTypes(doc: OpenAPI3): Promise<string> {
  // openapi-typescript resolves $refs in place; give it a copy so the caller's document stays as served.
  const ast = await openapiTS(structuredClone(doc), {
    // An uploaded file (`format: binary`) is a Blob or File in the caller's hands, not a string: typed so, a multipart
    // body is written as `{ file }` and checked like any other (openapi-typescript's documented transform).
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return header + astToString(ast);
}

export type TypesCheck = { ok: true } | { ok: false; message: string };

/** Compares a committed types file with freshly generated text; the message names the first differing line. */
export function compareTypes(file: string, expected: string): TypesCheck {
  const relative = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) return { ok: false, message: `${relative} is missing: run \`npm run api:types\` and commit it.` };
  const actual = fs.readFileSync(file, 'utf8');
  if (actual === expected) return { ok: true };
  const a = actual.split('\n');
  const e = expected.split('\n');
  let line = 0;
  while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
  return {
    ok: false,
    message:
      `${relative} is stale: it no longer matches the API's OpenAPI document (first difference at line ${line + 1}).\n` +
      `  committed: ${a[line] === undefined ? '(end of file)' : a[line]!.trim()}\n` +
      `  generated: ${e[line] === undefined ? '(end of file)' : e[line]!.trim()}\n` +
      'Run `npm run api:types` and commit the result.',
  };
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const fileArg = argv.indexOf('--file');
  const file = fileArg >= 0 && argv[fileArg + 1] ? path.resolve(argv[fileArg + 1]!) : schemaFile;
  const expected = await renderTypes(await buildOpenApiDocument());
  if (check) {
    const result = compareTypes(file, expected);
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(`${path.relative(process.cwd(), file)} is up to date.`);
    return 0;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, expected);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${expected.split('\n').length} lines)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
