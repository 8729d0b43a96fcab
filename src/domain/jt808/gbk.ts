// JT/T 808 §4.2 表1: STRING is GBK-encoded. Node's TextDecoder reads GBK; the encoder is the inverse table,
// built once from that decoder (pure computation, no file), so plates like 湘A12345 round-trip.

let encodeTable: Map<string, number> | null = null;

function table(): Map<string, number> {
  if (encodeTable) return encodeTable;
  const decoder = new TextDecoder('gbk', { fatal: false });
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      pair[0] = hi;
      pair[1] = lo;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, (hi << 8) | lo);
    }
  }
  encodeTable = map;
  return map;
}

/** GBK bytes of a string; throws RangeError on a character GBK cannot hold. */
export function encodeGbk(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const two = table().get(ch);
    if (two === undefined) throw new RangeError(`character ${JSON.stringify(ch)} has no GBK encoding`);
    out.push(two >> 8, two & 0xff);
  }
  return Buffer.from(out);
}

/** Text of GBK bytes; trailing NUL padding (fixed-length BYTE[n] fields) is dropped. */
export function decodeGbk(buf: Uint8Array): string {
  let end = buf.length;
  while (end > 0 && buf[end - 1] === 0) end--;
  return new TextDecoder('gbk').decode(buf.subarray(0, end));
}
