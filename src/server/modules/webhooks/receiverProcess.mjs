// A partner's receiver as its own process (for the kill -9 test): verifies each delivery with standardwebhooks,
// deduplicates by webhook-id as the spec asks receivers to, and answers GET /stats with what it has seen.
// Usage: node receiverProcess.mjs <secret>; prints {"port":n} once listening on 127.0.0.1 (8000–9999).
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

const wh = new Webhook(process.argv[2]);
const seen = new Map();
let total = 0;
let invalid = 0;
const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.setHeader('content-type', 'application/json');
    return res.end(JSON.stringify({ total, invalid, unique: seen.size, ids: [...seen.keys()], duplicates: total - invalid - seen.size }));
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    total++;
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      wh.verify(body, req.headers);
    } catch {
      invalid++;
      res.writeHead(400).end('bad signature');
      return;
    }
    const id = req.headers['webhook-id'];
    seen.set(id, (seen.get(id) ?? 0) + 1);
    // A little work per message, so the sender is mid-dispatch when it is killed.
    setTimeout(() => res.end('ok'), 5);
  });
});
for (let i = 0; i < 50; i++) {
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
