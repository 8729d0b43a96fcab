import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { countUsers, createUser } from './modules/accounts/store.js';
import { generatePassword } from './platform/auth/secrets.js';
import { seedDemo } from './modules/demo/seed.js';
import { demoSeeders } from './modules/demo/seeders.js';

const SYSTEM = { id: null, name: 'system', role: null, ip: null };

/** First-start work: the admin account on an empty database, then the demo when it is on. */
export async function bootstrap(config: Config, database: Database, log: (msg: string) => void): Promise<void> {
  const { db } = database;
  if ((await countUsers(db)) === 0) {
    const generated = !config.adminPassword;
    const password = config.adminPassword ?? generatePassword();
    await db.transaction((tx) =>
      createUser(tx, SYSTEM, { username: 'admin', displayName: '系统管理员', role: 'admin', password, mustChangePassword: generated }),
    );
    if (generated)
      log(`\n  Created the admin account. Username: admin  Password: ${password}\n  (shown once; change it after signing in)\n`);
    else log('Created the admin account with GREENBUILD_ADMIN_PASSWORD.');
  }
  if (config.demo) {
    const created = await seedDemo(database, config.demoPassword);
    if (created.length) {
      log(
        [
          '',
          '  演示数据 Demo data seeded. Demo accounts (password: ' + config.demoPassword + '):',
          ...created.map((u) => `    ${u.username.padEnd(22)} ${u.role.padEnd(11)} ${u.displayName}`),
          '',
        ].join('\n'),
      );
    }
    for (const seeder of demoSeeders) await seeder.seed(database, { password: config.demoPassword, log, dataDir: config.dataDir });
  }
}
