/**
 * From stored rows to the domain engine's inputs, and the project-level result. No I/O.
 *
 * Rules the platform adds around the GB/T 50640 engine (src/domain/evaluation):
 * - An indicator item takes the registry value as of the evaluation date (end of the month for a monthly
 *   self-evaluation, capped at "now"); a boolean rule reads a non-zero value as true.
 * - In a monthly self-evaluation the enterprise scores the expert- and manual-mode items itself
 *   (source `expert` with expertId "自评:<user>", or `manual`).
 * - In a stage expert evaluation each expert-mode item scores the arithmetic MEAN of the scores submitted by the
 *   assigned experts. Each expert's own score must be one of the item's allowedScores (checked on entry); the mean
 *   may fall between two steps, so the engine is given the scheme with allowedScores relaxed for expert items
 *   (`engineScheme`). A 控制项 passes only when the mean equals its maxScore, i.e. every expert passed it.
 * - Any item may be judged 不适用 with a reason; an indicator with no value must be judged 不适用 before closing.
 */
import {
  decideGrade,
  evaluateUnit,
  listSchemeItems,
  roundForReport,
  scoreBatch,
  scoreStage,
  EvaluationInputError,
  type BatchAssessment,
  type BatchResult,
  type EvaluationItem,
  type EvaluationScheme,
  type ItemAssessment,
  type ItemSource,
  type StageResult,
  type UnitResult,
} from '../../../domain/evaluation/index.js';
import type { AutoFill, EvaluationKind, ItemEntry } from './tables.js';

export type ExpertScoreInput = { expertUserId: string; expertName: string; score: number; comment: string | null };

/** Everything an item's score depends on, as shown on screen and frozen on close. */
export type ItemInputs = {
  itemId: string;
  auto: AutoFill | null;
  entry: ItemEntry | null;
  expertScores: ExpertScoreInput[];
  evidenceIds: string[];
};

export type BatchInputs = {
  evaluationId: string;
  kind: EvaluationKind;
  stageId: string;
  evaluatedOn: string;
  items: ItemInputs[];
};

/** The scheme as the engine sees it: expert-mode items without allowedScores (a panel mean may fall between steps). */
export function engineScheme(scheme: EvaluationScheme): EvaluationScheme {
  const copy = structuredClone(scheme);
  for (const stage of copy.stages)
    for (const element of stage.elements)
      for (const item of element.items) if (item.scoring.mode === 'expert') delete item.scoring.allowedScores;
  return copy;
}

export function stageItems(scheme: EvaluationScheme, stageId: string): EvaluationItem[] {
  return listSchemeItems(scheme)
    .filter((x) => x.stage.id === stageId)
    .map((x) => x.item);
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** One item's engine source, or why it cannot be scored yet. */
export function itemSource(item: EvaluationItem, kind: EvaluationKind, inputs: ItemInputs): { source: ItemSource } | { missing: string } {
  const evidenceIds = [...inputs.evidenceIds].sort();
  const entry = inputs.entry;
  if (entry?.type === 'notApplicable')
    return { source: { type: 'notApplicable', decidedBy: entry.byName, reason: entry.reason, evidenceIds } };
  const scoring = item.scoring;
  if (scoring.mode === 'indicator') {
    const auto = inputs.auto;
    if (!auto || auto.value === null) return { missing: 'indicator_no_value' };
    const value = scoring.rule.type === 'boolean' ? auto.value !== 0 : auto.value;
    return { source: { type: 'indicator', indicator: scoring.indicator, value, asOf: auto.asOf, evidenceIds } };
  }
  if (scoring.mode === 'expert' && kind === 'stage_expert') {
    const scores = [...inputs.expertScores].sort((a, b) => (a.expertName < b.expertName ? -1 : a.expertName > b.expertName ? 1 : 0));
    if (!scores.length) return { missing: 'expert_scores_missing' };
    const note = scores.map((s) => `${s.expertName}: ${s.score}${s.comment ? `（${s.comment}）` : ''}`).join('；');
    return {
      source: {
        type: 'expert',
        expertId: scores.map((s) => s.expertName).join('、'),
        score: mean(scores.map((s) => s.score)),
        evidenceIds,
        note,
      },
    };
  }
  if (entry?.type !== 'score') return { missing: 'score_missing' };
  if (scoring.mode === 'manual')
    return {
      source: { type: 'manual', enteredBy: entry.byName, score: entry.score, evidenceIds, ...(entry.note ? { note: entry.note } : {}) },
    };
  return {
    source: {
      type: 'expert',
      expertId: `自评:${entry.byName}`,
      score: entry.score,
      evidenceIds,
      ...(entry.note ? { note: entry.note } : {}),
    },
  };
}

export type AssembledBatch = { batch: BatchAssessment; missing: Array<{ itemId: string; name: string; reason: string }> };

export function assembleBatch(scheme: EvaluationScheme, inputs: BatchInputs): AssembledBatch {
  const byId = new Map(inputs.items.map((i) => [i.itemId, i]));
  const items: ItemAssessment[] = [];
  const missing: AssembledBatch['missing'] = [];
  for (const item of stageItems(scheme, inputs.stageId)) {
    const r = itemSource(
      item,
      inputs.kind,
      byId.get(item.id) ?? { itemId: item.id, auto: null, entry: null, expertScores: [], evidenceIds: [] },
    );
    if ('missing' in r) missing.push({ itemId: item.id, name: item.name, reason: r.missing });
    else items.push({ itemId: item.id, source: r.source });
  }
  return { batch: { batchId: inputs.evaluationId, stageId: inputs.stageId, evaluatedOn: inputs.evaluatedOn, items }, missing };
}

/** A batch's engine result, or the issues that keep it from being scored. */
export function tryScoreBatch(
  scheme: EvaluationScheme,
  batch: BatchAssessment,
): { result: BatchResult } | { issues: Array<{ path: string; message: string }> } {
  try {
    return { result: scoreBatch(engineScheme(scheme), batch) };
  } catch (err) {
    if (err instanceof EvaluationInputError) return { issues: err.issues };
    throw err;
  }
}

/** Frozen on close: the scheme document and every input, enough to recompute without the database. */
export type FrozenBatch = { type: 'batch'; scheme: EvaluationScheme; inputs: BatchInputs; assessment: BatchAssessment };
export type FrozenUnit = { type: 'unit'; scheme: EvaluationScheme; batches: BatchAssessment[]; sourceEvaluationIds: string[] };
export type Frozen = FrozenBatch | FrozenUnit;

export function computeFrozen(frozen: Frozen): BatchResult | UnitResult {
  if (frozen.type === 'batch') return scoreBatch(engineScheme(frozen.scheme), frozen.assessment);
  return evaluateUnit(engineScheme(frozen.scheme), {
    schemeId: frozen.scheme.id,
    schemeVersion: frozen.scheme.version,
    batches: frozen.batches,
  });
}

/**
 * A project's result from its closed batch evaluations (all under one scheme version): the full 单位工程 result when
 * every stage has a batch, otherwise a provisional score over the stages that have one (weights renormalised) and a
 * provisional grade in which conditions on missing stages are left out.
 */
export type ProjectResult = {
  schemeId: string;
  schemeVersion: number;
  provisional: boolean;
  score: number;
  reportedScore: number;
  grade: { code: string; zh: string; en: string; rank: number };
  stages: Array<{ stageId: string; name: string; weight: number; score: number | null; reportedScore: number | null; batches: number }>;
  controlItemsPassed: boolean;
};

export function projectResult(scheme: EvaluationScheme, batches: BatchAssessment[]): ProjectResult | null {
  if (!batches.length) return null;
  const engine = engineScheme(scheme);
  const decimals = scheme.formulas.rounding.reportDecimals;
  const covered = scheme.stages.filter((s) => batches.some((b) => b.stageId === s.id));
  const gradeOf = (g: { code: string; label: { zh: string; en: string }; rank: number }) => ({
    code: g.code,
    zh: g.label.zh,
    en: g.label.en,
    rank: g.rank,
  });
  if (covered.length === scheme.stages.length) {
    const unit = evaluateUnit(engine, { schemeId: scheme.id, schemeVersion: scheme.version, batches });
    return {
      schemeId: scheme.id,
      schemeVersion: scheme.version,
      provisional: false,
      score: unit.score,
      reportedScore: unit.reportedScore,
      grade: gradeOf(unit.grade),
      stages: unit.stages.map((s) => ({
        stageId: s.stageId,
        name: s.name,
        weight: s.weight,
        score: s.score,
        reportedScore: s.reportedScore,
        batches: s.batches.length,
      })),
      controlItemsPassed: unit.controlItemsPassed,
    };
  }
  const stageResults: StageResult[] = covered.map((s) =>
    scoreStage(
      engine,
      s.id,
      batches.filter((b) => b.stageId === s.id),
    ),
  );
  const weight = stageResults.reduce((s, g) => s + g.weight, 0);
  const score = stageResults.reduce((s, g) => s + g.score * g.weight, 0) / weight;
  const failures = stageResults.flatMap((s) => s.batches.flatMap((b) => b.controlFailures));
  const coveredIds = new Set(covered.map((s) => s.id));
  const partial: EvaluationScheme = {
    ...engine,
    gradeRules: engine.gradeRules.map((r) => ({
      ...r,
      conditions: r.conditions.filter((c) => c.type !== 'stageScoreAtLeast' || coveredIds.has(c.stageId)),
    })),
  };
  const decision = decideGrade(partial, score, stageResults, failures);
  return {
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    provisional: true,
    score,
    reportedScore: roundForReport(score, decimals),
    grade: gradeOf(decision.grade),
    stages: scheme.stages.map((s) => {
      const r = stageResults.find((x) => x.stageId === s.id);
      return {
        stageId: s.id,
        name: s.name,
        weight: s.weight,
        score: r?.score ?? null,
        reportedScore: r?.reportedScore ?? null,
        batches: r?.batches.length ?? 0,
      };
    }),
    controlItemsPassed: failures.length === 0,
  };
}

/** End of a date in China time (UTC+8), capped at `now`: the moment indicator values are taken. */
export function asOfMoment(evaluatedOn: string, now: Date = new Date()): Date {
  const end = new Date(`${evaluatedOn}T23:59:59.999+08:00`);
  return end.getTime() > now.getTime() ? now : end;
}

/** Last day of a 'YYYY-MM' month. */
export function monthEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m!, 0));
  return d.toISOString().slice(0, 10);
}
