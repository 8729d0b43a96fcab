import { loadConfig, ConfigError, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { openObjectStore, StorageUnavailable } from './platform/storage.js';

/** Boots config → database → migrations → first-start data → app → listeners, and shuts down in reverse. */
export async function start(config: Config) {
  const started = performance.now();
  // The object store first: an instance that cannot store files must not join the pool half-working.
  const objects = openObjectStore(config.dataDir, config.storage);
  try {
    await objects.check();
  } catch (err) {
    const cause = err instanceof StorageUnavailable ? (err.cause as Error)?.message : (err as Error).message;
    throw new ConfigError(
      config.storage.url
        ? `Object storage unreachable: STORAGE_URL=${config.storage.url} (S3_ENDPOINT=${config.storage.endpoint ?? 'AWS default'}): ${cause}. ` +
            'Check that the bucket exists and the credentials (S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY) may read and write it.'
        : `DATA_DIR=${config.dataDir} is not writable (STORAGE_URL is unset, so files are stored there): ${cause}`,
    );
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const report = await migrate(database);
  const { app, shutdownHooks } = await buildApp(config, database, { objects });
  if (report.applied.length) app.log.info({ applied: report.applied }, 'database migrated');
  await bootstrap(config, database, (msg) => console.log(msg));
  await app.listen({ port: config.port, host: config.host });
  const ms = Math.round(performance.now() - started);
  app.log.info(`GreenBuild ready on http://localhost:${config.port} (${database.kind}, ${ms} ms)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      for (const hook of shutdownHooks.reverse()) await hook();
      await database.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return { app, database };
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isEntry) {
  try {
    await start(loadConfig());
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  }
}
