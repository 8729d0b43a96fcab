import { describe, expect, it } from 'vitest';
import {
  hasStepTrailer,
  linearDeterminant,
  measureTriangles,
  placeMeasure,
  relativeDifference,
  sniffStepHeader,
  takeoffClass,
} from './index.js';

// Unit cube, outward winding, stride 3.
const cube = {
  v: [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1],
  i: [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7],
};
const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
const enc = (s: string) => new TextEncoder().encode(s);

describe('mesh measures', () => {
  it('gives a unit cube volume 1 m³ and surface 6 m²', () => {
    const m = measureTriangles(cube.v, 3, cube.i);
    expect(m.volume).toBeCloseTo(1, 12);
    expect(m.surfaceArea).toBeCloseTo(6, 12);
  });

  it('scales by the placement: mm → m (0.001) and mirroring keep the magnitude', () => {
    const local = measureTriangles(
      cube.v.map((x) => x * 1000),
      3,
      cube.i,
    ); // a 1000 mm cube
    const mm = [0.001, 0, 0, 0, 0, 0.001, 0, 0, 0, 0, 0.001, 0, 5, 5, 5, 1];
    expect(placeMeasure(local, mm).volume).toBeCloseTo(1, 9);
    expect(placeMeasure(local, mm).surfaceArea).toBeCloseTo(6, 9);
    const mirrored = [-2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1];
    expect(linearDeterminant(mirrored)).toBe(-8);
    expect(placeMeasure(measureTriangles(cube.v, 3, cube.i), mirrored).volume).toBeCloseTo(8, 12);
    expect(placeMeasure(measureTriangles(cube.v, 3, cube.i), identity).volume).toBeCloseTo(1, 12);
  });

  it('reports the relative difference only when it can be stated', () => {
    expect(relativeDifference(1.05, 1)).toBeCloseTo(0.05, 12);
    expect(relativeDifference(null, 1)).toBeNull();
    expect(relativeDifference(1, 0)).toBeNull();
  });

  it('rolls subtypes up to their class', () => {
    expect(takeoffClass('IfcWallStandardCase')).toBe('IfcWall');
    expect(takeoffClass('IfcSlabElementedCase')).toBe('IfcSlab');
    expect(takeoffClass('IfcBeam')).toBe('IfcBeam');
  });
});

describe('STEP sniffing', () => {
  const head = (schema: string) => enc(`ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('x'),'2;1');\nFILE_SCHEMA(('${schema}'));\nENDSEC;\n`);
  it.each([
    ['IFC2X3', 'IFC2X3'],
    ['IFC4', 'IFC4'],
    ['IFC4X3_ADD2', 'IFC4X3'],
    ['IFC4X3', 'IFC4X3'],
  ])('reads FILE_SCHEMA %s as %s', (id, schema) => {
    expect(sniffStepHeader(head(id))).toEqual({ ok: true, schema, schemaId: id });
  });

  it('refuses zip/gzip containers, non-STEP content, a missing or unsupported schema', () => {
    expect(sniffStepHeader(new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ ok: false, code: 'ifc_compressed' });
    expect(sniffStepHeader(new Uint8Array([0x1f, 0x8b, 8, 0]))).toEqual({ ok: false, code: 'ifc_compressed' });
    expect(sniffStepHeader(enc('<html>'))).toEqual({ ok: false, code: 'ifc_not_step' });
    expect(sniffStepHeader(enc('ISO-10303-21;\nHEADER;\nENDSEC;'))).toEqual({ ok: false, code: 'ifc_no_schema' });
    expect(sniffStepHeader(head('IFC2X2_FINAL'))).toEqual({ ok: false, code: 'ifc_unsupported_schema', schemaId: 'IFC2X2_FINAL' });
    expect(sniffStepHeader(enc('\uFEFF  ' + new TextDecoder().decode(head('IFC4'))))).toMatchObject({ ok: true, schema: 'IFC4' });
  });

  it('detects a cut-off file by its missing trailer', () => {
    expect(hasStepTrailer(enc('ENDSEC;\nEND-ISO-10303-21;\n'))).toBe(true);
    expect(hasStepTrailer(enc("#12=IFCWALL('abc"))).toBe(false);
  });
});
