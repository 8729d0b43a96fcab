// `npm run simulate`: drives the demo sites' devices of the pilots under construction (实施中) over the real
// protocols against a running GreenBuild, so the smart-site dashboards are alive (the protocol work: scripts/simulator.ts).
//
//   GREENBUILD_URL=http://localhost:3000  HJ212_HOST=<host of the URL>  HJ212_PORT=9212
//   MQTT_URL=mqtt://<host>:1883 (the embedded broker, or your broker)  GREENBUILD_DEMO_PASSWORD=Demo@2026
//   SIMULATE_INTERVAL_S=10   SIMULATE_USER=ministry   flags: --once (one round, then exit)  --exceed (noisy, dusty)
import { DemoSimulator } from './simulator.js';

const baseUrl = (process.env.GREENBUILD_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const host = process.env.HJ212_HOST ?? new URL(baseUrl).hostname;
const intervalMs = Number(process.env.SIMULATE_INTERVAL_S ?? 10) * 1000;
const once = process.argv.includes('--once');
const exceed = process.argv.includes('--exceed');

const sim = new DemoSimulator({
  baseUrl,
  hj212Host: host,
  hj212Port: Number(process.env.HJ212_PORT ?? 9212),
  mqttUrl: process.env.MQTT_URL ?? `mqtt://${host}:${process.env.MQTT_PORT ?? 1883}`,
  password: process.env.GREENBUILD_DEMO_PASSWORD ?? 'Demo@2026',
  user: process.env.SIMULATE_USER ?? 'ministry',
  exceed,
  warn: (msg) => console.warn(msg),
});

const devices = await sim.discover();
if (!devices.length) {
  console.error('No demo devices found. Start the server with the demo on (npm start on PGlite, or GREENBUILD_DEMO=1).');
  process.exit(1);
}
console.log(
  `Simulating ${devices.length} demo devices on ${new Set(devices.map((d) => d.projectId)).size} pilots under construction against ${baseUrl} (HJ 212 ${sim.host}:${sim.hjPort}, MQTT ${sim.mqttUrl}), every ${intervalMs / 1000} s${exceed ? ', over the limits' : ''}.`,
);

async function round() {
  await sim.round();
  const { stats } = sim;
  const f = (p: { sent: number; acked: number }) => `${p.acked}/${p.sent}`;
  console.log(
    `${new Date().toLocaleTimeString('zh-CN', { hour12: false })}  HJ 212 ${f(stats.hj212)}  MQTT ${f(stats.mqtt)}  HTTP ${f(stats.http)}  errors ${stats.errors}`,
  );
}

const stop = () => {
  sim.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const firstRound = new Date();
await round();
await sim.checkMqttHeard(firstRound);
if (once) stop();
setInterval(() => void round(), intervalMs);
