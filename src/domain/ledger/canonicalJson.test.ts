import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.js';
import { CanonicalJsonError, canonicalize, canonicalizeToBytes } from './canonicalJson.js';

// Input/output pairs: RFC 8785 §3.2.2–3.2.3 and Appendix B, and the RFC authors' test data in
// cyberphone/json-canonicalization testdata/{input,output} (values.json, weird.json,
// structures.json, french.json). Inputs are parsed with JSON.parse as the RFC assumes.
describe('RFC 8785 JCS', () => {
  it('§3.2.2 primitive serialisation (values.json)', () => {
    const input =
      '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n' +
      '  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n' +
      '  "literals": [null, true, false]\n}';
    const output =
      '{"escaping":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],' +
      '"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}';
    expect(canonicalize(JSON.parse(input))).toBe(output);
  });

  it('§3.2.3 sorts keys by UTF-16 code units (weird.json)', () => {
    const input =
      '{"\\u20ac":"Euro Sign","1":"One","\\u0080":"Control\\u007f","\\ud83d\\ude02":"Smiley",' +
      '"\\u00f6":"Latin Small Letter O With Diaeresis","\\ufb33":"Hebrew Letter Dalet With Dagesh",' +
      '"</script>":"Browser Challenge"}';
    const output =
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f",' +
      '"ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😂":"Smiley",' +
      '"\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(canonicalize(JSON.parse(input))).toBe(output);
  });

  it('§3.2.3 sorts recursively, arrays keep order (structures.json)', () => {
    const input = '{"1":{"f":{"f":"hi","F":5},"\\n":56.0},"10":{},"":"empty","a":{},"111":[{}],"A":{}}';
    expect(canonicalize(JSON.parse(input))).toBe('{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}');
  });

  it('ignores locale collation (french.json)', () => {
    const value = {
      peach: 'This sorting order',
      péché: 'is wrong according to French',
      pêche: 'but canonicalization MUST',
      sin: 'ingnore locale',
    };
    expect(canonicalize(value)).toBe(
      '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}',
    );
  });

  it('§3.2.4 emits UTF-8', () => {
    expect(toHex(canonicalizeToBytes({ a: '€' }))).toBe('7b2261223a22e282ac227d');
  });

  // RFC 8785 Appendix B: IEEE-754 bit patterns → expected text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('Appendix B number %s → %s', (bits, text) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${bits}`));
    expect(canonicalize(view.getFloat64(0))).toBe(text);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['undefined', undefined],
    ['undefined property', { a: 1, b: undefined }],
    ['undefined element', [1, undefined]],
    // eslint-disable-next-line no-sparse-arrays -- the hole is what this case tests
    ['sparse array', [1, , 3]],
    ['bigint', 10n],
    ['function', () => 1],
    ['symbol', Symbol('x')],
    ['Date', new Date(0)],
    ['Map', new Map()],
    ['lone high surrogate', '\ud800'],
    ['lone low surrogate key', { '\udc00': 1 }],
    ['nested NaN', { a: [{ b: Number.NaN }] }],
  ])('rejects %s', (_label, value) => {
    expect(() => canonicalize(value)).toThrow(CanonicalJsonError);
  });

  it('rejects cycles but allows shared (acyclic) references', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(/cyclic/);
  });

  it('names the offending path', () => {
    expect(() => canonicalize({ entry: { readings: [1, Number.NaN] } })).toThrow('$["entry"]["readings"][1]');
  });

  it('accepts null-prototype objects and is insensitive to insertion order', () => {
    const a = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalize(a)).toBe('{"a":1,"b":2}');
    expect(canonicalize({ z: [3, { y: true, x: null }], m: '' })).toBe(canonicalize({ m: '', z: [3, { x: null, y: true }] }));
  });
});
