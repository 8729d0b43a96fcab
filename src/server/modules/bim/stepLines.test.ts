import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from './webIfc.js';
import { IFC_TEST_MODELS as MODELS, IFC_TESTDATA_DIR } from '../../testing/sharedData.js';
import { GeometryMeter } from './extract.js';
import { extractModel, loaderSettings, newIfcApi } from './ifcRuntime.js';
import { indexStepInstances, StepLines } from './stepLines.js';

let api: IfcAPI;
beforeAll(async () => {
  api = await newIfcApi();
}, 60_000);
afterAll(() => api?.Dispose());

/** Opens bytes, and compares every line the reader answers with web-ifc's own raw line. */
function compareLines(bytes: Uint8Array) {
  const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
  const lines = new StepLines(bytes, api, modelID);
  const all = api.GetAllLines(modelID);
  let read = 0;
  const differ: string[] = [];
  for (let i = 0; i < all.size(); i++) {
    const id = all.get(i);
    const mine = lines.raw(id);
    if (!mine) continue;
    read++;
    const theirs = JSON.stringify(api.GetRawLineData(modelID, id));
    if (JSON.stringify(mine) !== theirs) differ.push(`#${id}: ${JSON.stringify(mine)} ≠ ${theirs}`);
  }
  return { modelID, lines, read, total: all.size(), differ };
}

describe('StepLines: entity lines read from the file as web-ifc reads them', () => {
  it('gives the raw form web-ifc gives for strings, escapes, numbers, enumerations, lists and typed values', () => {
    const data = [
      `#1=IFCPROPERTYSINGLEVALUE('Plain',$,IFCLABEL('Massivhaus'),$);`,
      `#2=IFCPROPERTYSINGLEVALUE('Wall''s side',$,IFCTEXT(''),$);`,
      `#3=IFCPROPERTYSINGLEVALUE('Gesch\\X2\\00FC\\X0\\tzt',$,IFCBOOLEAN(.F.),$);`,
      `#4=IFCPROPERTYSINGLEVALUE('\\X2\\697C5C42\\X0\\ \\X4\\0001F600\\X0\\',$,IFCBOOLEAN(.T.),$);`,
      `#5=IFCPROPERTYSINGLEVALUE('Back\\\\slash \\X\\E9 \\S\\X8',$,IFCINTEGER(-42),$);`,
      `#6=IFCPROPERTYSINGLEVALUE('Reals',$,IFCREAL(1.E-05),$);`,
      `#7=IFCPROPERTYSINGLEVALUE('Negative',$,IFCLENGTHMEASURE(-0.25),$);`,
      `#8=IFCQUANTITYVOLUME('NetVolume',$,$,0.207907216029,$);`,
      `#9=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);`,
      `#10=IFCMATERIALLAYER(#11,0.24,.U.,$,$,$,$);`,
      `#11=IFCMATERIAL('Beton C30/37',$,$);`,
      `#12=IFCRELDEFINESBYPROPERTIES('0JQb9ScX7f6NvfKLyyb3Nm',$,$,$,(#13,#14),#15);`,
      `#13=IFCWALL('2O2Fr$t4X7Zf8NOew3FLOH',$,'Wand',$,$,$,$,'tag',.NOTDEFINED.);`,
      `#14=IFCSLAB('2O2Fr$t4X7Zf8NOew3FLOI',$,'Decke',$,$,$,$,$,$);`,
      `#15=IFCPROPERTYSET('1Xn9SVpXb1ge8$bP3lYnvw',$,'Pset_WallCommon',$,(#1,#2,#3,#4,#5,#6,#7));`,
      `#16 = IFCRELAGGREGATES ( '3Xn9SVpXb1ge8$bP3lYnvw' , $ , $ , $ , #13 , ( #14 ) ) ;`,
      `#17=IFCMEASUREWITHUNIT(IFCPLANEANGLEMEASURE(0.0174532925199),#9);`,
      `#18=IFCRELCONNECTSPATHELEMENTS('1vGdhxc6IUK2fPFUdKXu4r',$,$,$,$,#13,#14,(),(),.ATSTART.,.ATEND.);`,
    ];
    const text = `ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('t.ifc','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n${data.join('\n')}\nENDSEC;\nEND-ISO-10303-21;\n`;
    const { modelID, lines, read, total, differ } = compareLines(new TextEncoder().encode(text));
    expect(differ).toEqual([]);
    expect(total).toBe(data.length);
    expect(read).toBe(data.length);
    // And the objects built from them are web-ifc's GetLine objects.
    for (let id = 1; id <= data.length; id++)
      expect(JSON.stringify(lines.get(id)), `#${id}`).toBe(JSON.stringify(api.GetLine(modelID, id)));
    expect(lines.get(4).Name.value).toBe('楼层 😀');
    expect(lines.fallbacks).toBe(0);
    api.CloseModel(modelID);
  });

  it('leaves to web-ifc what it does not reproduce: raw non-ASCII bytes, code pages, several instances on a line', () => {
    const text = `ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n#1=IFCMATERIAL('C30 混凝土',$,$);\n#2=IFCMATERIAL('\\PA\\x',$,$);#3=IFCMATERIAL('two',$,$);\nENDSEC;\nEND-ISO-10303-21;\n`;
    const bytes = new TextEncoder().encode(text);
    const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
    const lines = new StepLines(bytes, api, modelID);
    for (const id of [1, 2, 3]) {
      expect(lines.raw(id), `#${id}`).toBeNull();
      expect(JSON.stringify(lines.get(id))).toBe(JSON.stringify(api.GetLine(modelID, id)));
    }
    expect(lines.fallbacks).toBe(3);
    api.CloseModel(modelID);
  });

  it.each(MODELS)(
    'reads %s line for line as web-ifc does, and the take-off from it is the same',
    (name) => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(IFC_TESTDATA_DIR, name)));
      const { modelID, lines, read, total, differ } = compareLines(bytes);
      expect(differ.slice(0, 5)).toEqual([]);
      // Geometry lines with bare integers or .T./.F. are left to web-ifc; the take-off reads almost none of those.
      expect(read / total).toBeGreaterThan(0.75);
      const meter = new GeometryMeter(api);
      api.StreamAllMeshes(modelID, (mesh) => meter.measure(modelID, mesh));
      const fallbacksBefore = lines.fallbacks;
      const fast = extractModel(api, modelID, meter.byElement, lines);
      expect(lines.fallbacks - fallbacksBefore).toBeLessThan(20);
      expect(fast).toEqual(extractModel(api, modelID, meter.byElement));
      api.CloseModel(modelID);
    },
    60_000,
  );
});

describe('indexStepInstances', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('counts entity instances defined at a line start and the largest id, without parsing', () => {
    const index = indexStepInstances(
      enc("DATA;\n#1=IFCPROJECT('a');\n#20 = IFCWALL('#3=not an entity');\n  #5=INDENTED;\n#2147483648=X;\nENDSEC;"),
      Infinity,
    );
    expect({ count: index.count, maxId: index.maxId }).toEqual({ count: 3, maxId: 2147483648 });
    const counted = indexStepInstances(
      enc("DATA;\n#1=IFCPROJECT('a');\n#20 = IFCWALL('#3=not an entity');\n  #5=INDENTED;\n#2147483648=X;\nENDSEC;"),
      Infinity,
      { offsets: false },
    );
    expect(counted).toEqual({ count: 3, maxId: 2147483648, offsets: null });
  });

  it('stops at the limit and allocates no index for a file over it', () => {
    expect(indexStepInstances(enc('DATA;\n#1=A();\n#2=B();\n#3=C();\nENDSEC;'), 2)).toEqual({ count: 3, maxId: 3, offsets: null });
  });
});
