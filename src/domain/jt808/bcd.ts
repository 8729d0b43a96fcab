// JT/T 808-2013 / 2019 §4.2 表1 (数据类型): BCD[n] packs two decimal digits per byte, high nibble first.

/** Packs a digit string into `bytes` BCD bytes, left-padded with '0' (§4.4.3 表2 note: 手机号不足位数前补 0). */
export function encodeBcd(digits: string, bytes: number): Buffer {
  if (!/^\d*$/.test(digits)) throw new RangeError(`BCD accepts digits only: ${JSON.stringify(digits)}`);
  if (digits.length > bytes * 2) throw new RangeError(`${digits.length} digits do not fit BCD[${bytes}]`);
  const padded = digits.padStart(bytes * 2, '0');
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (Number(padded[2 * i]) << 4) | Number(padded[2 * i + 1]);
  return out;
}

/** Unpacks BCD bytes into digits; null when a nibble is not 0–9 (a corrupted field, not a number). */
export function decodeBcd(buf: Uint8Array): string | null {
  let s = '';
  for (const b of buf) {
    const hi = b >> 4;
    const lo = b & 0x0f;
    if (hi > 9 || lo > 9) return null;
    s += String(hi) + String(lo);
  }
  return s;
}
