import type { Messages } from '../../i18n/index.js';
import { componentTypeNames, specStatusNames, type ComponentType, type SpecStatus } from '../../../domain/prefab/componentVocabulary.js';
import type { ItemOf } from '../../api/types.js';

export type { ComponentType, SpecStatus };

// One vocabulary with the server (types, statuses and their names are defined once, in src/domain/prefab).
const byLang = <K extends string>(names: Record<K, { zh: string; en: string }>): Messages<K> => ({
  'zh-CN': Object.fromEntries(Object.entries<{ zh: string; en: string }>(names).map(([k, v]) => [k, v.zh])) as Record<K, string>,
  en: Object.fromEntries(Object.entries<{ zh: string; en: string }>(names).map(([k, v]) => [k, v.en])) as Record<K, string>,
});

export const componentTypeLabels: Messages<ComponentType> = byLang(componentTypeNames);

export const specStatusLabels: Messages<SpecStatus> = byLang(specStatusNames);

export type Spec = ItemOf<'/api/components/specs'>;

export const dims = (d: number[]) => d.map((x) => x.toLocaleString(undefined, { maximumFractionDigits: 1 })).join(' × ');
