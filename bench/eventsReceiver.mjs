// The events benchmark's receiver, in its own process: verifies every delivery's Standard Webhooks signature with the
// endpoint's secret (POST /secrets, path /hooks/<i>), and records the lag from the event's time to its arrival.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

let hooks = [];
let count = 0;
let invalid = 0;
let lags = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (req.url === '/secrets') {
      hooks = JSON.parse(body).map((s) => new Webhook(s));
      return res.end('ok');
    }
    if (req.url === '/stats') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ count, invalid, lags }));
    }
    if (req.url === '/reset') {
      count = 0;
      invalid = 0;
      lags = [];
      return res.end('ok');
    }
    const i = Number(req.url.split('/').pop());
    try {
      const msg = hooks[i].verify(body, req.headers);
      count++;
      lags.push(Date.now() - Date.parse(msg.time));
      res.end('ok');
    } catch {
      invalid++;
      res.writeHead(400).end('bad signature');
    }
  });
});
for (let k = 0; k < 50; k++) {
  const port = 8000 + Math.floor(Math.random() * 2000);
  const ok = await new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (ok) {
    console.log(JSON.stringify({ port }));
    break;
  }
}
