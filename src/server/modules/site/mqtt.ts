// MQTT ingestion. Devices publish JSON readings to greenbuild/devices/{deviceId}/readings.
// - Embedded broker (MQTT_URL unset): aedes on MQTT_PORT; a device signs in with username = device id and
//   password = its token and may only publish to its own topic. aedes sends PUBACK right after authorizePublish,
//   so the durable write happens inside authorizePublish: QoS 1 is acknowledged only once the readings are stored.
// - External broker (MQTT_URL set): the platform subscribes with a shared subscription and a persistent session;
//   the broker's own ACL guards topics, so each message also carries the device token. PUBACK goes out after the
//   write (mqtt.js sends it when handleMessage calls back); until then the broker keeps the message.
import net from 'node:net';
import { Aedes, type Client as AedesClient } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import { tokenMatches, type DeviceCredentials, type DeviceDirectory } from './devices.js';
import { validateReadings, type Ingestion, type ReadingError } from './ingest.js';

export const TOPIC_PREFIX = 'greenbuild/devices/';
const READINGS_TOPIC = /^greenbuild\/devices\/([0-9a-f-]{36})\/readings$/;
/** Largest message accepted (a batch of a few thousand readings). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** Largest MQTT packet (remaining length) the embedded broker reads: a maximal message plus its topic and ids. */
export const MAX_PACKET_BYTES = MAX_PAYLOAD_BYTES + 1024;

/**
 * Follows the MQTT fixed headers of one connection (MQTT 3.1.1 §2.2: a type byte, then the Remaining Length in 1–4
 * bytes of 7-bit groups) and reports the first packet whose remaining length exceeds the limit as soon as its header
 * is read. aedes' parser (mqtt-packet 9) has no maximum packet size: it buffers a packet whole before anyone sees it,
 * so a 100 MB publish would cost 100 MB of memory before authorizePublish could refuse it.
 */
export class PacketLengthWatch {
  private state: 'type' | 'length' | 'body' | 'off' = 'type';
  private length = 0;
  private multiplier = 1;
  private lengthBytes = 0;
  private remaining = 0;

  constructor(private readonly maxRemainingLength: number) {}

  /** Feeds received bytes; returns the oversized remaining length when a packet declares one, else null. */
  push(chunk: Uint8Array): number | null {
    let i = 0;
    while (i < chunk.length && this.state !== 'off') {
      if (this.state === 'body') {
        const take = Math.min(this.remaining, chunk.length - i);
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) this.state = 'type';
      } else if (this.state === 'type') {
        this.state = 'length';
        this.length = 0;
        this.multiplier = 1;
        this.lengthBytes = 0;
        i++;
      } else {
        const byte = chunk[i++]!;
        this.length += (byte & 0x7f) * this.multiplier;
        this.multiplier *= 128;
        this.lengthBytes++;
        if (byte & 0x80) {
          // A fifth length byte is malformed; the parser itself refuses it and closes the connection.
          if (this.lengthBytes >= 4) this.state = 'off';
          continue;
        }
        if (this.length > this.maxRemainingLength) return this.length;
        this.remaining = this.length;
        this.state = this.remaining === 0 ? 'type' : 'body';
      }
    }
    return null;
  }
}

type Log = { info(o: unknown, m?: string): void; warn(o: unknown, m?: string): void };

export type MqttStats = { messages: number; readings: number; rejectedMessages: number };

/** Reads a message body: a JSON array of readings, or {"readings":[…]} (with "token" for an external broker). */
export function parseMessage(payload: Buffer): { readings: unknown[]; token?: unknown } | null {
  if (payload.length > MAX_PAYLOAD_BYTES) return null;
  try {
    const body = JSON.parse(payload.toString('utf8')) as unknown;
    if (Array.isArray(body)) return { readings: body };
    if (body && typeof body === 'object' && Array.isArray((body as { readings?: unknown }).readings)) {
      return { readings: (body as { readings: unknown[] }).readings, token: (body as { token?: unknown }).token };
    }
  } catch {
    /* not JSON */
  }
  return null;
}

/** Validates, counts rejects and stores one message's readings; throws only when storage is unavailable. */
async function ingestMessage(ingestion: Ingestion, device: DeviceCredentials, payload: Buffer, stats: MqttStats): Promise<ReadingError[]> {
  stats.messages++;
  if (payload.length > MAX_PAYLOAD_BYTES) {
    stats.rejectedMessages++;
    await ingestion.countRejects([
      { deviceRef: device.id, source: 'mqtt', reason: 'payload_too_large', count: 1, detail: `${payload.length} bytes` },
    ]);
    return [{ index: -1, path: '', code: 'payload_too_large' }];
  }
  const body = parseMessage(payload);
  if (!body) {
    stats.rejectedMessages++;
    await ingestion.countRejects([
      { deviceRef: device.id, source: 'mqtt', reason: 'payload_invalid', count: 1, detail: payload.subarray(0, 200).toString('utf8') },
    ]);
    return [{ index: -1, path: '', code: 'payload_invalid' }];
  }
  const { rows, errors } = validateReadings(device, body.readings, 'mqtt');
  await ingestion.store(rows);
  stats.readings += rows.length;
  if (errors.length) {
    await ingestion.countRejects(
      errors.map((e) => ({ deviceRef: device.id, source: 'mqtt' as const, reason: e.code, count: 1, detail: `#${e.index} ${e.path}` })),
    );
  }
  return errors;
}

export class EmbeddedBroker {
  private broker: Aedes | null = null;
  private server: net.Server | null = null;
  private readonly devices = new WeakMap<AedesClient, DeviceCredentials>();
  private warnedMqtt5 = false;
  readonly stats: MqttStats = { messages: 0, readings: 0, rejectedMessages: 0 };

  constructor(
    private readonly ingestion: Ingestion,
    private readonly directory: DeviceDirectory,
    private readonly options: { port: number; host?: string; log: Log },
  ) {}

  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : null;
  }

  get connectedClients(): number {
    return this.broker?.connectedClients ?? 0;
  }

  /** Starts the broker; resolves false with a clear message when the port is taken, and the platform keeps running. */
  async start(): Promise<boolean> {
    const broker = await Aedes.createBroker({
      // aedes 1.x speaks MQTT 3.1 and 3.1.1 only and answers an MQTT 5 CONNECT with "unacceptable protocol version".
      // Count those refusals so an operator sees them, and point to the external-broker route (README: MQTT 5).
      preConnect: (_client, packet, done) => {
        if (packet.protocolVersion === 5) {
          if (!this.warnedMqtt5) {
            this.warnedMqtt5 = true;
            this.options.log.warn(
              {},
              'an MQTT 5 client was refused: the embedded broker speaks MQTT 3.1.1; set MQTT_URL to a broker such as Mosquitto 2 for MQTT 5 devices',
            );
          }
          void this.ingestion
            .countRejects([
              { deviceRef: 'unknown', source: 'mqtt', reason: 'protocol_mqtt5', count: 1, detail: packet.clientId?.slice(0, 100) },
            ])
            .catch(() => undefined);
        }
        done(null, true);
      },
      authenticate: (client, username, password, done) => {
        void (async () => {
          const device = username ? await this.directory.byId(username) : null;
          if (!device || !device.protocols.includes('mqtt') || !tokenMatches(device, password?.toString('utf8'))) {
            const err = Object.assign(new Error('bad device id or token'), { returnCode: 4 as const });
            return done(err, false);
          }
          this.devices.set(client, device);
          done(null, true);
        })().catch(() => done(Object.assign(new Error('server unavailable'), { returnCode: 3 as const }), false));
      },
      authorizeSubscribe: (client, sub, done) => {
        const device = this.devices.get(client);
        // A device may listen to its own topics only (e.g. …/errors for rejected readings).
        if (device && sub.topic.startsWith(`${TOPIC_PREFIX}${device.id}/`)) return done(null, sub);
        done(null, null); // refused in the SUBACK (0x80), connection kept
      },
      authorizePublish: (client, packet, done) => {
        if (!client) return done(null); // the broker's own messages
        const device = this.devices.get(client);
        const match = READINGS_TOPIC.exec(packet.topic);
        if (!device || !match || match[1] !== device.id) return done(new Error('publish not allowed'));
        ingestMessage(this.ingestion, device, packet.payload as Buffer, this.stats).then(
          (errors) => {
            if (errors.length) {
              broker.publish(
                {
                  cmd: 'publish',
                  topic: `${TOPIC_PREFIX}${device.id}/errors`,
                  payload: Buffer.from(JSON.stringify({ errors })),
                  qos: 0,
                  retain: false,
                  dup: false,
                },
                () => undefined,
              );
            }
            done(null);
          },
          // Storage unavailable: no PUBACK; aedes drops the connection and the client re-sends after reconnecting.
          (err) => done(err as Error),
        );
      },
    });
    const server = net.createServer((socket) => {
      const client = broker.handle(socket);
      const watch = new PacketLengthWatch(MAX_PACKET_BYTES);
      // aedes reads the socket in paused mode ('readable' + read()), so this listener sees each chunk as aedes takes
      // it, just before its parser appends it, without switching the socket to flowing mode: an oversized packet is
      // refused on its first chunk, not after it has been buffered whole.
      socket.on('data', (chunk: Buffer) => {
        const declared = watch.push(chunk);
        if (declared === null) return;
        socket.destroy();
        this.stats.rejectedMessages++;
        const device = this.devices.get(client);
        void this.ingestion
          .countRejects([
            {
              deviceRef: device?.id ?? 'unknown',
              source: 'mqtt',
              reason: 'payload_too_large',
              count: 1,
              detail: `MQTT packet of ${declared} bytes (at most ${MAX_PACKET_BYTES})`,
            },
          ])
          .catch(() => undefined);
      });
    });
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        this.options.log.warn(
          { port: this.options.port, err: err.message },
          err.code === 'EADDRINUSE'
            ? `MQTT port ${this.options.port} is already in use (another broker, e.g. Mosquitto?). The embedded MQTT broker is OFF; ` +
                `HTTP and HJ 212 ingestion keep running. Set MQTT_PORT to a free port, or MQTT_URL=mqtt://127.0.0.1:${this.options.port} to use that broker.`
            : `embedded MQTT broker could not listen on ${this.options.port}`,
        );
        resolve(false);
      });
      server.listen({ port: this.options.port, host: this.options.host ?? '0.0.0.0', backlog: 1024 }, () => resolve(true));
    });
    if (!ok) {
      await new Promise<void>((r) => broker.close(() => r()));
      return false;
    }
    this.broker = broker;
    this.server = server;
    this.options.log.info({ port: this.port }, 'embedded MQTT broker listening');
    return true;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.broker ? this.broker.close(() => r()) : r()));
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.broker = null;
    this.server = null;
  }
}

/** Subscribes to an external broker (e.g. Mosquitto) with a shared subscription so several instances split the load. */
export class ExternalBrokerSubscriber {
  private clients: MqttClient[] = [];
  private closed = false;
  readonly stats: MqttStats = { messages: 0, readings: 0, rejectedMessages: 0 };

  constructor(
    private readonly ingestion: Ingestion,
    private readonly directory: DeviceDirectory,
    /** instanceKey names this deployment's share group and this instance's persistent sessions. */
    private readonly options: { url: string; instanceKey: string; connections?: number; log: Log },
  ) {}

  /** Instances of one deployment (same database) share the group, so each message is stored by one of them. */
  private get group(): string {
    return `greenbuild-${this.options.instanceKey.split('-')[0]}`;
  }

  async start(): Promise<boolean> {
    const n = this.options.connections ?? 2;
    const started = await Promise.all(Array.from({ length: n }, (_, i) => this.connect(`greenbuild-${this.options.instanceKey}-${i}`)));
    return started.every(Boolean);
  }

  private connect(clientId: string): Promise<boolean> {
    // A persistent session (clean: false) keeps unacknowledged QoS 1 messages at the broker while we are away.
    // The session expires a day after we leave, so a retired instance does not make the broker queue forever.
    const client = mqtt.connect(this.options.url, {
      clientId,
      clean: false,
      protocolVersion: 5,
      // maximumPacketSize: the broker must not forward larger messages to us (MQTT 5 §3.1.2.11.4); give the broker
      // its own limit too (Mosquitto: message_size_limit, docs/operations.md), so devices learn of the refusal.
      properties: { sessionExpiryInterval: 86_400, maximumPacketSize: MAX_PACKET_BYTES },
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
    });
    this.clients.push(client);
    client.handleMessage = (packet, callback) => {
      void this.handle(packet.topic, packet.payload as Buffer).then(() => callback());
    };
    client.on('error', (err) => this.options.log.warn({ err: err.message, url: this.options.url }, 'MQTT broker connection error'));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.options.log.warn({ url: this.options.url }, 'MQTT broker not reachable yet; will keep retrying');
        resolve(false);
      }, 10_000);
      client.once('connect', () => {
        client.subscribe(`$share/${this.group}/${TOPIC_PREFIX}+/readings`, { qos: 1 }, (err) => {
          clearTimeout(timer);
          if (err) this.options.log.warn({ err: err.message }, 'MQTT subscribe failed');
          else this.options.log.info({ url: this.options.url, clientId }, 'subscribed to external MQTT broker');
          resolve(!err);
        });
      });
    });
  }

  private async handle(topic: string, payload: Buffer): Promise<void> {
    const match = READINGS_TOPIC.exec(topic);
    const device = match ? await this.directory.byId(match[1]!).catch(() => null) : null;
    const body = parseMessage(payload);
    if (!device || !device.protocols.includes('mqtt') || !body || !tokenMatches(device, body.token)) {
      this.stats.rejectedMessages++;
      await this.ingestion
        .countRejects([
          {
            deviceRef: device?.id ?? 'unknown',
            source: 'mqtt',
            reason: device ? 'token_wrong' : 'device_unknown',
            count: 1,
            detail: topic,
          },
        ])
        .catch(() => undefined);
      return;
    }
    // Keep trying until stored: the broker holds the message (and everything after it) until we acknowledge.
    for (;;) {
      try {
        await ingestMessage(this.ingestion, device, payload, this.stats);
        return;
      } catch (err) {
        if (this.closed) return new Promise(() => undefined); // never acknowledge during shutdown
        this.options.log.warn({ err: (err as Error).message }, 'MQTT message not stored yet; retrying before acknowledging');
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  async stop(): Promise<void> {
    this.closed = true;
    await Promise.all(this.clients.map((c) => c.endAsync(true).catch(() => undefined)));
    this.clients = [];
  }
}
