import type { Messages } from '../../i18n/index.js';

export type ComponentType = 'composite_slab' | 'wall_panel' | 'stair' | 'balcony' | 'ac_board' | 'beam' | 'column' | 'kitchen' | 'bathroom' | 'other';

export const componentTypeLabels: Messages<ComponentType> = {
  'zh-CN': {
    composite_slab: '叠合板',
    wall_panel: '预制墙板',
    stair: '预制楼梯',
    balcony: '预制阳台板',
    ac_board: '空调板',
    beam: '预制梁',
    column: '预制柱',
    kitchen: '集成厨房',
    bathroom: '集成卫生间',
    other: '其他部品',
  },
  en: {
    composite_slab: 'Composite slab',
    wall_panel: 'Precast wall panel',
    stair: 'Precast stair',
    balcony: 'Precast balcony slab',
    ac_board: 'AC platform board',
    beam: 'Precast beam',
    column: 'Precast column',
    kitchen: 'Integrated kitchen',
    bathroom: 'Integrated bathroom',
    other: 'Other',
  },
};

export const specStatusLabels: Messages<'active' | 'draft' | 'withdrawn'> = {
  'zh-CN': { active: '启用', draft: '草稿', withdrawn: '停用' },
  en: { active: 'Active', draft: 'Draft', withdrawn: 'Withdrawn' },
};

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
