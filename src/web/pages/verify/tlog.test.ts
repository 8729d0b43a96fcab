// The browser verifier (WebCrypto) against the server's domain code (node:crypto): same hashes, same verdicts.
import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../../domain/ledger/checkpoint.js';
import { CompactRange, inclusionProofFromLeafHashes, leafHash as serverLeaf } from '../../../domain/ledger/merkle.js';
import { generateSignerKey, parseSignerKey } from '../../../domain/ledger/note.js';
import { toHex as serverHex, encodeBase64 } from '../../../domain/ledger/bytes.js';
import { leafHash, openCheckpoint, parseVerifierKey, rootFromInclusionProof, toHex, verifyEntryInclusion, VerifyError } from './tlog.js';

const enc = new TextEncoder();
const origin = 'greenbuild.local/quality-ledger';
const keys = generateSignerKey(origin);
const entries = Array.from({ length: 23 }, (_, i) => enc.encode(JSON.stringify({ recordId: `r${i}`, result: 'pass' })));
const leaves = entries.map(serverLeaf);
const { root } = CompactRange.empty().append(leaves);
const checkpoint = signCheckpoint({ origin, size: entries.length, root }, parseSignerKey(keys.signerKey));

describe('browser ledger verification', () => {
  it('hashes leaves like the server (RFC 6962)', async () => {
    for (const e of entries.slice(0, 3)) expect(toHex(await leafHash(e))).toBe(serverHex(serverLeaf(e)));
  });

  it('verifies every entry of a 23-entry tree against a signed checkpoint', async () => {
    for (let i = 0; i < entries.length; i++) {
      const proof = inclusionProofFromLeafHashes(i, leaves).map(encodeBase64);
      const v = await verifyEntryInclusion({ vkey: keys.verifierKey, checkpoint, entry: entries[i], index: i, proof, origin });
      expect(v.checkpoint.size).toBe(23);
      expect(toHex(v.computedRoot)).toBe(serverHex(root));
      expect(v.entry).toEqual({ recordId: `r${i}`, result: 'pass' });
    }
  });

  it('rejects a changed entry, a wrong index, a flipped proof bit and a forged signature', async () => {
    const proof = inclusionProofFromLeafHashes(4, leaves).map(encodeBase64);
    const base = { vkey: keys.verifierKey, checkpoint, entry: entries[4], index: 4, proof };
    const changed = enc.encode(JSON.stringify({ recordId: 'r4', result: 'fail' }));
    await expect(verifyEntryInclusion({ ...base, entry: changed })).rejects.toMatchObject({ step: 'proof' });
    await expect(verifyEntryInclusion({ ...base, index: 5 })).rejects.toBeInstanceOf(VerifyError);
    const bad = [...proof];
    const raw = Buffer.from(bad[1], 'base64');
    raw[0] ^= 1;
    bad[1] = raw.toString('base64');
    await expect(verifyEntryInclusion({ ...base, proof: bad })).rejects.toMatchObject({ step: 'proof' });
    await expect(verifyEntryInclusion({ ...base, checkpoint: checkpoint.replace('\n23\n', '\n24\n') })).rejects.toMatchObject({
      step: 'checkpoint',
      message: 'invalid checkpoint signature',
    });
    const stranger = generateSignerKey(origin);
    await expect(verifyEntryInclusion({ ...base, vkey: stranger.verifierKey })).rejects.toMatchObject({
      message: 'checkpoint is not signed by the published key',
    });
    await expect(verifyEntryInclusion({ ...base, origin: 'other.example/log' })).rejects.toMatchObject({ step: 'checkpoint' });
  });

  it('checks the verifier key hash and parses the checkpoint', async () => {
    const key = await parseVerifierKey(keys.verifierKey);
    expect(key.name).toBe(origin);
    await expect(parseVerifierKey(keys.verifierKey.replace(/\+([0-9a-f]{8})\+/, '+00000000+'))).rejects.toThrow(
      'verifier key hash mismatch',
    );
    const cp = await openCheckpoint(checkpoint, key);
    expect(cp).toMatchObject({ origin, size: 23 });
    await expect(rootFromInclusionProof(new Uint8Array(32), 3, 3, [])).rejects.toThrow(/outside/);
  });
});
