/**
 * Module boundaries of the server (docs/architecture.md, "Modules talk through exported functions"), checked in CI by
 * `npm run boundaries`. A module is a folder under src/server/modules; what others may use is its index.ts.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-deep-import',
      comment:
        'A module uses another module only through that module’s index.ts (its public surface), never its store, tables or other files.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'module-deep-import-from-test',
      comment: 'A test may also use another module’s test fixtures (fixtures.ts), and nothing else of it but its index.ts.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/.+\\.test\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/(index|fixtures)\\.ts$'],
      },
    },
    {
      name: 'server-cycle',
      comment: 'No import cycles in the server: a cycle means two pieces cannot be understood (or tested) apart.',
      severity: 'error',
      from: { path: '^src/server/' },
      // Type-only imports are erased when compiled: they cannot make an initialisation-order cycle.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'web-imports-server',
      comment:
        'The web app reaches the server over HTTP only; it may use the API types generated from the OpenAPI document, and the one CSV writer (platform/csv.ts, no I/O) so a table downloaded in the browser is neutralised like a server export.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/', pathNot: ['generated', '\\.d\\.ts$', '^src/server/platform/csv\\.ts$'] },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure rules: it imports nothing else of ours (no database, no server, no web).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src|e2e|bench|scripts)/', pathNot: '^src/domain/' },
    },
    {
      name: 'domain-no-io',
      comment: 'src/domain does no I/O: no files, sockets, processes or threads (its tests and fixtures may read test data).',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.(test|fixture)\\.ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads|readline|repl|vm)$',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
