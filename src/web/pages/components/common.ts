import type { Messages } from '../../i18n/index.js';
import { componentTypeNames, specStatusNames, type ComponentType, type SpecStatus } from '../../../domain/prefab/componentVocabulary.js';

export type { ComponentType, SpecStatus };

// One vocabulary with the server (types, statuses and their names are defined once, in src/domain/prefab).
const byLang = <K extends string>(names: Record<K, { zh: string; en: string }>): Messages<K> => ({
  'zh-CN': Object.fromEntries(Object.entries<{ zh: string; en: string }>(names).map(([k, v]) => [k, v.zh])) as Record<K, string>,
  en: Object.fromEntries(Object.entries<{ zh: string; en: string }>(names).map(([k, v]) => [k, v.en])) as Record<K, string>,
});

export const componentTypeLabels: Messages<ComponentType> = byLang(componentTypeNames);

export const specStatusLabels: Messages<SpecStatus> = byLang(specStatusNames);

export type DimCheck = { dim: string; label: string; dimMm: number; expected: string[]; ok: boolean; module: string | null; reason: string | null; nearest: Array<{ module: string; dimMm: number; deltaMm: number }> };

export type Spec = {
  id: string;
  regionCode: string | null;
  library: 'national' | 'regional';
  code: string;
  type: ComponentType;
  name: string;
  profile: string | null;
  dimsMm: number[];
  actualDimsMm: number[];
  jointMm: number | null;
  material: string | null;
  grade: string | null;
  manufacturers: string[];
  version: string;
  status: 'active' | 'draft' | 'withdrawn';
  source: string | null;
  isDemo: boolean;
  modular: { applicable: boolean; ok: boolean | null; reason: string | null; dims: DimCheck[] };
};

export const dims = (d: number[]) => d.map((x) => x.toLocaleString(undefined, { maximumFractionDigits: 1 })).join(' × ');

/** Uploads one file as multipart "file" and answers the parsed JSON, or throws with the server's error body. */
export async function uploadFile<T>(url: string, file: File, lang: string): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(url, { method: 'POST', body: form, headers: { 'accept-language': lang }, credentials: 'same-origin' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(body?.error?.message ?? res.statusText), { details: (body?.error?.details ?? []) as Array<{ path: string; code: string; message: string }> });
  return body as T;
}
