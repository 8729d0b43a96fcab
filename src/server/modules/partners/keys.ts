import { randomUUID } from 'node:crypto';
import { desc, isNull, or, sql, gt } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { DbOrTx } from '../../db/database.js';
import { oauthSigningKeys } from './tables.js';

/** Access tokens are signed with ECDSA P-256 (ES256): every JOSE library verifies it, and keys are small. */
export const SIGNING_ALG = 'ES256';
/** A retired key stays published this long, longer than any token it signed lives (10 min), so none fails mid-life. */
export const RETIRED_KEY_PUBLISHED_HOURS = 24;

type SigningKey = { kid: string; key: CryptoKey };

/**
 * The key that signs new tokens: the newest live one in PostgreSQL, created on first use. Two instances creating the
 * first key at once both succeed (distinct kids); each signs with the newest, and both stay published, so every token
 * verifies anywhere.
 */
export async function currentSigningKey(db: DbOrTx): Promise<SigningKey> {
  let [row] = await db
    .select()
    .from(oauthSigningKeys)
    .where(isNull(oauthSigningKeys.retiredAt))
    .orderBy(desc(oauthSigningKeys.createdAt))
    .limit(1);
  if (!row) row = await createSigningKey(db);
  return { kid: row.kid, key: (await importJWK(row.privateJwk, SIGNING_ALG)) as CryptoKey };
}

async function createSigningKey(db: DbOrTx) {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const kid = randomUUID();
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG };
  const [row] = await db.insert(oauthSigningKeys).values({ kid, alg: SIGNING_ALG, privateJwk, publicJwk }).returning();
  return row!;
}

/** Rotation: a new key signs from now on; the previous one retires but stays published for RETIRED_KEY_PUBLISHED_HOURS. */
export async function rotateSigningKey(db: DbOrTx): Promise<string> {
  await db
    .update(oauthSigningKeys)
    .set({ retiredAt: sql`now()` })
    .where(isNull(oauthSigningKeys.retiredAt));
  return (await createSigningKey(db)).kid;
}

/** The public keys a verifier accepts: live ones and those retired less than RETIRED_KEY_PUBLISHED_HOURS ago. */
export async function publishedKeys(db: DbOrTx): Promise<JWK[]> {
  const rows = await db
    .select({ publicJwk: oauthSigningKeys.publicJwk })
    .from(oauthSigningKeys)
    .where(
      or(
        isNull(oauthSigningKeys.retiredAt),
        gt(oauthSigningKeys.retiredAt, sql`now() - make_interval(hours => ${RETIRED_KEY_PUBLISHED_HOURS})`),
      ),
    )
    .orderBy(desc(oauthSigningKeys.createdAt));
  return rows.map((r) => r.publicJwk);
}
