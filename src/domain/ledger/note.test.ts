import { describe, expect, it } from 'vitest';
import {
  generateSignerKey,
  isValidKeyName,
  NoteError,
  noteKeyHash,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  verifierKeyFromSignerKey,
  verifyNote,
} from './note.js';

// Fixed vectors: golang.org/x/mod sumdb/note/note_test.go
// (commit 02c991387e35f9e4c0a9b7ce137717055f8d716d), TestNewVerifier/TestNewSigner/TestSign/TestOpen.
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG = '\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

describe('C2SP signed-note: Go x/mod/sumdb/note vectors', () => {
  it('parses the PeterNeumann keys and derives the same key hash', () => {
    const signer = parseSignerKey(PETER_SKEY);
    const verifier = parseVerifierKey(PETER_VKEY);
    expect(signer.name).toBe('PeterNeumann');
    expect(signer.keyHash).toBe(0xc74f20a3);
    expect(verifier.keyHash).toBe(0xc74f20a3);
    expect(verifierKeyFromSignerKey(PETER_SKEY)).toBe(PETER_VKEY);
  });

  it('reproduces TestSign byte for byte (Ed25519 is deterministic)', () => {
    expect(signNote(TEXT, parseSignerKey(PETER_SKEY))).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('opens TestOpen notes: known signature verified, unknown ignored', () => {
    const msg = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`;
    const peterOnly = verifyNote(msg, PETER_VKEY);
    expect(peterOnly.text).toBe(TEXT);
    expect(peterOnly.signatures.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(peterOnly.unverified).toEqual([{ name: 'EnochRoot', keyHash: 0xaf0cfe78, base64: ENOCH_SIG.slice(12, -1) }]);
    const both = verifyNote(msg, [PETER_VKEY, ENOCH_VKEY]);
    expect(both.signatures.map((s) => s.keyHash)).toEqual([0xc74f20a3, 0xaf0cfe78]);
    expect(verifyNote(msg, ENOCH_VKEY).signatures[0].name).toBe('EnochRoot');
  });

  it('rejects notes with no verifiable signature, or an invalid one', () => {
    expect(() => verifyNote(`${TEXT}\n${ENOCH_SIG}`, PETER_VKEY)).toThrow('no verifiable signatures');
    const corrupted = `${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`;
    expect(() => verifyNote(corrupted, PETER_VKEY)).toThrow('invalid signature for key PeterNeumann+c74f20a3');
    expect(() => verifyNote(`${TEXT}\n${PETER_SIG.repeat(101)}`, PETER_VKEY)).toThrow('malformed note');
    expect(() => verifyNote(`${TEXT}\n${PETER_SIG}`, [PETER_VKEY, PETER_VKEY])).toThrow('ambiguous key');
  });

  it.each([
    ['no signature block', TEXT],
    ['blank line only', `${TEXT}\n`],
    ['signature without final newline', `${TEXT}\n${PETER_SIG.slice(0, -1)}`],
    ['control character', `\u0001${TEXT}\n${PETER_SIG}`],
    [
      'bad key name',
      `${TEXT}\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
    ],
    ['trailing junk line', `${TEXT}\n${PETER_SIG}Unexpected line.\n`],
    ['lone surrogate', `\ud800${TEXT}\n${PETER_SIG}`],
  ])('rejects malformed note: %s', (_label, msg) => {
    expect(() => verifyNote(msg, PETER_VKEY)).toThrow(NoteError);
  });

  it('rejects every proper substring and every single-byte increment of the keys (TestNewVerifier/TestNewSigner)', () => {
    for (const [key, parse] of [
      [PETER_VKEY, parseVerifierKey],
      [PETER_SKEY, parseSignerKey],
    ] as const) {
      const accepted: string[] = [];
      for (let i = 0; i <= key.length; i++) {
        for (let j = i + 1; j <= key.length; j++) {
          if (i === 0 && j === key.length) continue;
          try {
            parse(key.slice(i, j));
            accepted.push(key.slice(i, j));
          } catch (err) {
            expect(err).toBeInstanceOf(NoteError);
          }
        }
      }
      for (let i = 0; i < key.length; i++) {
        const mangled = key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1);
        try {
          parse(mangled);
          accepted.push(mangled);
        } catch {
          // expected
        }
      }
      expect(accepted).toEqual([]);
    }
    // Wrong key length with matching hash; unknown algorithm with matching hash.
    expect(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toThrow(NoteError);
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(
      'unknown verifier key algorithm',
    );
  });
});

describe('C2SP signed-note: round trips', () => {
  const origin = 'greenbuild.example/quality-log';

  it('generates keys in Go format and round-trips', () => {
    const { signerKey, verifierKey } = generateSignerKey(origin);
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+greenbuild\.example\/quality-log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(verifierKey).toMatch(/^greenbuild\.example\/quality-log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(verifierKeyFromSignerKey(signerKey)).toBe(verifierKey);
    const text = '质量追溯 entry\n\nsecond paragraph\n';
    const note = signNote(text, parseSignerKey(signerKey));
    const opened = verifyNote(note, verifierKey);
    expect(opened.text).toBe(text); // text may contain blank lines: split is at the last one
    expect(opened.signatures[0].keyHash).toBe(parseVerifierKey(verifierKey).keyHash);
  });

  it('fails on tampered text, tampered signature and the wrong key', () => {
    const a = generateSignerKey(origin);
    const b = generateSignerKey(origin); // same name, different key → different key hash
    const note = signNote('size 10\n', parseSignerKey(a.signerKey));
    expect(() => verifyNote(note.replace('10', '11'), a.verifierKey)).toThrow('invalid signature');
    const sigStart = note.indexOf('\u2014');
    const b64 = note.slice(note.lastIndexOf(' ') + 1, -1);
    const raw = Buffer.from(b64, 'base64');
    raw[10] ^= 1;
    expect(() => verifyNote(note.slice(0, sigStart) + note.slice(sigStart).replace(b64, raw.toString('base64')), a.verifierKey)).toThrow(
      'invalid signature',
    );
    expect(() => verifyNote(note, b.verifierKey)).toThrow('no verifiable signatures');
    // Impostor key claiming the genuine name+hash on the line: a key mismatch, not a pass.
    const forged = note.replace(
      note.slice(sigStart),
      signNote('size 10\n', { ...parseSignerKey(b.signerKey), keyHash: parseVerifierKey(a.verifierKey).keyHash }).slice(
        'size 10\n\n'.length,
      ),
    );
    expect(() => verifyNote(forged, a.verifierKey)).toThrow('invalid signature');
  });

  it('supports cosigning by several keys', () => {
    const log = generateSignerKey(origin);
    const witness = generateSignerKey('witness.example/w1');
    const note = signNote('x\n', [parseSignerKey(log.signerKey), parseSignerKey(witness.signerKey)]);
    expect(verifyNote(note, log.verifierKey).unverified.map((s) => s.name)).toEqual(['witness.example/w1']);
    expect(verifyNote(note, [log.verifierKey, witness.verifierKey]).signatures).toHaveLength(2);
  });

  it('refuses to sign text that could not be opened', () => {
    const signer = parseSignerKey(PETER_SKEY);
    expect(() => signNote('abc', signer)).toThrow(NoteError);
    expect(() => signNote('a\tb\n', signer)).toThrow(NoteError);
    expect(() => signNote('ok\n', { ...signer, name: 'a+b' })).toThrow(NoteError);
  });

  it('validates key names like Go (no spaces, no plus)', () => {
    for (const bad of ['', 'a b', 'a+b', 'a\u00a0b', 'a\u3000b', 'a\u0085b']) expect(isValidKeyName(bad)).toBe(false);
    expect(isValidKeyName('example.com/log-42')).toBe(true);
    expect(() => generateSignerKey('bad name')).toThrow(NoteError);
  });

  it('computes key hash as SHA-256(name ‖ 0x0A ‖ 0x01 ‖ pubkey)[:4]', () => {
    const encoded = Buffer.from(PETER_VKEY.split('+')[2], 'base64');
    expect(encoded[0]).toBe(0x01);
    expect(encoded.length).toBe(33);
    expect(noteKeyHash('PeterNeumann', encoded)).toBe(0xc74f20a3);
  });
});
