import { useQuery } from '@tanstack/react-query';
import { call, client } from '../api.js';
import { useLanguage } from '../i18n/index.js';
import type { ItemOf } from '../api/types.js';

export type Region = ItemOf<'/api/regions'>;

/** The pilot regions, with labels in the current language, for selects and tables. */
export function useRegions() {
  const { lang } = useLanguage();
  const q = useQuery({ queryKey: ['regions'], queryFn: () => call(client.GET('/api/regions')), staleTime: Infinity });
  const items = q.data?.items ?? [];
  const name = (code: string | null | undefined) => {
    const r = items.find((i) => i.code === code);
    return r ? (lang === 'en' ? r.nameEn : r.nameZh) : (code ?? '');
  };
  return { regions: items, name, options: items.map((r) => ({ value: r.code, label: lang === 'en' ? r.nameEn : r.nameZh })) };
}
