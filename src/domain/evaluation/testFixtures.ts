/**
 * Test-only builders for evaluation assessments (imported by the *.test.ts files beside it).
 * They turn "element → list of scores" tables into full batch assessments, so each test states only
 * the numbers it reasons about.
 */
import type { EvaluationItem, EvaluationScheme, IndicatorRule } from './scheme.js';
import type { BatchAssessment, ItemAssessment, ItemSource } from './score.js';
import { applyIndicatorRule } from './score.js';

export type Mark = number | 'na';

/** Scores per kind, in the order the items appear in the element. Omitted control → all pass; omitted bonus → all 0. */
export interface ElementSpec {
  control?: Mark[];
  general: Mark[];
  bonus?: Mark[];
}

// Finds an indicator value that the rule maps to `score`, and proves it by applying the rule.
export function indicatorValueFor(rule: IndicatorRule, score: number): number | boolean {
  let value: number | boolean;
  if (rule.type === 'boolean') value = score === rule.whenTrue;
  else if (rule.type === 'linear') {
    const [x0, s0] = rule.from;
    const [x1, s1] = rule.to;
    value = x0 + ((score - s0) * (x1 - x0)) / (s1 - s0);
  } else {
    const higher = rule.direction === 'higherIsBetter';
    const step = rule.steps.find(([, s]) => s === score);
    const bounds = rule.steps.map(([b]) => b);
    if (step) value = (rule.inclusive ?? true) ? step[0] : step[0] + (higher ? 1e-3 : -1e-3);
    else value = higher ? Math.min(...bounds) - 1 : Math.max(...bounds) + 1;
  }
  const got = applyIndicatorRule(rule, value).score;
  if (got !== score) throw new Error(`no indicator value found for score ${score} (tried ${String(value)} → ${got})`);
  return value;
}

function sourceFor(item: EvaluationItem, mark: Mark, asOf: string): ItemSource {
  const evidenceIds = [`ev-${item.id}`];
  if (mark === 'na') return { type: 'notApplicable', decidedBy: 'expert-zhang', reason: '本批次无此工序', evidenceIds: [] };
  const scoring = item.scoring;
  if (scoring.mode === 'indicator')
    return { type: 'indicator', indicator: scoring.indicator, value: indicatorValueFor(scoring.rule, mark), asOf, evidenceIds };
  if (scoring.mode === 'manual') return { type: 'manual', enteredBy: 'clerk-li', score: mark, evidenceIds };
  return { type: 'expert', expertId: 'expert-zhang', score: mark, evidenceIds };
}

// Builds one 评价批次 for a stage from per-element score tables (elements not listed: all full marks).
export function batchOf(
  scheme: EvaluationScheme,
  stageId: string,
  batchId: string,
  evaluatedOn: string,
  spec: Record<string, ElementSpec>,
): BatchAssessment {
  const stage = scheme.stages.find((s) => s.id === stageId);
  if (!stage) throw new Error(`no stage ${stageId}`);
  const items: ItemAssessment[] = [];
  for (const element of stage.elements) {
    const es = spec[element.id];
    const byKind = { control: 0, general: 0, bonus: 0 };
    for (const item of element.items) {
      const i = byKind[item.kind]++;
      const list = es?.[item.kind];
      const mark: Mark | undefined = list ? list[i] : item.kind === 'bonus' ? 0 : item.maxScore;
      if (mark === undefined) throw new Error(`spec for ${element.id} has no ${item.kind} #${i + 1}`);
      items.push({ itemId: item.id, source: sourceFor(item, mark, evaluatedOn) });
    }
  }
  return { batchId, stageId, evaluatedOn, items };
}
