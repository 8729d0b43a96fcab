import { z } from 'zod';
import { encodeFrame, formatChinaTimestamp } from '../../../domain/hj212/index.js';
import { TOPIC_PREFIX } from './mqtt.js';

/** What a site manager types into a newly registered device, and one command per protocol that sends a test reading. */
export const deviceConnectionSchema = z
  .object({
    host: z.string(),
    hj212Port: z.number().int().nullable(),
    mqttPort: z.number().int().nullable(),
    mqttTopic: z.string().nullable(),
    httpUrl: z.string().nullable(),
    testCommands: z.array(z.object({ protocol: z.enum(['hj212', 'mqtt', 'http']), command: z.string() })),
  })
  .meta({ id: 'DeviceConnection' });
export type DeviceConnection = z.infer<typeof deviceConnectionSchema>;

type ConnectionInput = {
  /** Where devices reach this platform: PUBLIC_ORIGIN's host, else the host the browser used. */
  host: string;
  origin: string;
  hj212Port: number;
  mqttPort: number;
  device: { id: string; protocols: string[]; mn: string | null };
  token: string | null;
  hj212Password: string | null;
  now: Date;
};

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The device's connection details. The HJ 212 test is a real 2011 (real-time data) packet with its CRC
 * (HJ 212-2017 §6.3), times in China time as the standard requires, sent with netcat.
 */
export function deviceConnection(i: ConnectionInput): DeviceConnection {
  const { device } = i;
  const commands: DeviceConnection['testCommands'] = [];
  const reading = [{ metric: 'pm10', time: i.now.toISOString(), value: 45 }];
  if (device.protocols.includes('hj212') && device.mn && i.hj212Password) {
    const stamp = formatChinaTimestamp(i.now);
    const segment = `QN=${formatChinaTimestamp(i.now, true)};ST=22;CN=2011;PW=${i.hj212Password};MN=${device.mn};Flag=4;CP=&&DataTime=${stamp};a34002-Rtd=45.0,a34002-Flag=N&&`;
    const frame = encodeFrame(segment).toString('utf8').replace(/\r\n$/, '');
    commands.push({ protocol: 'hj212', command: `printf '%s\\r\\n' ${shellQuote(frame)} | nc -q 2 ${i.host} ${i.hj212Port}` });
  }
  const topic = `${TOPIC_PREFIX}${device.id}/readings`;
  if (device.protocols.includes('mqtt') && i.token) {
    commands.push({
      protocol: 'mqtt',
      command: `mosquitto_pub -h ${i.host} -p ${i.mqttPort} -q 1 -i ${device.id} -u ${device.id} -P ${shellQuote(i.token)} -t ${topic} -m ${shellQuote(JSON.stringify({ token: i.token, readings: reading }))}`,
    });
  }
  if (device.protocols.includes('http') && i.token) {
    commands.push({
      protocol: 'http',
      command: `curl -sS -X POST ${i.origin}/api/ingest/readings -H 'content-type: application/json' -H ${shellQuote(`X-Device-Token: ${i.token}`)} -d ${shellQuote(JSON.stringify(reading))}`,
    });
  }
  return {
    host: i.host,
    hj212Port: device.protocols.includes('hj212') ? i.hj212Port : null,
    mqttPort: device.protocols.includes('mqtt') ? i.mqttPort : null,
    mqttTopic: device.protocols.includes('mqtt') ? topic : null,
    httpUrl: device.protocols.includes('http') ? `${i.origin}/api/ingest/readings` : null,
    testCommands: commands,
  };
}
