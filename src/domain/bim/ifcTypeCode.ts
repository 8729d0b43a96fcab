// web-ifc's type codes: the CRC-32 (ISO 3309 / zlib polynomial) of the upper-case entity or type name, so IFCWALL is
// 2391406946 in every schema. Computed here rather than asked of web-ifc, so the take-off thread needs no web-ifc.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The type code of an upper-case name (IFCWALL → 2391406946). */
export function ifcTypeCode(upperName: string): number {
  let c = -1;
  for (let i = 0; i < upperName.length; i++) c = TABLE[(c ^ upperName.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** The type code of a name as written in a STEP file's bytes [start, end), upper-cased on the way. */
export function ifcTypeCodeOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let c = -1;
  for (let i = start; i < end; i++) {
    let b = bytes[i]!;
    if (b >= 0x61 && b <= 0x7a) b -= 0x20;
    c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  }
  return (c ^ -1) >>> 0;
}
