import type { Database } from '../../db/database.js';

/**
 * A capability's demo data. Seeders run in list order on every start with the demo on, after the demo accounts,
 * and must be idempotent (check for their own rows first). Everything they create is marked 演示 / is_demo.
 */
export type DemoSeeder = {
  name: string;
  seed(database: Database, opts: { password: string; log(msg: string): void; dataDir?: string }): Promise<void>;
};
