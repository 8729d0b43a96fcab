// Shared vocabulary, types and small widgets of the waste pages. Category, stage and route labels come from the
// domain module itself, so the UI, the exports and the rules always use the same words.
import { Tag } from 'antd';
import {
  CONSTRUCTION_WASTE_SUBCLASSES,
  WASTE_CATEGORIES,
  WASTE_CATEGORY_IDS,
  WASTE_ROUTES,
  WASTE_STAGES,
  WASTE_STAGE_IDS,
} from '../../../domain/waste/categories.js';
import { useLanguage, useT, type Language } from '../../i18n/index.js';
import type { ItemOf, ResponseOf } from '../../api/types.js';

export { WASTE_CATEGORY_IDS, WASTE_STAGE_IDS };
export type ManifestState = Manifest['state'];
export type AlertKind = Alert['kind'];

export type Manifest = ItemOf<'/api/projects/{projectId}/waste/manifests'>;
export type ManifestDetail = ResponseOf<'/api/waste/manifests/{id}'>;

export type Facility = ItemOf<'/api/waste/facilities'>;

export type Alert = ItemOf<'/api/waste/alerts'>;

const pick = (v: { zh: string; en: string } | undefined, lang: Language, fallback: string) =>
  v ? (lang === 'en' ? v.en : v.zh) : fallback;
export const categoryLabel = (id: string, lang: Language) => pick(WASTE_CATEGORIES[id as keyof typeof WASTE_CATEGORIES], lang, id);
export const stageLabel = (id: string, lang: Language) => pick(WASTE_STAGES[id as keyof typeof WASTE_STAGES], lang, id);
export const routeLabel = (id: string, lang: Language) => pick(WASTE_ROUTES[id as keyof typeof WASTE_ROUTES], lang, id);
export const subClassLabel = (id: string | null, lang: Language) =>
  id ? pick(CONSTRUCTION_WASTE_SUBCLASSES[id as keyof typeof CONSTRUCTION_WASTE_SUBCLASSES], lang, id) : '';
export const isExcluded = (id: string) => WASTE_CATEGORIES[id as keyof typeof WASTE_CATEGORIES]?.excludedFromTarget ?? false;

export const categoryOptions = (lang: Language) => WASTE_CATEGORY_IDS.map((c) => ({ value: c, label: categoryLabel(c, lang) }));
export const stageOptions = (lang: Language) => WASTE_STAGE_IDS.map((s) => ({ value: s, label: stageLabel(s, lang) }));
export const subClassOptions = (lang: Language) =>
  Object.keys(CONSTRUCTION_WASTE_SUBCLASSES).map((s) => ({ value: s, label: subClassLabel(s, lang) }));

export const wasteWords = {
  'zh-CN': {
    created: '已开具',
    in_transit: '运输中',
    received: '已接收',
    disputed: '有异议',
    expired: '已过期',
    weight_discrepancy: '磅差超限',
    not_received: '超时未接收',
    manifest_expired: '联单过期',
    facility_unlicensed: '场所无许可',
    licence_expired: '许可已过期',
    licence_expiring: '许可即将到期',
    category_not_accepted: '类别不在许可范围',
    over_capacity: '超出日处理能力',
    valid: '有效',
    expiring: '即将到期',
    unlicensed: '无许可',
    recycling: '资源化利用厂',
    disposal: '消纳场',
    estimated: '估算',
    weighed: '过磅',
    sorted: '现场分类',
    reused: '现场再利用',
    historical: '历史外运',
    perTenK: 't/万m²',
  },
  en: {
    created: 'Issued',
    in_transit: 'In transit',
    received: 'Received',
    disputed: 'Disputed',
    expired: 'Expired',
    weight_discrepancy: 'Weight discrepancy',
    not_received: 'Not received in time',
    manifest_expired: 'Manifest expired',
    facility_unlicensed: 'Unlicensed facility',
    licence_expired: 'Licence expired',
    licence_expiring: 'Licence expiring',
    category_not_accepted: 'Category not accepted',
    over_capacity: 'Over daily capacity',
    valid: 'Valid',
    expiring: 'Expiring',
    unlicensed: 'Unlicensed',
    recycling: 'Recycling plant',
    disposal: 'Disposal site',
    estimated: 'Estimated',
    weighed: 'Weighed',
    sorted: 'Sorted on site',
    reused: 'Reused on site',
    historical: 'Historical discharge',
    perTenK: 't/10,000 m²',
  },
};

const STATE_COLORS: Record<ManifestState, string> = {
  created: 'default',
  in_transit: 'processing',
  received: 'success',
  disputed: 'error',
  expired: 'warning',
};

export function StateTag({ state }: { state: ManifestState }) {
  const w = useT(wasteWords);
  return (
    <Tag color={STATE_COLORS[state]} data-testid="manifest-state">
      {w(state)}
    </Tag>
  );
}

export function AlertTags({ alerts }: { alerts: Array<{ kind: AlertKind }> }) {
  const w = useT(wasteWords);
  return (
    <>
      {alerts.map((a) => (
        <Tag key={a.kind} color={a.kind === 'licence_expiring' ? 'orange' : 'red'}>
          {w(a.kind)}
        </Tag>
      ))}
    </>
  );
}

export function LicenceTag({ status }: { status: Facility['licenceStatus'] }) {
  const w = useT(wasteWords);
  const color = { valid: 'green', expiring: 'orange', expired: 'red', unlicensed: 'red' }[status];
  return <Tag color={color}>{w(status)}</Tag>;
}

export const fmtTime = (iso: string | null, lang: Language) =>
  iso
    ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
        hour12: false,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';

export function useWasteLang() {
  return useLanguage().lang;
}

/** Downloads a server-generated Excel file (the session cookie goes along). */
export function downloadUrl(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  a.click();
}
