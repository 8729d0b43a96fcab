// The one schema for a calendar date in a request: YYYY-MM-DD naming a day that exists (no 2026-02-30, no month 13).
import { z } from 'zod';
import { defineMessages } from './errors.js';

defineMessages({ date_format: { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Dates must be YYYY-MM-DD' } });

/** zod's ISO date checks the calendar (leap years included) and documents itself as `format: date` in OpenAPI. */
export const calendarDate = z.iso.date({ message: 'date_format' });
