import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { generateSignerKey, parseSignerKey, verifierKeyFromSignerKey, type NoteSigner } from '../../../domain/ledger/note.js';

export const DEFAULT_LEDGER_ORIGIN = 'greenbuild.local/quality-ledger';

export type LogKey = { origin: string; signer: NoteSigner; verifierKey: string; source: 'environment' | 'file' | 'generated' };

/**
 * The log's Ed25519 key: LEDGER_SIGNING_KEY when set (required when several instances share one PostgreSQL
 * without a shared DATA_DIR), otherwise DATA_DIR/ledger/signing.key, generated on first start with mode 0600.
 * The key name is the log origin, as C2SP checkpoints expect.
 */
export function loadLogKey(config: Config): LogKey {
  if (config.ledgerSigningKey) {
    const signer = parseSignerKey(config.ledgerSigningKey);
    return {
      origin: config.ledgerOrigin ?? signer.name,
      signer,
      verifierKey: verifierKeyFromSignerKey(config.ledgerSigningKey),
      source: 'environment',
    };
  }
  const origin = config.ledgerOrigin ?? DEFAULT_LEDGER_ORIGIN;
  const dir = path.join(config.dataDir, 'ledger');
  const file = path.join(dir, 'signing.key');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let source: LogKey['source'] = 'file';
  try {
    // 'wx': exactly one process creates the key even if two start at once on a shared DATA_DIR.
    fs.writeFileSync(file, generateSignerKey(origin).signerKey + '\n', { flag: 'wx', mode: 0o600 });
    source = 'generated';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const signerKey = fs.readFileSync(file, 'utf8').trim();
  const signer = parseSignerKey(signerKey);
  return { origin, signer, verifierKey: verifierKeyFromSignerKey(signerKey), source };
}
