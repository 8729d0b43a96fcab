import { and, eq, sql } from 'drizzle-orm';
import { selectRows, type Db, type DbOrTx } from '../../db/database.js';
import { knownDevices, loginFailures } from './tables.js';
import { newSecret, secretDigest } from './secrets.js';

/**
 * Sign-in throttling, kept in PostgreSQL so every instance behind a load balancer sees the same counters
 * (policy in docs/operations.md, "Sign-in throttling"):
 * - a (username, client) pair is locked for 15 min after 5 failures in 15 min: that client only, not the owner elsewhere;
 * - a client address is locked after 30 failures in 15 min, whatever the usernames;
 * - a username's failures from every client slow further attempts on it (after 10, 2^(n−10) s since the last failure,
 *   at most 60 s): never a lock, so the owner waits a minute at most; from a known device (a browser that signed in
 *   as this user before) the owner is not slowed at all.
 * A client is the known device when the browser presents one for this user, otherwise its address (TRUST_PROXY decides
 * which address that is).
 */
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  perPair: 5,
  perAddress: 30,
  usernameFreeFailures: 10,
  usernameMaxDelaySeconds: 60,
  knownDeviceDays: 365,
};

export const KNOWN_DEVICE_COOKIE = 'gb_device';

export type LoginClient = { address: string; knownDeviceHash: Buffer | null };

const name = (username: string) => username.toLowerCase();
const clientOf = (c: LoginClient) => (c.knownDeviceHash ? `d:${c.knownDeviceHash.toString('hex')}` : `a:${c.address}`);
const pairKey = (username: string, c: LoginClient) => `p:${name(username)}|${clientOf(c)}`;
const addressKey = (c: LoginClient) => `ip:${c.address}`;
const usernameKey = (username: string) => `u:${name(username)}`;

/** The per-username delay after `failures` failures in the window (seconds; 0 = none). */
export function usernameDelaySeconds(failures: number): number {
  const over = failures - LOGIN_LIMITS.usernameFreeFailures;
  if (over < 0) return 0;
  return Math.min(2 ** over, LOGIN_LIMITS.usernameMaxDelaySeconds);
}

export type LoginWait = { seconds: number; reason: 'client_locked' | 'username_slowed' } | null;

/** How long this client must wait before trying this username again, or null. */
export async function loginWait(db: Db, username: string, client: LoginClient): Promise<LoginWait> {
  const keys = [pairKey(username, client), usernameKey(username)];
  // A known device is proof of an earlier success here; the address may be a shared NAT an attacker also uses.
  if (!client.knownDeviceHash) keys.push(addressKey(client));
  const rows = await selectRows<{
    key: string;
    failures: number;
    locked_until: Date | string | null;
    last_failure_at: Date | string | null;
    window_open: boolean;
  }>(
    db,
    sql`select key, failures, locked_until, last_failure_at,
               window_started_at >= now() - make_interval(secs => ${LOGIN_LIMITS.windowSeconds}) as window_open
        from login_failures where key in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
  );
  const now = Date.now();
  let locked = 0;
  let slowed = 0;
  for (const r of rows) {
    if (r.key.startsWith('u:')) {
      if (client.knownDeviceHash || !r.window_open || !r.last_failure_at) continue;
      const until = new Date(r.last_failure_at).getTime() + usernameDelaySeconds(r.failures) * 1000;
      slowed = Math.max(slowed, Math.ceil((until - now) / 1000));
    } else if (r.locked_until) {
      locked = Math.max(locked, Math.ceil((new Date(r.locked_until).getTime() - now) / 1000));
    }
  }
  if (locked > 0) return { seconds: locked, reason: 'client_locked' };
  if (slowed > 0) return { seconds: slowed, reason: 'username_slowed' };
  return null;
}

export async function recordLoginFailure(db: Db, username: string, client: LoginClient): Promise<void> {
  for (const [key, limit] of [
    [pairKey(username, client), LOGIN_LIMITS.perPair],
    [addressKey(client), LOGIN_LIMITS.perAddress],
    [usernameKey(username), null],
  ] as const) {
    // One statement, so concurrent failures on two instances cannot both reset the window.
    await db.execute(sql`
      insert into login_failures (key, failures, window_started_at, last_failure_at)
      values (${key}, 1, now(), now())
      on conflict (key) do update set
        failures = case when login_failures.window_started_at < now() - make_interval(secs => ${LOGIN_LIMITS.windowSeconds})
                        then 1 else login_failures.failures + 1 end,
        window_started_at = case when login_failures.window_started_at < now() - make_interval(secs => ${LOGIN_LIMITS.windowSeconds})
                        then now() else login_failures.window_started_at end,
        last_failure_at = now()`);
    // The per-username counter only slows; it never locks.
    if (limit === null) continue;
    await db.execute(sql`
      update login_failures set locked_until = now() + make_interval(secs => ${LOGIN_LIMITS.lockSeconds})
      where key = ${key} and failures >= ${limit} and (locked_until is null or locked_until < now())`);
  }
}

/** After a success: this client's pair starts afresh. The username's count stays: an attack elsewhere is not over. */
export async function clearLoginFailures(db: DbOrTx, username: string, client: LoginClient): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, pairKey(username, client)));
}

/** The known-device digest of `cookie` when it belongs to `userId`, else null. */
export async function knownDeviceOf(db: DbOrTx, cookie: string | undefined, userId: string | undefined): Promise<Buffer | null> {
  if (!cookie || !userId) return null;
  const digest = secretDigest(cookie);
  const [row] = await db
    .select({ userId: knownDevices.userId })
    .from(knownDevices)
    .where(and(eq(knownDevices.secretHash, digest), eq(knownDevices.userId, userId)));
  return row ? digest : null;
}

/** Marks this browser as a known device of the user: returns a new cookie secret, or null when it already is one. */
export async function rememberDevice(db: DbOrTx, userId: string, known: Buffer | null): Promise<string | null> {
  if (known) {
    await db
      .update(knownDevices)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(knownDevices.secretHash, known));
    return null;
  }
  const secret = newSecret();
  await db.insert(knownDevices).values({ secretHash: secretDigest(secret), userId });
  // Devices unused for a year are forgotten, so the table does not grow with every browser ever used.
  await db
    .delete(knownDevices)
    .where(
      and(
        eq(knownDevices.userId, userId),
        sql`${knownDevices.lastUsedAt} < now() - make_interval(days => ${LOGIN_LIMITS.knownDeviceDays})`,
      ),
    );
  return secret;
}
