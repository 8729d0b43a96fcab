import type { FormInstance } from 'antd';
import { ApiError } from '../api.js';

/**
 * The form's values when every field is valid, else null: antd has already drawn the errors on the fields, so an
 * incomplete form just stays open instead of rejecting an unhandled promise.
 */
export async function validFields<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (e && typeof e === 'object' && 'errorFields' in e) return null;
    throw e;
  }
}

/**
 * Shows a 400's field problems on the form's own fields (the server's path body.mn is the field mn), and
 * returns the message for a notification only when some problem names no field of the form.
 */
export function showFieldErrors<T>(form: FormInstance<T>, e: unknown, fields: string[]): string | null {
  if (!(e instanceof ApiError)) return String(e);
  const rest: string[] = [];
  const onFields: { name: string[]; errors: string[] }[] = [];
  for (const d of e.details) {
    // The server names the field by where it was sent: body.mn, query.month.
    const path = (d.path ?? '').split('.').filter(Boolean);
    if (['body', 'query', 'params'].includes(path[0] ?? '')) path.shift();
    if (path.length && fields.includes(path[0]!)) onFields.push({ name: path.slice(0, 1), errors: [d.message] });
    else rest.push(d.message);
  }
  form.setFields(onFields as Parameters<FormInstance<T>['setFields']>[0]);
  if (!onFields.length) return e.message;
  return rest.length ? [e.message, ...rest].join('\n') : null;
}
