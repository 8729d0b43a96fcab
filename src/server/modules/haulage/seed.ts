// Demo haulage: a carrier (运输企业) with its dispatcher account hunan.carrier and trucks whose JT/T 808 terminals the
// simulator drives. The plates are the ones the other demo data and tests write on manifests. Idempotent.
import type { Database } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { createOrganisation, createUser, findOrganisationByName, findUserByUsername } from '../accounts/index.js';
import type { DemoSeeder } from '../demo/index.js';
import { chinaDate, createVehicle } from './vehicles.js';

const DEMO = { id: null, name: 'demo-seed', role: null, ip: null };
export const DEMO_CARRIER = '长沙渣土运输有限公司（演示）';
export const DEMO_CARRIER_USER = 'hunan.carrier';

/** Demo trucks: plate, SIM number of the terminal, and whether the permit has lapsed (one has, for the alert). */
export const DEMO_VEHICLES = [
  { plate: '湘A12345', terminalPhone: '13800000001', expired: false },
  { plate: '湘A88888', terminalPhone: '13800000002', expired: false },
  { plate: '湘A6E821', terminalPhone: '13800000003', expired: false },
  { plate: '湘A7K306', terminalPhone: '13800000004', expired: true },
] as const;

export const haulageDemoSeeder: DemoSeeder = {
  name: 'haulage',
  async seed(database: Database, { password, log }) {
    const { db } = database;
    if (await findOrganisationByName(db, DEMO_CARRIER)) return;
    await db.transaction(async (tx) => {
      const org = await createOrganisation(tx, DEMO, { name: DEMO_CARRIER, kind: 'carrier', regionCode: 'hunan', isDemo: true });
      if (!(await findUserByUsername(tx, DEMO_CARRIER_USER))) {
        await createUser(tx, DEMO, {
          username: DEMO_CARRIER_USER,
          displayName: '渣土运输调度员（演示）',
          role: 'carrier',
          organisationId: org.id,
          regionCode: 'hunan',
          password,
          isDemo: true,
        });
      }
      const carrier = { role: 'carrier', organisationId: org.id } as Principal;
      const day = (offsetDays: number) => chinaDate(new Date(Date.now() + offsetDays * 86_400_000));
      for (const [i, v] of DEMO_VEHICLES.entries()) {
        await createVehicle(
          tx,
          DEMO,
          carrier,
          {
            plate: v.plate,
            plateColour: 2,
            vehicleType: '重型自卸货车',
            capacityTonnes: 25,
            terminalPhone: v.terminalPhone,
            terminalId: `GB${String(i + 1).padStart(5, '0')}`,
            permitNumber: `湘建渣准（演示）${String(2026001 + i)}`,
            permitValidFrom: day(-365),
            permitValidTo: v.expired ? day(-3) : day(730),
          },
          { isDemo: true },
        );
      }
    });
    log(`haulage: demo carrier, ${DEMO_VEHICLES.length} vehicles`);
  },
};
