import { describe, expect, it } from 'vitest';
import { encodeBase64, toHex } from './bytes.js';
import { CheckpointError, formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.js';
import { CompactRange, consistencyProofFromLeafHashes, leafHash, verifyConsistency } from './merkle.js';
import { generateSignerKey, NoteError, parseSignerKey, signNote } from './note.js';

// golang.org/x/mod sumdb/tlog/note_test.go TestFormatTree (commit 774e77886cf18ba9e220baec8497d65b0c50373f):
// the go.sum tree note is the checkpoint body format, root = RecordHash("hello world") = RFC 6962 leaf hash.
const GO_TREE = 'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n';

// golang.org/x/mod sumdb/client_test.go (commit 8569e2639ca10cf2c77d73ec4eb87a6b8e15ed69): test
// server keys and two signed tree notes quoted in TestClientFork's comment.
const SUMDB_VKEY = 'localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6';
const SUMDB_SKEY = 'PRIVATE+KEY+localhost.localdev/sumdb+00000c67+AXu6+oaVaOYuQOFrf1V59JK1owcFlJcHwwXHDfDGxSPk';
const SUMDB_TREE_6 =
  'go.sum database tree\n6\nwc4SkQt52o5W2nQ8To2ARs+mWuUJjss+sdleoiqxMmM=\n\n' +
  '\u2014 localhost.localdev/sumdb AAAMZ6oRNswlEZ6ZZhxrCvgl1MBy+nusq4JU+TG6Fe2NihWLqOzb+y2c2kzRLoCr4tvw9o36ucQEnhc20e4nA4Qc/wc=\n';
const SUMDB_TREE_5 =
  'go.sum database tree\n5\nnWzN20+pwMt62p7jbv1/NlN95ePTlHijabv5zO/s36w=\n\n' +
  '\u2014 localhost.localdev/sumdb AAAMZ5/2FVAdMH58kmnz/0h299pwyskEbzDzoa2/YaPdhvLya4YWDFQQxu2TQb5GpwAH4NdWnTwuhILafisyf3CNbgg=\n';

describe('C2SP tlog-checkpoint body', () => {
  it('formats and parses the Go tlog tree vector', () => {
    const root = leafHash(new TextEncoder().encode('hello world'));
    expect(formatCheckpoint({ origin: 'go.sum database tree', size: 123456789012, root })).toBe(GO_TREE);
    const parsed = parseCheckpoint(GO_TREE);
    expect(parsed.origin).toBe('go.sum database tree');
    expect(parsed.size).toBe(123456789012);
    expect(toHex(parsed.root)).toBe(toHex(root));
    expect(parsed.extensions).toBeUndefined();
  });

  it('parses the c2sp.org example and keeps extension lines', () => {
    const body = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
    expect(parseCheckpoint(body).size).toBe(20852163);
    const withExt = parseCheckpoint(`${body}ext one\next-two\n`);
    expect(withExt.extensions).toEqual(['ext one', 'ext-two']);
    expect(formatCheckpoint(withExt)).toBe(`${body}ext one\next-two\n`);
  });

  it('formats the empty tree', () => {
    expect(formatCheckpoint({ origin: 'o', size: 0, root: CompactRange.empty().root() })).toBe(
      'o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n',
    );
  });

  it.each([
    ['no final newline', 'o\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0='],
    ['too few lines', 'o\n1\n'],
    ['empty origin', '\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    ['leading zero', 'o\n01\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    ['hex size', 'o\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    ['negative size', 'o\n-1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    ['size beyond 2^53', 'o\n18446744073709551615\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'],
    ['bad base64 root', 'o\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n'],
    ['short root', 'o\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40Hmuw\n'],
    ['non-canonical base64', 'o\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb1=\n'],
    ['empty extension line', `${GO_TREE}\next\n`],
  ])('rejects %s', (_label, text) => {
    expect(() => parseCheckpoint(text)).toThrow(CheckpointError);
  });

  it('refuses to format invalid checkpoints', () => {
    const root = new Uint8Array(32);
    expect(() => formatCheckpoint({ origin: '', size: 1, root })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'a\nb', size: 1, root })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: -1, root })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: 1.5, root })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: 1, root: new Uint8Array(31) })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: 1, root, extensions: [''] })).toThrow(CheckpointError);
  });
});

describe('signed checkpoints', () => {
  it('opens real signed tree notes from the Go sumdb tests', () => {
    const cp6 = openCheckpoint(SUMDB_TREE_6, SUMDB_VKEY);
    expect(cp6.size).toBe(6);
    expect(encodeBase64(cp6.root)).toBe('wc4SkQt52o5W2nQ8To2ARs+mWuUJjss+sdleoiqxMmM=');
    expect(openCheckpoint(SUMDB_TREE_5, SUMDB_VKEY, { origin: 'go.sum database tree' }).size).toBe(5);
    // Re-signing with the published test signer key reproduces the exact note.
    expect(signCheckpoint(cp6, parseSignerKey(SUMDB_SKEY))).toBe(SUMDB_TREE_6);
    // The comment in client_test.go shows "tree!" for size 5: that text is not what was signed.
    expect(() => openCheckpoint(SUMDB_TREE_5.replace('tree\n', 'tree!\n'), SUMDB_VKEY)).toThrow(NoteError);
  });

  it('round-trips a log checkpoint and chains it by a consistency proof', () => {
    const origin = 'greenbuild.example/quality-log';
    const keys = generateSignerKey(origin);
    const signer = parseSignerKey(keys.signerKey);
    const leaves = Array.from({ length: 21 }, (_, i) => leafHash(new TextEncoder().encode(`批次-${i}`)));

    const first = CompactRange.empty().append(leaves.slice(0, 13));
    const second = first.range.append(leaves.slice(13));
    const note1 = signCheckpoint({ origin, size: 13, root: first.root }, signer);
    const note2 = signCheckpoint({ origin, size: 21, root: second.root }, signer);

    const cp1 = openCheckpoint(note1, keys.verifierKey, { origin });
    const cp2 = openCheckpoint(note2, keys.verifierKey, { origin });
    const proof = consistencyProofFromLeafHashes(cp1.size, leaves);
    expect(verifyConsistency(cp1.size, cp2.size, proof, cp1.root, cp2.root)).toBe(true);
  });

  it('rejects tampering, wrong keys and foreign origins', () => {
    const origin = 'greenbuild.example/quality-log';
    const keys = generateSignerKey(origin);
    const other = generateSignerKey(origin);
    const root = CompactRange.empty().append([leafHash(new Uint8Array([1]))]).root;
    const note = signCheckpoint({ origin, size: 1, root }, parseSignerKey(keys.signerKey));

    expect(() => openCheckpoint(note.replace('\n1\n', '\n2\n'), keys.verifierKey)).toThrow(NoteError);
    expect(() => openCheckpoint(note, other.verifierKey)).toThrow(NoteError);
    expect(() => openCheckpoint(note, keys.verifierKey, { origin: 'elsewhere.example/log' })).toThrow(CheckpointError);
    // A validly signed note whose body is not a checkpoint is still rejected.
    const notCheckpoint = signNote(`${origin}\nten\n${encodeBase64(root)}\n`, parseSignerKey(keys.signerKey));
    expect(() => openCheckpoint(notCheckpoint, keys.verifierKey)).toThrow(CheckpointError);
  });
});
