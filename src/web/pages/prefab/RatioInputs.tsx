import { Checkbox, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import { useLanguage, useT } from '../../i18n/index.js';
import { ITEM_IDS, requirement, type ItemId, type ScoreTable } from './common.js';

const messages = {
  'zh-CN': {
    item: '评价项',
    requirement: '评价要求',
    points: '分值',
    ratio: '比例 (%)',
    na: '不适用',
    source: '来源',
    fullDecoration: '全装修（必选条件）',
    model: 'BIM 模型',
    manual: '手工填报',
  },
  en: {
    item: 'Item',
    requirement: 'Requirement',
    points: 'Points',
    ratio: 'Ratio (%)',
    na: 'Not applicable',
    source: 'Source',
    fullDecoration: 'Full fit-out (mandatory)',
    model: 'BIM model',
    manual: 'Entered',
  },
};

/** Percent in the form, fractions on the wire: the value kept here is what the user typed (0–100), or null. */
export type PercentValues = Record<ItemId, number | null> & { fullDecoration: boolean };
export type SourceInfo = Partial<Record<ItemId, { source: 'model' | 'manual'; numerator: number | null; denominator: number | null }>>;

export const toFractions = (v: PercentValues) =>
  ({
    ...Object.fromEntries(ITEM_IDS.map((id) => [id, v[id] === null ? null : Math.round(v[id]! * 100) / 10000])),
    fullDecoration: v.fullDecoration,
  }) as Record<ItemId, number | null> & { fullDecoration: boolean };

export function RatioInputs({
  table,
  value,
  onChange,
  sources,
  disabled,
}: {
  table: ScoreTable;
  value: PercentValues;
  onChange(v: PercentValues): void;
  sources?: SourceInfo;
  disabled?: boolean;
}) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const set = (id: ItemId, v: number | null) => onChange({ ...value, [id]: v });
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="item"
        dataSource={table.items}
        columns={[
          {
            title: t('item'),
            key: 'name',
            width: 240,
            render: (_: unknown, i) => (
              <span>
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {i.item}
                </Typography.Text>{' '}
                {lang === 'en' ? i.nameEn : i.nameZh}
              </span>
            ),
          },
          { title: t('requirement'), key: 'req', width: 150, render: (_: unknown, i) => requirement(table, i.item).requirement },
          { title: t('points'), key: 'pts', width: 70, render: (_: unknown, i) => requirement(table, i.item).points },
          {
            title: t('ratio'),
            key: 'ratio',
            width: 220,
            render: (_: unknown, i) => (
              <Space>
                <InputNumber
                  aria-label={i.item}
                  data-testid={`ratio-${i.item}`}
                  min={0}
                  max={100}
                  step={1}
                  precision={2}
                  disabled={disabled || value[i.item] === null}
                  value={value[i.item] ?? undefined}
                  onChange={(v) => set(i.item, typeof v === 'number' ? v : 0)}
                  suffix="%"
                  style={{ width: 110 }}
                />
                <Checkbox disabled={disabled} checked={value[i.item] === null} onChange={(e) => set(i.item, e.target.checked ? null : 0)}>
                  {t('na')}
                </Checkbox>
              </Space>
            ),
          },
          ...(sources
            ? [
                {
                  title: t('source'),
                  key: 'source',
                  width: 150,
                  render: (_: unknown, i: { item: ItemId }) => {
                    const s = sources[i.item];
                    if (!s) return <Tag>{t('manual')}</Tag>;
                    return (
                      <Tag color={s.source === 'model' ? 'purple' : 'default'}>
                        {s.source === 'model' ? t('model') : t('manual')}
                        {s.numerator !== null && s.denominator !== null ? ` ${s.numerator}/${s.denominator}` : ''}
                      </Tag>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Switch
          disabled={disabled}
          checked={value.fullDecoration}
          onChange={(v) => onChange({ ...value, fullDecoration: v })}
          data-testid="full-decoration"
        />
        {t('fullDecoration')}
      </Space>
    </>
  );
}
