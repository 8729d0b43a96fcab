// 装配率 score table (GB/T 51129-2017 表4.0.1) as versioned, per-region data.
// The national figures are recalled (standards.md §4, [R-h]) and many provinces publish their own
// 计算细则, so nothing in prefabRatio.ts may hard-wire a score, range or threshold: it all lives here.

import type { RoundingMode } from '../rounding.js';

export type Confidence = 'verified' | 'recalled-high' | 'recalled-medium' | 'recalled-low';

export const PREFAB_ITEM_IDS = ['q1a', 'q1b', 'q2a', 'q2b', 'q2c', 'q2d', 'q3a', 'q3b', 'q3c', 'q3d'] as const;
export type PrefabItemId = (typeof PREFAB_ITEM_IDS)[number];

export type ScoreGroupId = 'Q1' | 'Q2' | 'Q3';

/** Score interpolated linearly between the range ends; 0 below `lower`, `scoreUpper` above `upper`. */
export interface InterpolatedScoring {
  kind: 'interpolated';
  lower: number; // ratio, 0..1
  upper: number; // ratio, 0..1
  scoreLower: number;
  scoreUpper: number;
}

/** Fixed score once the ratio reaches `lower` (e.g. q2a ≥ 80% → 5), else 0. */
export interface FixedScoring {
  kind: 'fixed';
  lower: number; // ratio, 0..1
  score: number;
}

export type ItemScoring = InterpolatedScoring | FixedScoring;

export interface ScoreItem {
  item: PrefabItemId;
  group: ScoreGroupId;
  nameZh: string;
  nameEn: string;
  scoring: ItemScoring;
}

export interface ScoreGroup {
  id: ScoreGroupId;
  nameZh: string;
  nameEn: string;
  max: number;
  /** 3.0.3 最低分值: the group score needed for 认定为装配式建筑. */
  minimum: number;
}

export interface GradeBand {
  grade: PrefabGrade;
  /** Inclusive lower bound, integer percent as printed in 5.0.2. */
  min: number;
  /** Inclusive upper bound; null = open-ended (AAA ≥ 91). */
  max: number | null;
}

export type PrefabGrade = 'A' | 'AA' | 'AAA';

export interface ScoreTable {
  id: string;
  version: string;
  /** 'CN' for the national standard, or a region code such as 'CN-HN' / 'CN-GD-SZ' / 'CN-JS-CZ'. */
  region: string;
  source: string;
  confidence: Confidence;
  groups: readonly ScoreGroup[];
  items: readonly ScoreItem[];
  /** 全装修: mandatory for recognition and worth a fixed score in its group. */
  fullDecoration: { group: ScoreGroupId; score: number; nameZh: string; nameEn: string };
  /** Decimal places for item scores and for the reported P (the standard's "保留1位小数"). */
  scoreDecimals: number;
  reportDecimals: number;
  recognition: {
    /** 3.0.3: P ≥ minRatioPercent. */
    minRatioPercent: number;
    requireFullDecoration: boolean;
  };
  grading: {
    /** 5.0.1: grading additionally needs q1a (竖向构件) ≥ this ratio. */
    minQ1a: number;
    bands: readonly GradeBand[];
    /**
     * How the reported P is turned into the integer percent that is compared with the
     * recognition threshold and the grade bands. The bands in 5.0.2 have integer gaps
     * (75 → 76, 90 → 91), so P must be rounded before it can be placed; regions differ.
     */
    rounding: { mode: RoundingMode; decimals: number };
  };
}

// National default, GB/T 51129-2017 表4.0.1 / 3.0.3 / 5.0.1 / 5.0.2 (values recalled, confirm against the official PDF).
export const GB51129_2017_NATIONAL: ScoreTable = {
  id: 'gb51129-2017-national',
  version: '2017.1',
  region: 'CN',
  source:
    'GB/T 51129-2017 表4.0.1, 3.0.3, 5.0.1, 5.0.2 — table recalled (standards.md §4 [R-h]); 3.0.3/5.0.1/5.0.2 thresholds [V] https://www.8fe.cn/test-question-608554.html',
  confidence: 'recalled-high',
  groups: [
    { id: 'Q1', nameZh: '主体结构', nameEn: 'Main structure', max: 50, minimum: 20 },
    { id: 'Q2', nameZh: '围护墙和内隔墙', nameEn: 'Envelope walls and partitions', max: 20, minimum: 10 },
    { id: 'Q3', nameZh: '装修和设备管线', nameEn: 'Fit-out and building services', max: 30, minimum: 6 },
  ],
  items: [
    {
      item: 'q1a',
      group: 'Q1',
      nameZh: '柱、支撑、承重墙、延性墙板等竖向构件',
      nameEn: 'Vertical members (columns, braces, load-bearing walls)',
      scoring: { kind: 'interpolated', lower: 0.35, upper: 0.8, scoreLower: 20, scoreUpper: 30 },
    },
    {
      item: 'q1b',
      group: 'Q1',
      nameZh: '梁、板、楼梯、阳台、空调板等构件',
      nameEn: 'Horizontal members (beams, slabs, stairs, balconies)',
      scoring: { kind: 'interpolated', lower: 0.7, upper: 0.8, scoreLower: 10, scoreUpper: 20 },
    },
    {
      item: 'q2a',
      group: 'Q2',
      nameZh: '非承重围护墙非砌筑',
      nameEn: 'Non-masonry non-load-bearing envelope walls',
      scoring: { kind: 'fixed', lower: 0.8, score: 5 },
    },
    {
      item: 'q2b',
      group: 'Q2',
      nameZh: '围护墙与保温、隔热、装饰一体化',
      nameEn: 'Envelope walls integrated with insulation and finish',
      scoring: { kind: 'interpolated', lower: 0.5, upper: 0.8, scoreLower: 2, scoreUpper: 5 },
    },
    {
      item: 'q2c',
      group: 'Q2',
      nameZh: '内隔墙非砌筑',
      nameEn: 'Non-masonry internal partitions',
      scoring: { kind: 'fixed', lower: 0.5, score: 5 },
    },
    {
      item: 'q2d',
      group: 'Q2',
      nameZh: '内隔墙与管线、装修一体化',
      nameEn: 'Partitions integrated with services and finish',
      scoring: { kind: 'interpolated', lower: 0.5, upper: 0.8, scoreLower: 2, scoreUpper: 5 },
    },
    {
      item: 'q3a',
      group: 'Q3',
      nameZh: '干式工法楼面、地面',
      nameEn: 'Dry-construction floors',
      scoring: { kind: 'fixed', lower: 0.7, score: 6 },
    },
    {
      item: 'q3b',
      group: 'Q3',
      nameZh: '集成厨房',
      nameEn: 'Integrated kitchens',
      scoring: { kind: 'interpolated', lower: 0.7, upper: 0.9, scoreLower: 3, scoreUpper: 6 },
    },
    {
      item: 'q3c',
      group: 'Q3',
      nameZh: '集成卫生间',
      nameEn: 'Integrated bathrooms',
      scoring: { kind: 'interpolated', lower: 0.7, upper: 0.9, scoreLower: 3, scoreUpper: 6 },
    },
    {
      item: 'q3d',
      group: 'Q3',
      nameZh: '管线分离',
      nameEn: 'Separation of services from structure',
      scoring: { kind: 'interpolated', lower: 0.5, upper: 0.7, scoreLower: 4, scoreUpper: 6 },
    },
  ],
  fullDecoration: { group: 'Q3', score: 6, nameZh: '全装修', nameEn: 'Full fit-out' },
  scoreDecimals: 1,
  reportDecimals: 1,
  recognition: { minRatioPercent: 50, requireFullDecoration: true },
  grading: {
    minQ1a: 0.35,
    bands: [
      { grade: 'A', min: 60, max: 75 },
      { grade: 'AA', min: 76, max: 90 },
      { grade: 'AAA', min: 91, max: null },
    ],
    // Platform decision (not in the standard): grade the reported 1-decimal P after rounding it
    // half-up to an integer percent, so 75.5 → 76 → AA and 90.5 → 91 → AAA.
    rounding: { mode: 'half-up', decimals: 0 },
  },
};

// GB/T 51129-2017 表4.0.1 分值: the maximum of one item (top of the interpolated range, or the fixed score).
export function itemMax(item: ScoreItem): number {
  return item.scoring.kind === 'interpolated' ? item.scoring.scoreUpper : item.scoring.score;
}

// GB/T 51129-2017 4.0.1: the "100" in P = (Q1+Q2+Q3)/(100−Q4) is the sum of all maxima, so derive it from the table.
export function tableTotalMax(table: ScoreTable): number {
  return table.items.reduce((sum, i) => sum + itemMax(i), 0) + table.fullDecoration.score;
}

// Sanity checks for a table loaded from config (表4.0.1 shape); returns problems instead of throwing so an admin UI can list them all.
export function validateScoreTable(table: ScoreTable): string[] {
  const problems: string[] = [];
  const groupIds = new Set(table.groups.map((g) => g.id));
  for (const id of PREFAB_ITEM_IDS) {
    const count = table.items.filter((i) => i.item === id).length;
    if (count !== 1) problems.push(`item ${id} appears ${count} times (expected 1)`);
  }
  for (const i of table.items) {
    if (!groupIds.has(i.group)) problems.push(`item ${i.item} refers to unknown group ${i.group}`);
    const s = i.scoring;
    if (s.lower < 0 || s.lower > 1) problems.push(`item ${i.item}: lower ${s.lower} outside [0,1]`);
    if (s.kind === 'interpolated') {
      if (!(s.upper > s.lower) || s.upper > 1) problems.push(`item ${i.item}: upper must be in (lower, 1]`);
      if (!(s.scoreUpper >= s.scoreLower) || s.scoreLower < 0) problems.push(`item ${i.item}: bad score range`);
    } else if (s.score < 0) {
      problems.push(`item ${i.item}: negative score`);
    }
  }
  if (!groupIds.has(table.fullDecoration.group)) problems.push('fullDecoration refers to unknown group');
  for (const g of table.groups) {
    const sum =
      table.items.filter((i) => i.group === g.id).reduce((s, i) => s + itemMax(i), 0) +
      (table.fullDecoration.group === g.id ? table.fullDecoration.score : 0);
    if (Math.abs(sum - g.max) > 1e-9) problems.push(`group ${g.id}: item maxima sum to ${sum}, group max is ${g.max}`);
    if (g.minimum > g.max) problems.push(`group ${g.id}: minimum above max`);
  }
  const bands = [...table.grading.bands].sort((a, b) => a.min - b.min);
  for (let k = 1; k < bands.length; k++) {
    const prev = bands[k - 1];
    if (prev.max === null || prev.max >= bands[k].min) {
      problems.push(`grade bands ${prev.grade}/${bands[k].grade} overlap`);
    } else if (bands[k].min - prev.max > 10 ** -table.grading.rounding.decimals + 1e-9) {
      // e.g. bands 60–75 / 76–90 with P rounded to 1 decimal: 75.5 would fit no band.
      problems.push(`grade bands ${prev.grade}/${bands[k].grade} leave a gap wider than the grading rounding step`);
    }
  }
  return problems;
}
