import { describe, expect, it } from 'vitest';
import { decodeFrame, parsePacket } from '../../../domain/hj212/index.js';
import { deviceConnection } from './connection.js';

const base = {
  host: 'site.example.cn',
  origin: 'https://site.example.cn',
  hj212Port: 9212,
  mqttPort: 1883,
  token: 'gbd_secret',
  now: new Date('2026-12-07T01:02:03.004Z'),
};
const id = '11111111-2222-4333-8444-555555555555';

describe('device connection details', () => {
  it('gives an HJ 212 test command whose frame is a valid 2011 packet with the device MN, password and China time', () => {
    const c = deviceConnection({
      ...base,
      device: { id, protocols: ['hj212'], mn: 'MN0001', hj212Password: 'pw1' } as never,
      hj212Password: 'pw1',
    });
    expect(c.hj212Port).toBe(9212);
    expect(c.mqttTopic).toBeNull();
    expect(c.testCommands).toHaveLength(1);
    const cmd = c.testCommands[0]!.command;
    expect(cmd).toMatch(/\| nc -q 2 site\.example\.cn 9212$/);
    const frame = /'(##[^']+)'/.exec(cmd)![1]!;
    const decoded = decodeFrame(Buffer.from(`${frame}\r\n`));
    expect(decoded.ok).toBe(true);
    const packet = parsePacket((decoded as { ok: true; dataSegment: string }).dataSegment);
    expect(packet).toMatchObject({ ok: true, packet: { cn: '2011', mn: 'MN0001', pw: 'pw1' } });
    expect(frame).toContain('DataTime=20261207090203');
  });

  it('gives MQTT and HTTP commands with the device topic and token, and no HJ 212 command without a password', () => {
    const c = deviceConnection({ ...base, device: { id, protocols: ['hj212', 'mqtt', 'http'], mn: 'MN0001' }, hj212Password: null });
    expect(c.mqttTopic).toBe(`greenbuild/devices/${id}/readings`);
    expect(c.httpUrl).toBe('https://site.example.cn/api/ingest/readings');
    expect(c.testCommands.map((x) => x.protocol)).toEqual(['mqtt', 'http']);
    expect(c.testCommands[0]!.command).toContain(`-u ${id} -P 'gbd_secret' -t greenbuild/devices/${id}/readings`);
    expect(c.testCommands[1]!.command).toContain("-H 'X-Device-Token: gbd_secret'");
  });
});
