// Fallback worker bootstrap, used only when the plain-JS bundle of the worker cannot be built or written
// (workerEntry.ts): the server runs TypeScript through tsx, and a worker thread does not inherit a loader, so this
// registers tsx in the worker before loading the real entry. It costs about 50 MB more per job than the bundle.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
