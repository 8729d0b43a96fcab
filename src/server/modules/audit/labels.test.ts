import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from './labels.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

// Actions built from a variable: the values that variable takes (planning/store.ts transitionPlan's PlanAction).
const templated: Record<string, string[]> = { 'planning.plan.': ['submit', 'withdraw', 'approve', 'return'] };

/** Every audit action and object type the server's code can record: string literals after `action:` / `entityType:`. */
function recordedCodes(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources(serverDir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/recordAudit|action\s*=/.test(text)) continue;
    for (const m of text.matchAll(/\baction(?::|\s*=)\s*([^\n;]+)/g)) {
      for (const lit of m[1]!.matchAll(/'([a-z][a-z_]*(?:\.[a-z_]+)*)'/g))
        if (lit[1]!.includes('.') || lit[1] === 'deny') actions.add(lit[1]!);
      const tpl = /`([a-z_.]+\.)\$\{/.exec(m[1]!);
      if (tpl) for (const v of templated[tpl[1]!] ?? [`<${tpl[1]}unknown>`]) actions.add(tpl[1] + v);
    }
    for (const m of text.matchAll(/\bentityType:\s*'([a-z_]+)'/g)) entities.add(m[1]!);
  }
  return { actions, entities };
}

describe('audit labels', () => {
  const { actions, entities } = recordedCodes();

  it('finds the codes the server records (the scan itself works)', () => {
    expect(actions.has('waste.manifest.create')).toBe(true);
    expect(actions.has('planning.plan.approve')).toBe(true);
    expect(entities.has('bim_model')).toBe(true);
    expect(actions.size).toBeGreaterThan(80);
  });

  it('has a zh-CN and an en label for every recorded action', () => {
    const missing = [...actions].filter((a) => !AUDIT_ACTION_LABELS[a]?.['zh-CN'] || !AUDIT_ACTION_LABELS[a]?.en);
    expect(missing).toEqual([]);
  });

  it('has a zh-CN and an en label for every recorded object type', () => {
    const missing = [...entities].filter((e) => !AUDIT_ENTITY_LABELS[e]?.['zh-CN'] || !AUDIT_ENTITY_LABELS[e]?.en);
    expect(missing).toEqual([]);
  });

  it('labels in Chinese contain no raw code', () => {
    for (const l of [...Object.values(AUDIT_ACTION_LABELS), ...Object.values(AUDIT_ENTITY_LABELS)]) {
      expect(l['zh-CN']).not.toMatch(/[a-z]+[._][a-z]/);
    }
  });
});
