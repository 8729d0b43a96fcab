/**
 * 绿色施工评价 scoring engine — pure functions, no I/O, no clock, no randomness.
 *
 * Formulas (GB/T 50640-2010, recalled [R-m]; the shape is configurable through `scheme.formulas`):
 *   要素评价得分  A = Σ一般项实得分 / Σ一般项应得分 × 100 + min(Σ优选项加分, bonusCap)
 *                   (应得分 leaves out items judged 不适用)
 *   批次评价得分  E = Σ A_element × w_element
 *   阶段评价得分  G = Σ E_batch / number of batches
 *   单位工程得分  W = Σ G_stage × w_stage
 *   any failed 控制项 → the lowest grade (不合格), whatever W is.
 *
 * Rounding: every score is kept at full binary precision; `reportedScore` fields round half-up to
 * `formulas.rounding.reportDecimals` (1 decimal suggested). Grade thresholds compare the full-precision
 * value by default, with a 1e-9 tolerance so that binary noise (0.3×60 + 0.5×60 + 0.2×60) cannot turn
 * an exact 60 into 59.999…; `compareGradesOn: 'reportedValue'` compares what the report shows instead.
 *
 * Determinism: the output depends only on (scheme, assessment). Batches are ordered by (evaluatedOn,
 * batchId) and everything else by scheme order, so input order never changes a floating-point sum.
 */
import type {
  EvaluationElement,
  EvaluationGrade,
  EvaluationItem,
  EvaluationScheme,
  EvaluationStage,
  GradeCondition,
  IndicatorRule,
  ItemKind,
} from './scheme.js';
import { lowestGrade } from './scheme.js';

// ─── Assessment inputs ─────────────────────────────────────────────────────────────────────────────

/** Where an item's result came from; echoed into the result so every score can be explained. */
export type ItemSource =
  | { type: 'indicator'; indicator: string; value: number | boolean; asOf: string; evidenceIds: string[] }
  | { type: 'expert'; expertId: string; score: number; evidenceIds: string[]; note?: string }
  | { type: 'manual'; enteredBy: string; score: number; evidenceIds: string[]; note?: string }
  /** 不适用: removed from Σ应得分. Needs a reason and who decided, because it raises the ratio. */
  | { type: 'notApplicable'; decidedBy: string; reason: string; evidenceIds: string[] };

export interface ItemAssessment {
  itemId: string;
  source: ItemSource;
}

/** One 评价批次: a dated evaluation of one stage, with a result for every item of that stage. */
export interface BatchAssessment {
  batchId: string;
  stageId: string;
  /** ISO date (YYYY-MM-DD). */
  evaluatedOn: string;
  items: ItemAssessment[];
}

export interface UnitAssessment {
  schemeId: string;
  schemeVersion: number;
  batches: BatchAssessment[];
}

// ─── Results ───────────────────────────────────────────────────────────────────────────────────────

export interface ItemResult {
  itemId: string;
  name: string;
  kind: ItemKind;
  maxScore: number;
  applicable: boolean;
  /** null when 不适用. */
  score: number | null;
  /** 控制项 only: passed = full marks; null for other kinds or when 不适用. */
  passed: boolean | null;
  /** How the score was reached, e.g. 'threshold lowerIsBetter: 250 ≤ 300 → 1'. */
  basis: string;
  source: ItemSource;
  recalled: boolean;
}

export interface ControlFailure {
  batchId: string;
  stageId: string;
  elementId: string;
  itemId: string;
  name: string;
}

export interface ElementResult {
  elementId: string;
  name: string;
  weight: number;
  /** false when every 一般项 is 不适用 and the scheme excludes such elements from the batch. */
  applicable: boolean;
  generalEarned: number;
  generalPossible: number;
  /** Σ实得/Σ应得 × generalScale, or null when not applicable. */
  generalScore: number | null;
  bonusRaw: number;
  bonusCap: number | null;
  bonusApplied: number;
  /** ids of 优选项 that scored > 0 */
  bonusItemsScored: string[];
  /** A; null when not applicable. */
  score: number | null;
  reportedScore: number | null;
  items: ItemResult[];
}

export interface BatchResult {
  batchId: string;
  stageId: string;
  evaluatedOn: string;
  /** E */
  score: number;
  reportedScore: number;
  /** Σ weights of the applicable elements (1 unless elements were excluded and weights renormalised). */
  appliedWeight: number;
  elements: ElementResult[];
  controlFailures: ControlFailure[];
}

export interface StageResult {
  stageId: string;
  name: string;
  weight: number;
  /** G */
  score: number;
  reportedScore: number;
  batches: BatchResult[];
  /** Mean element score over the batches where the element applied (for element-level grade conditions). */
  elementMeans: Array<{ elementId: string; name: string; meanScore: number | null }>;
}

export interface ConditionCheck {
  condition: GradeCondition;
  holds: boolean;
  /** The value compared: a score, a count of failures, or the lowest count/score among elements. */
  actual: number;
  /** Per-element breakdown for element-level conditions. */
  detail?: Array<{ stageId?: string; elementId: string; value: number }>;
}

export interface GradeRuleCheck {
  grade: string;
  rank: number;
  met: boolean;
  conditions: ConditionCheck[];
}

export interface GradeDecision {
  grade: EvaluationGrade;
  reason: 'controlItemFailed' | 'ruleMet' | 'noRuleMet';
  /** All rules, highest rank first, always evaluated so a report can say what was missing. */
  trace: GradeRuleCheck[];
}

export interface UnitResult {
  schemeId: string;
  schemeVersion: number;
  standard: string;
  /** W */
  score: number;
  reportedScore: number;
  stages: StageResult[];
  controlItemsPassed: boolean;
  controlFailures: ControlFailure[];
  grade: EvaluationGrade;
  gradeDecision: GradeDecision;
}

// ─── Errors ────────────────────────────────────────────────────────────────────────────────────────

export interface EvaluationIssue {
  /** e.g. 'batches[0].items[3].source.score' */
  path: string;
  message: string;
}

/** Thrown for assessments that cannot be scored; lists every problem found, not just the first. */
export class EvaluationInputError extends Error {
  readonly issues: EvaluationIssue[];
  constructor(issues: EvaluationIssue[]) {
    super(`evaluation input rejected: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'EvaluationInputError';
    this.issues = issues;
  }
}

// ─── Numbers ───────────────────────────────────────────────────────────────────────────────────────

/** Binary floating-point noise tolerance for grade comparisons and report rounding. */
export const SCORE_TOLERANCE = 1e-9;

// Reporting rule (platform decision, not a clause): round half-up after removing float noise, so 74.45 → 74.5.
export function roundForReport(value: number, decimals: number): number {
  const cleaned = Number(value.toFixed(9));
  const sign = cleaned < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(cleaned)}e${decimals}`))}e-${decimals}`);
}

function atLeast(actual: number, min: number): boolean {
  return actual >= min - SCORE_TOLERANCE;
}

function formatNumber(n: number): string {
  return String(Number(n.toFixed(9)));
}

// ─── Indicator rules ───────────────────────────────────────────────────────────────────────────────

export interface IndicatorScore {
  score: number;
  basis: string;
}

// 评价指标 auto-scoring (threshold steps / clamped linear interpolation / boolean); platform rule, not a clause.
export function applyIndicatorRule(rule: IndicatorRule, value: number | boolean): IndicatorScore {
  if (rule.type === 'boolean') {
    if (typeof value !== 'boolean') throw new TypeError(`boolean rule needs a boolean value, got ${String(value)}`);
    const score = value ? rule.whenTrue : rule.whenFalse;
    return { score, basis: `boolean: ${value} → ${score}` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TypeError(`${rule.type} rule needs a finite number, got ${String(value)}`);

  if (rule.type === 'threshold') {
    const inclusive = rule.inclusive ?? true;
    const higher = rule.direction === 'higherIsBetter';
    const reached = (bound: number) => (higher ? (inclusive ? value >= bound : value > bound) : inclusive ? value <= bound : value < bound);
    const op = higher ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
    // Steps run weakest → strongest (validated), so the last one reached is the score.
    for (let i = rule.steps.length - 1; i >= 0; i--) {
      const [bound, score] = rule.steps[i];
      if (reached(bound)) return { score, basis: `threshold ${rule.direction}: ${formatNumber(value)} ${op} ${bound} → ${score}` };
    }
    const otherwise = rule.otherwise ?? 0;
    return { score: otherwise, basis: `threshold ${rule.direction}: ${formatNumber(value)} reaches no step → ${otherwise}` };
  }

  const [x0, s0] = rule.from;
  const [x1, s1] = rule.to;
  const raw = s0 + ((value - x0) * (s1 - s0)) / (x1 - x0);
  const lo = Math.min(s0, s1);
  const hi = Math.max(s0, s1);
  const score = Math.min(hi, Math.max(lo, raw));
  const clamped = score !== raw ? ' (clamped)' : '';
  return {
    score,
    basis: `linear [${x0}→${s0}, ${x1}→${s1}]: ${formatNumber(value)} → ${formatNumber(score)}${clamped}`,
  };
}

// 评价指标 scored from a platform indicator (e.g. waste.intensity against 300/200 t/万m²).
export function scoreItemFromIndicator(item: EvaluationItem, value: number | boolean): IndicatorScore {
  if (item.scoring.mode !== 'indicator') throw new TypeError(`item '${item.id}' is scored by ${item.scoring.mode}, not by an indicator`);
  return applyIndicatorRule(item.scoring.rule, value);
}

// ─── Item ──────────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

type IssueSink = (path: string, message: string) => void;

function checkSource(item: EvaluationItem, source: ItemSource, evaluatedOn: string, path: string, add: IssueSink): void {
  const scoring = item.scoring;
  // Assessments may arrive as parsed JSON; refuse shapes the type system cannot vouch for.
  if (typeof source !== 'object' || source === null) return add(path, 'source is required');
  if (!Array.isArray(source.evidenceIds)) add(`${path}.evidenceIds`, 'evidenceIds must be an array');
  switch (source.type) {
    case 'notApplicable':
      if (!source.reason?.trim()) add(`${path}.reason`, '不适用 needs a reason');
      if (!source.decidedBy?.trim()) add(`${path}.decidedBy`, '不适用 needs who decided it');
      break;
    case 'indicator':
      if (scoring.mode !== 'indicator') {
        add(`${path}.type`, `item '${item.id}' is scored by ${scoring.mode}, not by an indicator`);
        break;
      }
      if (source.indicator !== scoring.indicator)
        add(`${path}.indicator`, `item '${item.id}' is fed by '${scoring.indicator}', not '${source.indicator}'`);
      if (
        scoring.rule.type === 'boolean'
          ? typeof source.value !== 'boolean'
          : typeof source.value !== 'number' || !Number.isFinite(source.value)
      )
        add(`${path}.value`, `'${scoring.indicator}' needs a ${scoring.rule.type === 'boolean' ? 'boolean' : 'finite number'}`);
      if (typeof source.asOf !== 'string' || !ISO_DATE_OR_TIME.test(source.asOf))
        add(`${path}.asOf`, 'asOf must be an ISO date or date-time');
      // A value dated after the batch would mean the evaluation was (re)scored with later data.
      else if (source.asOf.slice(0, 10) > evaluatedOn)
        add(`${path}.asOf`, `indicator value as of ${source.asOf} is later than the batch date ${evaluatedOn}`);
      break;
    case 'expert':
    case 'manual': {
      if (scoring.mode !== source.type) {
        add(`${path}.type`, `item '${item.id}' is scored by ${scoring.mode}, not by ${source.type}`);
        break;
      }
      const who = source.type === 'expert' ? source.expertId : source.enteredBy;
      if (!who?.trim()) add(`${path}.${source.type === 'expert' ? 'expertId' : 'enteredBy'}`, 'who scored the item is required');
      if (typeof source.score !== 'number' || !Number.isFinite(source.score) || source.score < 0 || source.score > item.maxScore)
        add(`${path}.score`, `score must be between 0 and ${item.maxScore}`);
      else if (scoring.allowedScores && !scoring.allowedScores.includes(source.score))
        add(`${path}.score`, `score ${source.score} is not one of ${scoring.allowedScores.join('/')}`);
      break;
    }
    default:
      add(`${path}.type`, `unknown source type '${(source as { type: unknown }).type}'`);
  }
}

function scoreItem(item: EvaluationItem, source: ItemSource): ItemResult {
  const base = { itemId: item.id, name: item.name, kind: item.kind, maxScore: item.maxScore, source, recalled: item.recalled ?? false };
  if (source.type === 'notApplicable') return { ...base, applicable: false, score: null, passed: null, basis: `不适用: ${source.reason}` };
  let score: number;
  let basis: string;
  if (source.type === 'indicator') {
    ({ score, basis } = scoreItemFromIndicator(item, source.value));
    basis = `${source.indicator}=${String(source.value)} (as of ${source.asOf}); ${basis}`;
  } else {
    score = source.score;
    basis = source.type === 'expert' ? `expert ${source.expertId}: ${score}` : `manual by ${source.enteredBy}: ${score}`;
  }
  return { ...base, applicable: true, score, passed: item.kind === 'control' ? score >= item.maxScore : null, basis };
}

// ─── Element and batch ─────────────────────────────────────────────────────────────────────────────

// GB/T 50640-2010 要素评价得分 A = Σ一般项实得/Σ应得 × 100 + Σ优选项加分 (recalled [R-m]); bonus capped per scheme.
function scoreElement(scheme: EvaluationScheme, element: EvaluationElement, items: ItemResult[]): ElementResult {
  const { generalScale, bonusCap: defaultCap } = scheme.formulas.elementScore;
  const decimals = scheme.formulas.rounding.reportDecimals;
  let generalEarned = 0;
  let generalPossible = 0;
  let bonusRaw = 0;
  const bonusItemsScored: string[] = [];
  for (const r of items) {
    if (!r.applicable || r.score === null) continue;
    if (r.kind === 'general') {
      generalEarned += r.score;
      generalPossible += r.maxScore;
    } else if (r.kind === 'bonus') {
      bonusRaw += r.score;
      if (r.score > 0) bonusItemsScored.push(r.itemId);
    }
  }
  const cap = element.bonusCap ?? defaultCap ?? null;
  const bonusApplied = cap === null ? bonusRaw : Math.min(bonusRaw, cap);
  const applicable = generalPossible > 0;
  // Multiply before dividing: 59.99 × 100 / 100 stays 59.99, whereas 59.99 / 100 × 100 need not.
  const generalScore = applicable ? (generalEarned * generalScale) / generalPossible : null;
  const score = generalScore === null ? null : generalScore + bonusApplied;
  return {
    elementId: element.id,
    name: element.name,
    weight: element.weight,
    applicable,
    generalEarned,
    generalPossible,
    generalScore,
    bonusRaw,
    bonusCap: cap,
    bonusApplied,
    bonusItemsScored,
    score,
    reportedScore: score === null ? null : roundForReport(score, decimals),
    items,
  };
}

function stageOf(scheme: EvaluationScheme, stageId: string): EvaluationStage | undefined {
  return scheme.stages.find((s) => s.id === stageId);
}

function scoreBatchAt(scheme: EvaluationScheme, batch: BatchAssessment, path: string, add: IssueSink): BatchResult | null {
  const stage = stageOf(scheme, batch.stageId);
  if (!stage) {
    add(`${path}.stageId`, `unknown stage '${batch.stageId}'`);
    return null;
  }
  if (typeof batch.evaluatedOn !== 'string' || !ISO_DATE.test(batch.evaluatedOn))
    add(`${path}.evaluatedOn`, 'evaluatedOn must be YYYY-MM-DD');
  if (!batch.batchId?.trim()) add(`${path}.batchId`, 'batchId is required');

  const stageItems = new Map(stage.elements.flatMap((e) => e.items.map((it) => [it.id, it] as const)));
  const sources = new Map<string, ItemSource>();
  let valid = true;
  const sink: IssueSink = (p, m) => {
    valid = false;
    add(p, m);
  };
  batch.items.forEach((a, i) => {
    const p = `${path}.items[${i}]`;
    const item = stageItems.get(a.itemId);
    if (!item) return sink(`${p}.itemId`, `item '${a.itemId}' is not part of stage '${stage.id}'`);
    if (sources.has(a.itemId)) return sink(`${p}.itemId`, `item '${a.itemId}' is assessed twice`);
    sources.set(a.itemId, a.source);
    checkSource(item, a.source, batch.evaluatedOn, `${p}.source`, sink);
  });
  // Missing items are an error rather than 0 or 不适用: both would silently move the score.
  for (const id of stageItems.keys()) if (!sources.has(id)) sink(`${path}.items`, `no result for item '${id}'`);
  if (!valid) return null;

  const policy = scheme.formulas.elementScore.whenNoApplicableGeneralItems;
  const controlFailures: ControlFailure[] = [];
  const elements = stage.elements.map((element) => {
    const items = element.items.map((item) => scoreItem(item, sources.get(item.id)!));
    for (const r of items)
      if (r.passed === false)
        controlFailures.push({ batchId: batch.batchId, stageId: stage.id, elementId: element.id, itemId: r.itemId, name: r.name });
    const result = scoreElement(scheme, element, items);
    if (!result.applicable && policy === 'reject')
      sink(`${path}.items`, `element '${element.id}' has no applicable general item (Σ应得分 = 0)`);
    return result;
  });
  const applied = elements.filter((e) => e.applicable);
  if (valid && applied.length === 0) sink(`${path}.items`, 'no element of the batch has an applicable general item');
  if (!valid) return null;

  // GB/T 50640-2010 批次评价得分 E = Σ A × w; renormalised only when elements were excluded.
  const appliedWeight = elements.length === applied.length ? 1 : applied.reduce((s, e) => s + e.weight, 0);
  const weighted = applied.reduce((s, e) => s + e.score! * e.weight, 0);
  const score = appliedWeight === 1 ? weighted : weighted / appliedWeight;
  return {
    batchId: batch.batchId,
    stageId: stage.id,
    evaluatedOn: batch.evaluatedOn,
    score,
    reportedScore: roundForReport(score, scheme.formulas.rounding.reportDecimals),
    appliedWeight,
    elements,
    controlFailures,
  };
}

function throwIfIssues(issues: EvaluationIssue[]): void {
  if (issues.length) throw new EvaluationInputError(issues);
}

// GB/T 50640-2010 批次评价得分 E = Σ(要素得分 × 权重) (recalled [R-m]).
export function scoreBatch(scheme: EvaluationScheme, batch: BatchAssessment): BatchResult {
  const issues: EvaluationIssue[] = [];
  const result = scoreBatchAt(scheme, batch, 'batch', (path, message) => issues.push({ path, message }));
  throwIfIssues(issues);
  return result!;
}

function byDateThenId(a: { evaluatedOn: string; batchId: string }, b: { evaluatedOn: string; batchId: string }): number {
  if (a.evaluatedOn !== b.evaluatedOn) return a.evaluatedOn < b.evaluatedOn ? -1 : 1;
  return a.batchId < b.batchId ? -1 : a.batchId > b.batchId ? 1 : 0;
}

function stageFromBatches(scheme: EvaluationScheme, stage: EvaluationStage, batches: BatchResult[]): StageResult {
  const ordered = [...batches].sort(byDateThenId);
  const score = ordered.reduce((s, b) => s + b.score, 0) / ordered.length;
  const elementMeans = stage.elements.map((element) => {
    const scores = ordered.map((b) => b.elements.find((e) => e.elementId === element.id)!.score).filter((s): s is number => s !== null);
    return {
      elementId: element.id,
      name: element.name,
      meanScore: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
    };
  });
  return {
    stageId: stage.id,
    name: stage.name,
    weight: stage.weight,
    score,
    reportedScore: roundForReport(score, scheme.formulas.rounding.reportDecimals),
    batches: ordered,
    elementMeans,
  };
}

// GB/T 50640-2010 阶段评价得分 G = ΣE / 批次数 (recalled [R-m]).
export function scoreStage(scheme: EvaluationScheme, stageId: string, batches: BatchAssessment[]): StageResult {
  const issues: EvaluationIssue[] = [];
  const add: IssueSink = (path, message) => issues.push({ path, message });
  const stage = stageOf(scheme, stageId);
  if (!stage) add('stageId', `unknown stage '${stageId}'`);
  if (batches.length === 0) add('batches', `stage '${stageId}' has no batch`);
  checkUniqueBatchIds(batches, add);
  const results = batches.map((b, i) => {
    if (b.stageId !== stageId) add(`batches[${i}].stageId`, `batch belongs to stage '${b.stageId}', not '${stageId}'`);
    return scoreBatchAt(scheme, b, `batches[${i}]`, add);
  });
  throwIfIssues(issues);
  return stageFromBatches(scheme, stage!, results as BatchResult[]);
}

function checkUniqueBatchIds(batches: BatchAssessment[], add: IssueSink): void {
  const seen = new Set<string>();
  batches.forEach((b, i) => {
    if (seen.has(b.batchId)) add(`batches[${i}].batchId`, `duplicate batch id '${b.batchId}'`);
    seen.add(b.batchId);
  });
}

// ─── Grade ─────────────────────────────────────────────────────────────────────────────────────────

function checkCondition(
  scheme: EvaluationScheme,
  condition: GradeCondition,
  unitScore: number,
  stages: StageResult[],
  failures: number,
): ConditionCheck {
  const { reportDecimals, compareGradesOn } = scheme.formulas.rounding;
  const compared = (x: number) => (compareGradesOn === 'reportedValue' ? roundForReport(x, reportDecimals) : x);
  switch (condition.type) {
    case 'allControlItemsPassed':
      return { condition, holds: failures === 0, actual: failures };
    case 'unitScoreAtLeast':
      return { condition, holds: atLeast(compared(unitScore), condition.min), actual: unitScore };
    case 'stageScoreAtLeast': {
      const stage = stages.find((s) => s.stageId === condition.stageId)!;
      return { condition, holds: atLeast(compared(stage.score), condition.min), actual: stage.score };
    }
    case 'everyElementScoreAtLeast': {
      const detail = stages.flatMap((s) =>
        s.elementMeans
          .filter((e) => e.meanScore !== null)
          .map((e) => ({ stageId: s.stageId, elementId: e.elementId, value: e.meanScore! })),
      );
      const actual = Math.min(...detail.map((d) => d.value));
      return { condition, holds: detail.every((d) => atLeast(compared(d.value), condition.min)), actual, detail };
    }
    case 'bonusItemsScoredPerElement': {
      // Distinct items: the same 优选项 scoring in two batches of a stage counts once.
      const counts = new Map<string, { stageId?: string; elementId: string; items: Set<string> }>();
      for (const s of stages) {
        for (const element of stageOf(scheme, s.stageId)!.elements) {
          const key = condition.scope === 'unit' ? element.id : `${s.stageId}/${element.id}`;
          if (!counts.has(key))
            counts.set(key, { ...(condition.scope === 'stage' ? { stageId: s.stageId } : {}), elementId: element.id, items: new Set() });
          for (const b of s.batches)
            for (const id of b.elements.find((e) => e.elementId === element.id)!.bonusItemsScored) counts.get(key)!.items.add(id);
        }
      }
      const detail = [...counts.values()].map(({ items, ...where }) => ({ ...where, value: items.size }));
      const actual = Math.min(...detail.map((d) => d.value));
      return { condition, holds: actual >= condition.min, actual, detail };
    }
  }
}

// GB/T 50640-2010 评价等级: 控制项 veto, then grade rules from the highest rank down (thresholds recalled [R-l]).
export function decideGrade(
  scheme: EvaluationScheme,
  unitScore: number,
  stages: StageResult[],
  controlFailures: ControlFailure[],
): GradeDecision {
  const byRankDesc = [...scheme.grades].sort((a, b) => b.rank - a.rank);
  const trace: GradeRuleCheck[] = [];
  for (const grade of byRankDesc) {
    const rule = scheme.gradeRules.find((r) => r.grade === grade.code);
    if (!rule) continue;
    const conditions = rule.conditions.map((c) => checkCondition(scheme, c, unitScore, stages, controlFailures.length));
    trace.push({ grade: grade.code, rank: grade.rank, met: conditions.every((c) => c.holds), conditions });
  }
  const fallback = lowestGrade(scheme);
  // 控制项 "不符合要求者为非绿色施工": a veto that no score can outweigh, independent of how rules are written.
  if (controlFailures.length) return { grade: fallback, reason: 'controlItemFailed', trace };
  const met = trace.find((t) => t.met);
  if (!met) return { grade: fallback, reason: 'noRuleMet', trace };
  return { grade: scheme.grades.find((g) => g.code === met.grade)!, reason: 'ruleMet', trace };
}

// ─── Unit ──────────────────────────────────────────────────────────────────────────────────────────

// GB/T 50640-2010 单位工程评价: W = Σ(G_stage × 权重) and grade (recalled [R-m] formulas, [R-l] thresholds).
export function evaluateUnit(scheme: EvaluationScheme, assessment: UnitAssessment): UnitResult {
  const issues: EvaluationIssue[] = [];
  const add: IssueSink = (path, message) => issues.push({ path, message });
  // A closed evaluation must be recomputed with the scheme version it was scored with.
  if (assessment.schemeId !== scheme.id || assessment.schemeVersion !== scheme.version)
    add('schemeId', `assessment is for ${assessment.schemeId} v${assessment.schemeVersion}, scheme is ${scheme.id} v${scheme.version}`);
  checkUniqueBatchIds(assessment.batches, add);
  const batchResults = assessment.batches.map((b, i) => scoreBatchAt(scheme, b, `batches[${i}]`, add));
  for (const stage of scheme.stages)
    if (!assessment.batches.some((b) => b.stageId === stage.id)) add('batches', `stage '${stage.id}' has no batch`);
  throwIfIssues(issues);

  const stages = scheme.stages.map((stage) =>
    stageFromBatches(
      scheme,
      stage,
      (batchResults as BatchResult[]).filter((b) => b.stageId === stage.id),
    ),
  );
  const score = stages.reduce((s, g) => s + g.score * g.weight, 0);
  const controlFailures = stages.flatMap((s) => s.batches.flatMap((b) => b.controlFailures));
  const gradeDecision = decideGrade(scheme, score, stages, controlFailures);
  return {
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    standard: scheme.standard,
    score,
    reportedScore: roundForReport(score, scheme.formulas.rounding.reportDecimals),
    stages,
    controlItemsPassed: controlFailures.length === 0,
    controlFailures,
    grade: gradeDecision.grade,
    gradeDecision,
  };
}
