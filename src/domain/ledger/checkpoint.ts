// C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the signed tree head of the
// quality-traceability log, carried as a signed note.

import { decodeBase64, encodeBase64 } from './bytes.js';
import { HASH_SIZE } from './merkle.js';
import { signNote, verifyNote, type NoteSigner, type NoteVerifier } from './note.js';

export interface Checkpoint {
  /** Log identity, e.g. "greenbuild.example/quality-log". */
  readonly origin: string;
  /** Number of leaves. */
  readonly size: number;
  /** RFC 6962 MTH at `size`. */
  readonly root: Uint8Array;
  /** Opaque extension lines (NOT RECOMMENDED by the spec; unauditable by monitors). */
  readonly extensions?: readonly string[];
}

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

const TREE_SIZE = /^(?:0|[1-9][0-9]*)$/;

function assertLine(line: string, what: string): void {
  if (line === '' || line.includes('\n')) throw new CheckpointError(`${what} must be a non-empty single line`);
}

// C2SP tlog-checkpoint §Note text: "<origin>\n<size>\n<base64 root>\n" then extension lines.
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, root, extensions = [] } = checkpoint;
  assertLine(origin, 'origin');
  if (!Number.isSafeInteger(size) || size < 0) throw new CheckpointError(`invalid tree size ${size}`);
  if (!(root instanceof Uint8Array) || root.length !== HASH_SIZE) {
    throw new CheckpointError(`root hash must be ${HASH_SIZE} bytes`);
  }
  extensions.forEach((line, i) => assertLine(line, `extension line ${i}`));
  return [origin, String(size), encodeBase64(root), ...extensions].map((line) => `${line}\n`).join('');
}

// C2SP tlog-checkpoint §Note text: parse a checkpoint body (the text of an opened note).
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new CheckpointError('checkpoint must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new CheckpointError('checkpoint needs origin, size and root lines');
  if (lines.some((line) => line === '')) throw new CheckpointError('checkpoint lines must be non-empty');
  const [origin, sizeText, rootText, ...extensions] = lines;
  // No leading zeros: one size, one spelling, so signatures cannot be re-dressed.
  if (!TREE_SIZE.test(sizeText)) throw new CheckpointError(`malformed tree size ${JSON.stringify(sizeText)}`);
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new CheckpointError(`tree size ${sizeText} exceeds 2^53 - 1`);
  const root = decodeBase64(rootText);
  if (!root || root.length !== HASH_SIZE) throw new CheckpointError('malformed root hash');
  return extensions.length > 0 ? { origin, size, root, extensions } : { origin, size, root };
}

// C2SP tlog-checkpoint §Signatures: the checkpoint as a note signed by the log key.
export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner | readonly NoteSigner[]): string {
  return signNote(formatCheckpoint(checkpoint), signer);
}

export interface OpenCheckpointOptions {
  /** Reject checkpoints from another log (the origin line is inside the signed text). */
  readonly origin?: string;
}

// C2SP tlog-checkpoint §Signatures: verify the note, then parse; never parse unverified text.
export function openCheckpoint(
  noteText: string,
  verifier: string | NoteVerifier | readonly (string | NoteVerifier)[],
  options: OpenCheckpointOptions = {},
): Checkpoint {
  const { text } = verifyNote(noteText, verifier);
  const checkpoint = parseCheckpoint(text);
  if (options.origin !== undefined && checkpoint.origin !== options.origin) {
    throw new CheckpointError(`checkpoint origin ${JSON.stringify(checkpoint.origin)} is not ${JSON.stringify(options.origin)}`);
  }
  return checkpoint;
}
