// The vocabulary of the 标准部品构件库 shared by the server (API enums, Excel import/export) and the web app:
// component types and spec statuses with their Chinese and English names. Plain data, no I/O, no node imports.

/** Component types in display order (叠合板, 预制墙板, …). */
export const componentTypes = [
  'composite_slab',
  'wall_panel',
  'stair',
  'balcony',
  'ac_board',
  'beam',
  'column',
  'kitchen',
  'bathroom',
  'other',
] as const;
export type ComponentType = (typeof componentTypes)[number];

export const componentTypeNames: Record<ComponentType, { zh: string; en: string }> = {
  composite_slab: { zh: '叠合板', en: 'Composite slab' },
  wall_panel: { zh: '预制墙板', en: 'Precast wall panel' },
  stair: { zh: '预制楼梯', en: 'Precast stair' },
  balcony: { zh: '预制阳台板', en: 'Precast balcony slab' },
  ac_board: { zh: '空调板', en: 'AC platform board' },
  beam: { zh: '预制梁', en: 'Precast beam' },
  column: { zh: '预制柱', en: 'Precast column' },
  kitchen: { zh: '集成厨房', en: 'Integrated kitchen' },
  bathroom: { zh: '集成卫生间', en: 'Integrated bathroom' },
  other: { zh: '其他部品', en: 'Other' },
};

export const specStatuses = ['draft', 'active', 'withdrawn'] as const;
export type SpecStatus = (typeof specStatuses)[number];

/** As written in the Excel sheet (either language is read back, case-insensitively) and shown in the app. */
export const specStatusNames: Record<SpecStatus, { zh: string; en: string }> = {
  active: { zh: '启用', en: 'Active' },
  draft: { zh: '草稿', en: 'Draft' },
  withdrawn: { zh: '停用', en: 'Withdrawn' },
};
