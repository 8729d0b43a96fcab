// Checksums of the HJ 212 frame. The standard's CRC is a Modbus look-alike that is NOT bit-compatible,
// so both are kept side by side: the standard one is authoritative, Modbus only serves the lenient mode.

const textEncoder = new TextEncoder();

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? textEncoder.encode(data) : data;
}

function toHex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

// After Appendix A's "shift the high byte down, xor the data byte" the register holds 8 bits, so its 8 shift/xor
// steps are a function of one byte: precomputed once (same results, a table lookup per byte instead of 8 steps).
const HJ212_STEP = Uint16Array.from({ length: 256 }, (_, v) => {
  let reg = v;
  for (let bit = 0; bit < 8; bit++) {
    const lsb = reg & 1;
    reg >>>= 1;
    if (lsb) reg ^= 0xa001;
  }
  return reg;
});

// HJ 212-2017 附录A CRC: numeric register value over the bytes of the data segment.
export function hj212CrcValue(data: Uint8Array | string): number {
  const bytes = toBytes(data);
  let reg = 0xffff;
  // Appendix A shifts the high byte down BEFORE xoring the data byte; Modbus xors into the full register.
  for (let i = 0; i < bytes.length; i++) reg = HJ212_STEP[(reg >>> 8) ^ bytes[i]!]!;
  return reg & 0xffff;
}

// HJ 212-2017 附录A CRC: 4 uppercase hex digits, high byte first, as written into the frame.
export function hj212Crc(data: Uint8Array | string): string {
  return toHex4(hj212CrcValue(data));
}

// CRC-16/MODBUS (not HJ 212): some field devices send it instead of the 附录A CRC; used only in lenient mode.
export function modbusCrcValue(data: Uint8Array | string): number {
  const bytes = toBytes(data);
  let reg = 0xffff;
  for (let i = 0; i < bytes.length; i++) {
    reg ^= bytes[i];
    for (let bit = 0; bit < 8; bit++) {
      const lsb = reg & 1;
      reg >>>= 1;
      if (lsb) reg ^= 0xa001;
    }
  }
  return reg & 0xffff;
}

// CRC-16/MODBUS (not HJ 212) as 4 uppercase hex digits, register value high byte first.
export function modbusCrc(data: Uint8Array | string): string {
  return toHex4(modbusCrcValue(data));
}

// CRC-16/MODBUS (not HJ 212) in Modbus wire order (low byte first), which some devices print instead.
export function modbusCrcByteSwapped(data: Uint8Array | string): string {
  const value = modbusCrcValue(data);
  return toHex4(((value & 0xff) << 8) | (value >>> 8));
}
