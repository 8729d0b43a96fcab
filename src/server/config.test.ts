import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults with the demo on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.demo).toBe(true);
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('turns the demo off for a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', GREENBUILD_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ GREENBUILD_DEMO: '0' }).demo).toBe(false);
  });

  it('names every bad variable in one message', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', GREENBUILD_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT="eighty"');
      expect(msg).toContain('DATABASE_URL="mysql://x": must be a postgres:// or postgresql:// URL');
      expect(msg).toContain('GREENBUILD_ADMIN_PASSWORD="short": must be at least 8 characters');
    }
  });

  it('rejects an out-of-range port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": must be 1–65535/);
  });
});
