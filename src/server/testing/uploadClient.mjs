// A file-uploading HTTP client in its own thread, for tests that measure the server's event loop: the client's own
// work (building multipart bodies of megabytes, reading answers) then does not run on the thread it measures.
// workerData: { files: Record<name, Uint8Array> }; each message { id, url, headers, file } is answered
// { id, status, body } (body parsed when JSON).
import { parentPort, workerData } from 'node:worker_threads';

const blobs = Object.fromEntries(Object.entries(workerData.files).map(([name, bytes]) => [name, new Blob([bytes])]));

parentPort.on('message', async ({ id, url, headers, file }) => {
  try {
    const form = new FormData();
    form.append('file', blobs[file], `${file}.xlsx`);
    const res = await fetch(url, { method: 'POST', headers, body: form });
    const text = await res.text();
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    parentPort.postMessage({ id, status: res.status, body });
  } catch (err) {
    parentPort.postMessage({ id, status: 0, body: String(err) });
  }
});
