import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IfcAPI } from './webIfc.js';
import { IFC_TEST_MODELS as MODELS, IFC_TESTDATA_DIR } from '../../testing/sharedData.js';
import { readTakeoff } from './extract.js';
import { loaderSettings, newIfcApi, stepSchemaTable, stepSchemaTables, webIfcTakeoffSource } from './ifcRuntime.js';
import { modelSchemaIndex } from './webIfc.js';
import { NotReproducible, StepTakeoffSource, tableForSchema } from './stepTakeoffSource.js';

let api: IfcAPI;
beforeAll(async () => {
  api = await newIfcApi();
}, 60_000);
afterAll(() => api?.Dispose());

const schemaIndexOf = (modelID: number) => modelSchemaIndex(api, modelID);
const file = (schema: string, data: string[]) =>
  new TextEncoder().encode(
    `ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('t.ifc','',(''),(''),'','','');\nFILE_SCHEMA(('${schema}'));\nENDSEC;\nDATA;\n${data.join('\n')}\nENDSEC;\nEND-ISO-10303-21;\n`,
  );

describe('StepTakeoffSource: the take-off read from the bytes without web-ifc', () => {
  it.each(MODELS)(
    'gives for %s the same take-off as web-ifc GetLine, and counts every line',
    (name) => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(IFC_TESTDATA_DIR, name)));
      const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
      const table = stepSchemaTable(schemaIndexOf(modelID));
      // The take-off thread finds the same table from the header's schema name, as web-ifc's LookupSchemaId does.
      expect(tableForSchema(stepSchemaTables(), api.GetModelSchema(modelID))?.schemaIndex).toBe(table.schemaIndex);
      const source = new StepTakeoffSource(bytes, table);
      const mine = readTakeoff(source);
      expect(mine).toEqual(readTakeoff(webIfcTakeoffSource(api, modelID)));
      expect(mine.elements.length).toBeGreaterThan(0);
      expect(source.count).toBe(api.GetAllLines(modelID).size());
      api.CloseModel(modelID);
    },
    60_000,
  );

  it('reads units, materials, property values of every kind and the spatial tree as web-ifc does (IFC2X3 and IFC4)', () => {
    for (const schema of ['IFC2X3', 'IFC4']) {
      const wall =
        schema === 'IFC4'
          ? `IFCWALL('2O2Fr$t4X7Zf8NOew3FLOH',$,'Wand',$,'Typ A',$,$,'W-1',.NOTDEFINED.)`
          : `IFCWALLSTANDARDCASE('2O2Fr$t4X7Zf8NOew3FLOH',$,'Wand',$,'Typ A',$,$,'W-1')`;
      const data = [
        `#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'P',$,$,$,$,$,#2);`,
        `#2=IFCUNITASSIGNMENT((#3,#4,#5));`,
        `#3=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);`,
        `#4=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);`,
        `#5=IFCSIUNIT(*,.VOLUMEUNIT.,$,.CUBIC_METRE.);`,
        `#6=IFCBUILDINGSTOREY('1Xn9SVpXb1ge8$bP3lYnvw',$,'EG',$,$,$,$,'Erdgeschoss',.ELEMENT.,2500.);`,
        `#7=IFCRELAGGREGATES('3Xn9SVpXb1ge8$bP3lYnvw',$,$,$,#1,(#6));`,
        `#8=${wall};`,
        `#9=IFCRELCONTAINEDINSPATIALSTRUCTURE('0JQb9ScX7f6NvfKLyyb3Nm',$,$,$,(#8),#6);`,
        `#10=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.T.),$);`,
        `#11=IFCPROPERTYSINGLEVALUE('Gesch\\X2\\00FC\\X0\\tzt',$,IFCINTEGER(-42),$);`,
        `#12=IFCPROPERTYSINGLEVALUE('Ratio',$,IFCREAL(1.E-05),$);`,
        `#13=IFCPROPERTYSINGLEVALUE('Label',$,IFCLABEL('\\X2\\697C5C42\\X0\\'),$);`,
        `#14=IFCPROPERTYSET('2Xn9SVpXb1ge8$bP3lYnvw',$,'Pset_WallCommon',$,(#10,#11,#12,#13));`,
        `#15=IFCQUANTITYVOLUME('NetVolume',$,$,2.5);`,
        `#16=IFCQUANTITYAREA('NetSideArea',$,$,10.);`,
        `#17=IFCELEMENTQUANTITY('4Xn9SVpXb1ge8$bP3lYnvw',$,'BaseQuantities',$,$,(#15,#16));`,
        `#18=IFCRELDEFINESBYPROPERTIES('5Xn9SVpXb1ge8$bP3lYnvw',$,$,$,(#8),#14);`,
        `#19=IFCRELDEFINESBYPROPERTIES('6Xn9SVpXb1ge8$bP3lYnvw',$,$,$,(#8),#17);`,
        `#20=IFCMATERIAL('Beton C30/37'${schema === 'IFC4' ? ',$,$' : ''});`,
        `#21=IFCMATERIAL('Putz'${schema === 'IFC4' ? ',$,$' : ''});`,
        `#22=IFCMATERIALLAYER(#20,200.,.U.${schema === 'IFC4' ? ',$,$,$,$' : ''});`,
        `#23=IFCMATERIALLAYER(#21,15.,.F.${schema === 'IFC4' ? ',$,$,$,$' : ''});`,
        `#24=IFCMATERIALLAYERSET((#22,#23),'Wand 215'${schema === 'IFC4' ? ',$' : ''});`,
        `#25=IFCMATERIALLAYERSETUSAGE(#24,.AXIS2.,.POSITIVE.,0.${schema === 'IFC4' ? ',$' : ''});`,
        `#26=IFCRELASSOCIATESMATERIAL('7Xn9SVpXb1ge8$bP3lYnvw',$,$,$,(#8),#25);`,
      ];
      const bytes = file(schema, data);
      const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
      const source = new StepTakeoffSource(bytes, stepSchemaTable(schemaIndexOf(modelID)));
      const mine = readTakeoff(source);
      expect(mine).toEqual(readTakeoff(webIfcTakeoffSource(api, modelID)));
      expect(mine.elements).toMatchObject([
        {
          entity: schema === 'IFC4' ? 'IfcWall' : 'IfcWallStandardCase',
          ifcClass: 'IfcWall',
          name: 'Wand',
          objectType: 'Typ A',
          tag: 'W-1',
          storey: 'EG',
          declaredVolume: 2.5,
          declaredArea: 10,
          psets: { Pset_WallCommon: { IsExternal: true, Geschützt: -42, Ratio: 1e-5, Label: '楼层' } },
        },
      ]);
      expect(mine.elements[0]!.materials.map((m) => m.name)).toEqual(['Beton C30/37', 'Putz']);
      expect(mine.elements[0]!.materials[0]!.share).toBeCloseTo(200 / 215, 12);
      expect(mine.spatial[0]!.children[0]).toMatchObject({
        entity: 'IfcBuildingStorey',
        longName: 'Erdgeschoss',
        elevation: 2.5,
        elementCount: 1,
      });
      api.CloseModel(modelID);
    }
  });

  it('refuses, rather than guesses, a line it cannot read as web-ifc would', () => {
    const bytes = file('IFC4', [`#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'C30 混凝土',$,$,$,$,$,$);`]);
    const modelID = api.OpenModel(bytes, loaderSettings(bytes.byteLength));
    const source = new StepTakeoffSource(bytes, stepSchemaTable(schemaIndexOf(modelID)));
    expect(() => readTakeoff(source)).toThrow(NotReproducible);
    api.CloseModel(modelID);
  });
});
