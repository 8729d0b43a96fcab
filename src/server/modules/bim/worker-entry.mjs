// Worker bootstrap: the server runs TypeScript through tsx, and a worker thread started from a test runner
// does not inherit a loader, so the worker registers tsx itself before loading the real entry.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
