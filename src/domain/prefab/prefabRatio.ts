// 装配率 P, recognition and grade (GB/T 51129-2017 4.0.1, 3.0.3, 5.0.1, 5.0.2).
// Every number used here comes from the ScoreTable, because the national table is recalled and
// regions publish their own variants.

import { roundHalfUp, roundWith } from '../rounding.js';
import {
  PREFAB_ITEM_IDS,
  itemMax,
  tableTotalMax,
  validateScoreTable,
  type PrefabGrade,
  type PrefabItemId,
  type ScoreGroupId,
  type ScoreItem,
  type ScoreTable,
} from './scoreTable.js';

/** Ratios as fractions 0..1 (0.35 = 35%); null = the item does not exist in this building (counts into Q4). */
export type PrefabRatioInput = { [K in PrefabItemId]: number | null } & { fullDecoration: boolean };

export interface PrefabItemResult {
  item: PrefabItemId | 'fullDecoration';
  group: ScoreGroupId;
  ratio: number | null;
  score: number;
  max: number;
  applicable: boolean;
  note: string;
}

export type PrefabReasonCode =
  | 'GROUP_BELOW_MINIMUM'
  | 'NO_FULL_DECORATION'
  | 'RATIO_BELOW_RECOGNITION'
  | 'NOT_RECOGNISED'
  | 'Q1A_BELOW_GRADING_MINIMUM'
  | 'BELOW_LOWEST_GRADE';

export interface PrefabReason {
  code: PrefabReasonCode;
  clause: string;
  message: string;
}

export interface PrefabRatioResult {
  tableId: string;
  tableVersion: string;
  /** 装配率 in percent, rounded to table.reportDecimals (1 decimal nationally). */
  P: number;
  /** P rounded by table.grading.rounding; the value compared with 3.0.3 and the 5.0.2 bands. */
  assessedPercent: number;
  Q1: number;
  Q2: number;
  Q3: number;
  Q4: number;
  items: PrefabItemResult[];
  recognised: boolean;
  grade: PrefabGrade | null;
  /** Why recognition or grading failed; empty when the project is recognised and graded. */
  reasons: PrefabReason[];
}

export class PrefabInputError extends Error {
  override readonly name = 'PrefabInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export class PrefabTableError extends Error {
  override readonly name = 'PrefabTableError';
  constructor(
    readonly tableId: string,
    readonly problems: string[],
  ) {
    super(`score table ${tableId} is invalid: ${problems.join('; ')}`);
  }
}

// GB/T 51129-2017 表4.0.1: the score of one item for its ratio (interpolated, fixed, or 0 below the lower bound).
export function scoreItem(item: ScoreItem, ratio: number, decimals: number): { score: number; note: string } {
  const s = item.scoring;
  if (ratio < s.lower) {
    return { score: 0, note: `${pct(ratio)} below lower bound ${pct(s.lower)} → 0` };
  }
  if (s.kind === 'fixed') {
    return { score: s.score, note: `${pct(ratio)} ≥ ${pct(s.lower)} → fixed ${s.score}` };
  }
  if (ratio >= s.upper) {
    return { score: s.scoreUpper, note: `${pct(ratio)} ≥ upper bound ${pct(s.upper)} → max ${s.scoreUpper}` };
  }
  const raw = s.scoreLower + ((ratio - s.lower) / (s.upper - s.lower)) * (s.scoreUpper - s.scoreLower);
  const score = roundHalfUp(raw, decimals);
  return { score, note: `interpolated in ${pct(s.lower)}–${pct(s.upper)} → ${score}` };
}

// GB/T 51129-2017 4.0.1 / 3.0.3 / 5.0.1 / 5.0.2: 装配率 P with recognition and grade.
export function calculatePrefabRatio(input: PrefabRatioInput, table: ScoreTable): PrefabRatioResult {
  const problems = validateScoreTable(table);
  if (problems.length > 0) throw new PrefabTableError(table.id, problems);
  validateInput(input);

  const groupScore: Record<ScoreGroupId, number> = { Q1: 0, Q2: 0, Q3: 0 };
  let Q4 = 0;
  const items: PrefabItemResult[] = [];

  for (const item of table.items) {
    const ratio = input[item.item];
    const max = itemMax(item);
    if (ratio === null) {
      // 4.0.1: an item the building does not have is removed from the denominator via Q4.
      Q4 += max;
      items.push({
        item: item.item,
        group: item.group,
        ratio,
        score: 0,
        max,
        applicable: false,
        note: `not applicable → ${max} counted into Q4`,
      });
      continue;
    }
    const { score, note } = scoreItem(item, ratio, table.scoreDecimals);
    groupScore[item.group] += score;
    items.push({ item: item.item, group: item.group, ratio, score, max, applicable: true, note });
  }

  const fd = table.fullDecoration;
  const fdScore = input.fullDecoration ? fd.score : 0;
  groupScore[fd.group] += fdScore;
  items.push({
    item: 'fullDecoration',
    group: fd.group,
    ratio: null,
    score: fdScore,
    max: fd.score,
    applicable: true,
    note: input.fullDecoration ? `全装修 adopted → ${fd.score}` : '全装修 not adopted → 0',
  });

  // Sums of 1-decimal scores are re-rounded only to strip binary noise (e.g. 13.499999999999998).
  const Q1 = roundHalfUp(groupScore.Q1, table.scoreDecimals);
  const Q2 = roundHalfUp(groupScore.Q2, table.scoreDecimals);
  const Q3 = roundHalfUp(groupScore.Q3, table.scoreDecimals);
  Q4 = roundHalfUp(Q4, table.scoreDecimals);

  const denominator = tableTotalMax(table) - Q4;
  if (denominator <= 0) throw new PrefabInputError('items', 'every scored item is marked not applicable; P is undefined');
  const P = roundHalfUp(((Q1 + Q2 + Q3) / denominator) * 100, table.reportDecimals);
  const assessedPercent = assessPercent(P, table);

  const reasons: PrefabReason[] = [];
  const scores: Record<ScoreGroupId, number> = { Q1, Q2, Q3 };
  for (const g of table.groups) {
    if (scores[g.id] < g.minimum) {
      reasons.push({
        code: 'GROUP_BELOW_MINIMUM',
        clause: '3.0.3',
        message: `${g.id} (${g.nameZh}) = ${scores[g.id]} < minimum ${g.minimum}`,
      });
    }
  }
  if (table.recognition.requireFullDecoration && !input.fullDecoration) {
    reasons.push({ code: 'NO_FULL_DECORATION', clause: '3.0.3', message: '全装修 not adopted' });
  }
  if (assessedPercent < table.recognition.minRatioPercent) {
    reasons.push({
      code: 'RATIO_BELOW_RECOGNITION',
      clause: '3.0.3',
      message: `P = ${P}% (assessed ${assessedPercent}%) < ${table.recognition.minRatioPercent}%`,
    });
  }
  const recognised = reasons.length === 0;

  let grade: PrefabGrade | null = null;
  if (!recognised) {
    reasons.push({ code: 'NOT_RECOGNISED', clause: '5.0.1', message: 'not recognised as 装配式建筑 (3.0.3), so it cannot be graded' });
  }
  const q1a = input.q1a;
  if (q1a === null || q1a < table.grading.minQ1a) {
    reasons.push({
      code: 'Q1A_BELOW_GRADING_MINIMUM',
      clause: '5.0.1',
      message: `q1a (竖向构件) = ${q1a === null ? 'not applicable' : pct(q1a)} < ${pct(table.grading.minQ1a)}`,
    });
  } else if (recognised) {
    grade = gradeForPercent(assessedPercent, table);
    if (grade === null) {
      reasons.push({
        code: 'BELOW_LOWEST_GRADE',
        clause: '5.0.2',
        message: `P = ${P}% (assessed ${assessedPercent}%) is below the lowest grade band`,
      });
    }
  }

  return { tableId: table.id, tableVersion: table.version, P, assessedPercent, Q1, Q2, Q3, Q4, items, recognised, grade, reasons };
}

/**
 * GB/T 51129-2017 5.0.2: the integer percent used for recognition and grading.
 * Rule (platform decision, configurable per table): take the *reported* P (1 decimal) and round it
 * by table.grading.rounding (national default half-up to an integer). Rounding the reported value
 * rather than the raw quotient keeps the grade reproducible from the printed report.
 */
export function assessPercent(reportedP: number, table: ScoreTable): number {
  return roundWith(reportedP, table.grading.rounding.decimals, table.grading.rounding.mode);
}

// GB/T 51129-2017 5.0.2: the band (A/AA/AAA) containing an already-assessed percent, or null below the lowest band.
export function gradeForPercent(assessedPercent: number, table: ScoreTable): PrefabGrade | null {
  for (const band of table.grading.bands) {
    if (assessedPercent >= band.min && (band.max === null || assessedPercent <= band.max)) return band.grade;
  }
  return null;
}

// GB/T 51129-2017 5.0.2: grade for a reported P (rounding rule applied), ignoring the 3.0.3/5.0.1 preconditions.
export function gradeForReportedRatio(reportedP: number, table: ScoreTable): PrefabGrade | null {
  return gradeForPercent(assessPercent(reportedP, table), table);
}

function validateInput(input: PrefabRatioInput): void {
  if (input === null || typeof input !== 'object') throw new PrefabInputError('input', 'must be an object');
  for (const id of PREFAB_ITEM_IDS) {
    const v: unknown = (input as Record<string, unknown>)[id];
    if (v === null) continue;
    if (v === undefined) throw new PrefabInputError(id, 'missing; use null when the item does not apply');
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new PrefabInputError(id, `must be a finite number or null, got ${String(v)}`);
    if (v < 0 || v > 1) throw new PrefabInputError(id, `ratio ${v} outside [0, 1] (pass 0.35 for 35%)`);
  }
  if (typeof input.fullDecoration !== 'boolean') throw new PrefabInputError('fullDecoration', 'must be a boolean');
}

function pct(ratio: number): string {
  return `${roundHalfUp(ratio * 100, 2)}%`;
}
