import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The web names the API's types only through the generated schema (src/web/api/types.ts). An object shape written out
// in src/web is either the page's own state (listed here, with why) or an answer the document does not describe yet
// (marked `TODO(openapi): response schema pending` right above it, to be replaced by an alias once it does).
const pageOwn: Record<string, string> = {
  'auth.tsx:AuthState': 'React context value',
  'components/ResponsiveTable.tsx:Column': 'the column props the phone cards read',
  'components/ResponsiveTable.tsx:Props': 'the table props the phone cards read',
  'pages/haulage/VehiclesPage.tsx:FormValues': 'form values',
  'pages/home/HomePage.tsx:Figure': 'a figure card built from list totals',
  'pages/openPlatform/EventCatalogueTab.tsx:Field': 'rows read off a JSON Schema',
  'pages/openPlatform/tabs.tsx:OpenPlatformTab': 'tab table',
  'capabilities.tsx:NavItem': 'navigation table',
  'capabilities.tsx:PageRoute': 'route table',
  'i18n/index.tsx:Messages': 'message catalogue',
  'i18n/index.tsx:LanguageState': 'React context value',
  'pages/bim/ModelViewer.tsx:HighlightGroup': 'viewer colouring input',
  'pages/components/LibraryPage.tsx:SpecForm': 'form values',
  'pages/planning/ProjectPlanPage.tsx:EditAspect': 'editor state (targets are EditTarget, derived from the plan answer)',
  'pages/prefab/RatioInputs.tsx:SourceInfo': 'form input provenance',
  'pages/prefab/RatioInputs.tsx:PercentValues': 'form values',
  'pages/projects/ProjectsPage.tsx:ImportProblem': 'table rows built from an ApiError',
  'pages/verify/VerifyPage.tsx:Entry': "the signed ledger leaf's canonical JSON (served as bytes, not as a JSON answer)",
  'pages/verify/VerifyPage.tsx:Outcome': 'verification result',
  'pages/verify/tlog.ts:VerifierKey': 'parsed signed-note key',
  'pages/verify/tlog.ts:OpenedCheckpoint': 'parsed checkpoint',
  'pages/verify/tlog.ts:Verification': 'verification result',
  'pages/waste/FacilityPage.tsx:BarcodeDetectorLike': 'browser API the DOM typings lack',
};

const webDir = path.resolve(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every `type X = …{…` / `interface X` in src/web with an object shape of its own. */
function objectShapes() {
  const found: Array<{ key: string; pending: boolean }> = [];
  for (const file of sources(webDir)) {
    const rel = path.relative(webDir, file).split(path.sep).join('/');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = /^(?:export )?(?:type (\w+)(?:<[^=]*>)? =(.*)|interface (\w+))/.exec(line);
      if (!m) return;
      const name = m[1] ?? m[3]!;
      // Path strings in aliases ('/api/projects/{id}') are not shapes.
      const rhs = (m[2] ?? '{').replace(/'[^']*'/g, "''");
      if (!rhs.includes('{') && rhs.trim() !== '') return;
      if (rhs.trim() === '' && !/^\s*\{/.test(lines[i + 1] ?? '')) return;
      const pending = lines.slice(Math.max(0, i - 3), i).some((l) => l.includes('TODO(openapi)'));
      found.push({ key: `${rel}:${name}`, pending });
    });
  }
  return found;
}

describe('API types in src/web', () => {
  it('are aliases of the generated schema, apart from the page-own shapes and the marked pending answers', () => {
    const shapes = objectShapes();
    const unexplained = shapes.filter((s) => !s.pending && !(s.key in pageOwn) && !s.key.startsWith('api/types.ts:'));
    expect(unexplained.map((s) => s.key)).toEqual([]);
    // A sanity check that the scan sees declarations at all.
    expect(shapes.some((s) => s.key === 'auth.tsx:AuthState')).toBe(true);
  });
});
