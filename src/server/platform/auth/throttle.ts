import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginFailures } from './tables.js';

// Failed sign-ins are counted per username and per client address in the database, so the limit holds across instances.
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  perUsername: 5,
  perAddress: 30,
};

export const throttleKeys = (username: string, ip: string) => [`u:${username.toLowerCase()}`, `ip:${ip}`];

/** Seconds until the caller may try again, or 0 when not locked. */
export async function lockedForSeconds(db: Db, keys: string[]): Promise<number> {
  let longest = 0;
  for (const key of keys) {
    const [row] = await db.select().from(loginFailures).where(eq(loginFailures.key, key));
    if (row?.lockedUntil) longest = Math.max(longest, Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000));
  }
  return longest;
}

export async function recordLoginFailure(db: Db, username: string, ip: string): Promise<void> {
  const [userKey, ipKey] = throttleKeys(username, ip) as [string, string];
  for (const [key, limit] of [
    [userKey, LOGIN_LIMITS.perUsername],
    [ipKey, LOGIN_LIMITS.perAddress],
  ] as const) {
    // One statement, so concurrent failures on two instances cannot both reset the window.
    await db.execute(sql`
      insert into login_failures (key, failures, window_started_at)
      values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when login_failures.window_started_at < now() - make_interval(secs => ${LOGIN_LIMITS.windowSeconds})
                        then 1 else login_failures.failures + 1 end,
        window_started_at = case when login_failures.window_started_at < now() - make_interval(secs => ${LOGIN_LIMITS.windowSeconds})
                        then now() else login_failures.window_started_at end`);
    await db.execute(sql`
      update login_failures set locked_until = now() + make_interval(secs => ${LOGIN_LIMITS.lockSeconds})
      where key = ${key} and failures >= ${limit} and (locked_until is null or locked_until < now())`);
  }
}

export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, `u:${username.toLowerCase()}`));
}
