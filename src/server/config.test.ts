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

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, so X-Forwarded-For is ignored', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it('takes a comma-separated list of addresses and CIDR blocks', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('names the entries that are not addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.5,true,10.0.0.0/33' })).toThrow(
      /TRUST_PROXY="10.0.0.5,true,10.0.0.0\/33": must be a comma-separated list .*not: true, 10.0.0.0\/33/,
    );
  });
});

describe('TOKEN_MAX_DAYS', () => {
  it('caps API tokens at a year by default and takes 1–3650', () => {
    expect(loadConfig({}).tokenMaxDays).toBe(365);
    expect(loadConfig({ TOKEN_MAX_DAYS: '30' }).tokenMaxDays).toBe(30);
    expect(() => loadConfig({ TOKEN_MAX_DAYS: '0' })).toThrow(/TOKEN_MAX_DAYS="0": must be 1–3650/);
  });
});
