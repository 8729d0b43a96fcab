// Each module's SQL names only its own tables (docs/architecture.md: modules talk through exported functions, never
// each other's tables). Imports of another module's tables.ts are refused by dependency-cruiser (npm run boundaries);
// this test catches what imports cannot show: raw SQL text naming another module's table. Tests are exempt: they set up
// and check rows across the whole database on purpose.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const modulesDir = import.meta.dirname;
const modules = readdirSync(modulesDir).filter((m) => statSync(join(modulesDir, m)).isDirectory());

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesOf(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** SQL names of the tables a module declares with pgTable('name', …) in its tables.ts. */
function tablesOf(m: string): string[] {
  let text = '';
  try {
    text = readFileSync(join(modulesDir, m, 'tables.ts'), 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/pgTable\(\s*'([a-z0-9_]+)'/g)].map((x) => x[1]!);
}

/** Places where `source` uses table `name` in SQL: from / join / into / update / references followed by the name. */
export function sqlMentions(source: string, name: string): string[] {
  const re = new RegExp(`\\b(from|join|into|update|references|table)\\s+"?${name}"?(?![\\w.])`, 'gi');
  return [...source.matchAll(re)].map((x) => x[0]);
}

describe('module boundaries in SQL', () => {
  const owners = new Map(modules.flatMap((m) => tablesOf(m).map((t) => [t, m] as const)));

  it('finds the tables of the modules that have them', () => {
    expect(owners.get('projects')).toBe('projects');
    expect(owners.get('organisations')).toBe('accounts');
    expect(owners.size).toBeGreaterThan(40);
  });

  it('recognises a raw SQL reference to a table', () => {
    expect(sqlMentions('sql`select 1 from projects p where …`', 'projects')).toHaveLength(1);
    expect(sqlMentions('sql`select * from project_participants`', 'projects')).toHaveLength(0);
    expect(sqlMentions('left join "organisations" o on', 'organisations')).toHaveLength(1);
  });

  it('no module’s SQL names another module’s table', () => {
    const found: string[] = [];
    for (const m of modules) {
      for (const file of filesOf(join(modulesDir, m)).filter((f) => !f.endsWith('.test.ts'))) {
        const source = readFileSync(file, 'utf8');
        for (const [table, owner] of owners) {
          if (owner === m) continue;
          for (const hit of sqlMentions(source, table)) found.push(`${relative(modulesDir, file)}: "${hit}" (a table of ${owner})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
