import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineMessages, translate } from './errors.js';

describe('defineMessages', () => {
  it('refuses a code already defined with a different text, so the message never depends on import order', () => {
    defineMessages({ errors_test_once: { 'zh-CN': '第一条', en: 'First' } });
    expect(() => defineMessages({ errors_test_once: { 'zh-CN': '第二条', en: 'Second' } })).toThrow(/errors_test_once/);
    expect(() => defineMessages({ errors_test_once: { 'zh-CN': '第一条', en: 'Other' } })).toThrow(/errors_test_once/);
    expect(translate('errors_test_once', 'zh-CN')).toBe('第一条');
    expect(translate('errors_test_once', 'en')).toBe('First');
  });

  it('accepts the same code with the same text again (a shared code means the same thing everywhere)', () => {
    defineMessages({ errors_test_shared: { 'zh-CN': '共享', en: 'Shared' } });
    expect(() => defineMessages({ errors_test_shared: { 'zh-CN': '共享', en: 'Shared' } })).not.toThrow();
  });

  it('every module’s messages load together without a colliding code', async () => {
    const modules = join(import.meta.dirname, '..', 'modules');
    const files = readdirSync(modules)
      .map((m) => join(modules, m, 'messages.ts'))
      .filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) await import(f);
    // The codes that used to collide now say which module they belong to.
    expect(translate('projects_import_empty', 'en')).toBe('The file has no project rows');
    expect(translate('components_import_empty', 'en')).toBe('The workbook has no data rows');
  });
});
