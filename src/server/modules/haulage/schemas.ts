import { z } from 'zod';
import { calendarDate } from '../../platform/dates.js';

/** 机动车号牌: province character, letter, 5 (ordinary) or 6 (new-energy) letters/digits; upper-cased, spaces removed. */
export const plateSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/, 'plate_format'));

export const vehicleInput = z.object({
  carrierOrganisationId: z.string().uuid().optional(),
  plate: plateSchema,
  plateColour: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(9)]),
  vehicleType: z.string().trim().min(1).max(40),
  capacityTonnes: z.number().positive().max(200),
  terminalPhone: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{0,19}$/, 'haulage_terminal_phone'),
  terminalId: z.string().trim().max(30).nullable().optional(),
  permitNumber: z.string().trim().min(1).max(60),
  permitValidFrom: calendarDate,
  permitValidTo: calendarDate,
  active: z.boolean().optional(),
});

export const vehicleSchema = z
  .object({
    id: z.string(),
    carrierOrganisationId: z.string(),
    carrierName: z.string().nullable(),
    regionCode: z.string(),
    plate: z.string(),
    plateColour: z.number().int(),
    vehicleType: z.string(),
    capacityTonnes: z.number(),
    terminalPhone: z.string(),
    terminalId: z.string().nullable(),
    permitNumber: z.string(),
    permitValidFrom: z.string(),
    permitValidTo: z.string(),
    /** Permit valid today (China time). */
    permitValid: z.boolean(),
    /** The terminal has registered over JT/T 808 and holds an auth code. */
    terminalRegistered: z.boolean(),
    active: z.boolean(),
    lastPosition: z
      .object({ time: z.string(), latitude: z.number(), longitude: z.number(), speedKmh: z.number(), heading: z.number() })
      .nullable(),
  })
  .meta({ id: 'Vehicle' });

export const positionSchema = z
  .object({
    time: z.string(),
    receivedAt: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    altitudeM: z.number(),
    speedKmh: z.number(),
    heading: z.number(),
    alarm: z.number(),
    status: z.number(),
    mileageKm: z.number().nullable(),
    backfill: z.boolean(),
  })
  .meta({ id: 'VehiclePosition' });

export const rejectSchema = z
  .object({
    terminalPhone: z.string(),
    plate: z.string().nullable(),
    reason: z.string(),
    count: z.number(),
    lastAt: z.string(),
    lastDetail: z.string(),
  })
  .meta({ id: 'TerminalReject' });

export const manifestLoadSchema = z
  .object({ manifestId: z.string(), manifestNumber: z.string(), vehicleId: z.string(), plate: z.string(), issuedAt: z.string() })
  .meta({ id: 'ManifestLoad' });
