import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { createProjectForTest, DEMO_ORGS } from '../projects/fixtures.js';
import { gate } from './fixtures.js';

// A manifest goes to a facility of the project's own region (issue 19, item 10).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(async () => t?.close());

describe('manifest destination', () => {
  it('refuses another region’s facility and writes nothing; the region’s own facility is fine', async () => {
    const admin = await t.login('admin');
    const enterprise = await t.login('hunan.enterprise');
    const projectId = await createProjectForTest(t.database.db, {
      ownerOrganisationName: DEMO_ORGS.hunanEnterprise,
      regionCode: 'hunan',
      name: '联单地区测试项目',
    });
    const shenzhen = (await admin.get('/api/waste/facilities?regionCode=shenzhen')).body.items[0];
    const hunan = (await admin.get('/api/waste/facilities?regionCode=hunan')).body.items.find(
      (f: { name: string }) => f.name === DEMO_ORGS.hunanFacility,
    );
    expect(shenzhen.regionCode).toBe('shenzhen');

    const refused = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(shenzhen.id));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({
      path: 'facilityId',
      code: 'waste_facility_other_region',
      message: '联单只能开往本项目所在地区的消纳/资源化场所',
    });
    expect((await enterprise.get(`/api/projects/${projectId}/waste/manifests`)).body.total).toBe(0);

    const ok = await enterprise.post(`/api/projects/${projectId}/waste/manifests`, gate(hunan.id));
    expect(ok.status).toBe(201);
  });
});
