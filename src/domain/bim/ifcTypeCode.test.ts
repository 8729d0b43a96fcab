import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ifcTypeCode, ifcTypeCodeOfBytes } from './ifcTypeCode.js';

describe('ifcTypeCode: web-ifc type codes are the CRC-32 of the upper-case name', () => {
  it('gives web-ifc 0.0.78 constants', () => {
    // Values of web-ifc's exported IFCWALL, IFCPROJECT, IFCRELAGGREGATES, IFCELEMENT, IFCLABEL, IFCSIUNIT.
    expect(['IFCWALL', 'IFCPROJECT', 'IFCRELAGGREGATES', 'IFCELEMENT', 'IFCLABEL', 'IFCSIUNIT'].map(ifcTypeCode)).toEqual([
      2391406946, 103090709, 160246688, 1758889154, 3258342251, 448429030,
    ]);
  });

  it('is the zlib CRC-32, over a name as written in the file with lower case folded', () => {
    for (const name of ['IFCWALLSTANDARDCASE', 'IFCBUILDINGSTOREY', 'X', '']) expect(ifcTypeCode(name)).toBe(crc32(name));
    const bytes = new TextEncoder().encode('#7=IfcWallStandardCase(');
    expect(ifcTypeCodeOfBytes(bytes, 3, 22)).toBe(ifcTypeCode('IFCWALLSTANDARDCASE'));
  });
});
