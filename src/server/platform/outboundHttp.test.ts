import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnPartnerPort } from '../testing/partnerPort.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OutboundRefusedError,
  checkOutboundUrl,
  classifyHostLiteral,
  guardedLookup,
  parseIpv4Literal,
  parseIpv6Literal,
  sendOutbound,
} from './outboundHttp.js';

const strict = { allowPrivate: false };
const open = { allowPrivate: true };

describe('address literals in every spelling', () => {
  it.each([
    ['127.0.0.1', [127, 0, 0, 1]],
    ['2130706433', [127, 0, 0, 1]],
    ['0177.0.0.1', [127, 0, 0, 1]],
    ['0x7f.1', [127, 0, 0, 1]],
    ['0x7f000001', [127, 0, 0, 1]],
    ['127.1', [127, 0, 0, 1]],
    ['127.0.1', [127, 0, 0, 1]],
    ['017700000001', [127, 0, 0, 1]],
    ['0', [0, 0, 0, 0]],
    ['10.1', [10, 0, 0, 1]],
    ['0xa9.0xfe.0xa9.0xfe', [169, 254, 169, 254]],
    ['2852039166', [169, 254, 169, 254]],
    ['8.8.8.8.', [8, 8, 8, 8]],
  ])('%s is %j', (text, bytes) => {
    expect(parseIpv4Literal(text)).toEqual(bytes);
  });

  it.each(['example.com', '1.2.3.4.5', '256.1.1.1', '08.1.1.1', '1..1', '4294967296', 'a.b.c.d'])('%s is not an IPv4 literal', (text) => {
    expect(parseIpv4Literal(text)).toBeNull();
  });

  it('parses IPv6 with compression, brackets, zones and a dotted tail', () => {
    expect(parseIpv6Literal('::1')).toEqual([...Array(15).fill(0), 1]);
    expect(parseIpv6Literal('[::ffff:127.0.0.1]')).toEqual([...Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]);
    expect(parseIpv6Literal('::ffff:7f00:1')).toEqual([...Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]);
    expect(parseIpv6Literal('fe80::1%eth0')).toEqual([0xfe, 0x80, ...Array(13).fill(0), 1]);
    expect(parseIpv6Literal('2001:db8:0:0:0:0:0:1')).toEqual([0x20, 0x01, 0x0d, 0xb8, ...Array(11).fill(0), 1]);
    expect(parseIpv6Literal('not::an::address')).toBeNull();
  });

  it.each([
    // IPv4
    ['127.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['127.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['100.100.100.200', 'metadata'],
    ['169.254.169.254', 'metadata'],
    ['2852039166', 'metadata'],
    ['169.254.1.1', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['114.114.114.114', 'public'],
    // IPv6
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2400:3200::1', 'public'],
    // IPv4 inside IPv6
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['2002:7f00:1::', 'loopback'],
    ['::ffff:8.8.8.8', 'public'],
  ])('%s is %s', (text, kind) => {
    expect(classifyHostLiteral(text)).toBe(kind);
  });

  it('a name is not a literal', () => {
    expect(classifyHostLiteral('partner.example.com')).toBeNull();
  });
});

describe('destination URLs', () => {
  it.each([
    ['ftp://example.com/x', 'outbound_scheme'],
    ['file:///etc/passwd', 'outbound_scheme'],
    ['not a url', 'outbound_url_invalid'],
    ['https://user:pw@example.com/', 'outbound_credentials'],
    ['https://example.com:22/', 'outbound_port'],
    ['https://example.com:8080/', 'outbound_port'],
    ['http://127.0.0.1/', 'outbound_address_private'],
    ['http://2130706433/', 'outbound_address_private'],
    ['http://0177.0.0.1/', 'outbound_address_private'],
    ['http://0x7f.1/', 'outbound_address_private'],
    ['http://127.1/', 'outbound_address_private'],
    ['http://[::1]/', 'outbound_address_private'],
    ['http://[::ffff:127.0.0.1]/', 'outbound_address_private'],
    ['http://10.1.2.3/', 'outbound_address_private'],
    ['http://localhost/', 'outbound_address_private'],
    ['http://169.254.169.254/latest/meta-data/', 'outbound_address_forbidden'],
    ['http://100.100.100.200/latest/meta-data/', 'outbound_address_forbidden'],
    ['http://[fe80::1]/', 'outbound_address_forbidden'],
    ['http://224.0.0.1/', 'outbound_address_forbidden'],
    ['http://0.0.0.0/', 'outbound_address_forbidden'],
  ])('%s is refused (%s)', (url, code) => {
    expect(checkOutboundUrl(url, strict)).toEqual({ ok: false, code });
  });

  it('accepts public https on 443 and http on 80', () => {
    expect(checkOutboundUrl('https://partner.example.com/hooks', strict).ok).toBe(true);
    expect(checkOutboundUrl('http://partner.example.com:80/hooks', strict).ok).toBe(true);
  });

  it('the private allowance opens private addresses and ports 8000–9999, never metadata or link-local', () => {
    expect(checkOutboundUrl('http://127.0.0.1:8080/hook', open).ok).toBe(true);
    expect(checkOutboundUrl('http://10.0.0.5:9999/hook', open).ok).toBe(true);
    expect(checkOutboundUrl('http://127.0.0.1:7999/hook', open)).toEqual({ ok: false, code: 'outbound_port' });
    expect(checkOutboundUrl('http://127.0.0.1:10000/hook', open)).toEqual({ ok: false, code: 'outbound_port' });
    expect(checkOutboundUrl('http://169.254.169.254/', open)).toEqual({ ok: false, code: 'outbound_address_forbidden' });
    expect(checkOutboundUrl('http://[::ffff:a9fe:a9fe]/', open)).toEqual({ ok: false, code: 'outbound_address_forbidden' });
  });
});

describe('the connect-time check (DNS rebinding)', () => {
  it('a name resolving to loopback is refused by the socket lookup without the allowance', async () => {
    const lookup = guardedLookup(strict);
    const err = await new Promise<unknown>((resolve) => lookup('localhost', { all: true }, (e) => resolve(e)));
    expect(err).toBeInstanceOf(OutboundRefusedError);
    expect((err as OutboundRefusedError).code).toBe('outbound_address_private');
  });

  it('a real socket given the lookup never connects to the loopback server', async () => {
    const server = http.createServer((_req, res) => res.end('reached'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    let hits = 0;
    server.on('request', () => hits++);
    const err = await new Promise<Error>((resolve) => {
      const req = http.get({ host: 'localhost', port, family: 4, lookup: guardedLookup(strict) }, () => resolve(new Error('connected')));
      req.on('error', resolve);
    });
    server.close();
    expect(err).toBeInstanceOf(OutboundRefusedError);
    expect(hits).toBe(0);
  });
});

describe('sending', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/ok') return res.end('fine');
      if (req.url === '/redirect') {
        res.writeHead(302, { location: 'http://169.254.169.254/' });
        return res.end();
      }
      if (req.url === '/huge') {
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let sent = 0;
        const push = () => {
          while (sent < 10 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', push);
          }
          res.end();
        };
        return push();
      }
      if (req.url === '/hang') return; // never answers
      if (req.url === '/close') return req.socket.destroy();
      res.writeHead(404).end();
    });
    base = `http://127.0.0.1:${await listenOnPartnerPort(server)}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses the loopback receiver without the allowance, before any byte is sent', async () => {
    const r = await sendOutbound({ url: `${base}/ok`, policy: strict });
    expect(r).toMatchObject({ status: null, error: 'refused_address', errorMessage: 'outbound_port' });
  });

  it('reaches it with the allowance', async () => {
    const r = await sendOutbound({ url: `${base}/ok`, policy: open, body: '{}' });
    expect(r).toMatchObject({ status: 200, body: 'fine', error: null, truncated: false });
  });

  it('does not follow a redirect', async () => {
    const r = await sendOutbound({ url: `${base}/redirect`, policy: open });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('http://169.254.169.254/');
  });

  it('stops reading a 10 MB answer at the cap', async () => {
    const r = await sendOutbound({ url: `${base}/huge`, policy: open, maxResponseBytes: 1024 });
    expect(r.status).toBe(200);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(1024);
  });

  it('gives up on a receiver that never answers', async () => {
    const r = await sendOutbound({ url: `${base}/hang`, policy: open, timeoutMs: 300 });
    expect(r).toMatchObject({ status: null, error: 'timeout' });
  });

  it('reports a closed connection', async () => {
    const r = await sendOutbound({ url: `${base}/close`, policy: open });
    expect(r).toMatchObject({ status: null, error: 'connect_failed' });
  });
});
