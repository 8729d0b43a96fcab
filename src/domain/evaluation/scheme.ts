/**
 * 评价方案 (evaluation scheme) as versioned data.
 *
 * GB/T 50640-2010 gives the framework 评价阶段 → 评价要素 → 评价指标 (控制项/一般项/优选项) → 评价等级.
 * The 2023 edition's tables are not available (standards.md §3b), and pilot regions publish their own
 * variants, so nothing in the engine hard-codes a stage, element, weight or threshold: a scheme is data,
 * stored as JSON, validated here, and identified by (id, version) so that a closed evaluation can be
 * recomputed against exactly the scheme it was scored with.
 *
 * Figures recalled from memory (standards.md [R-…]) stay in seed data with `recalled: true`.
 */
import { z } from 'zod';

// ─── Types ─────────────────────────────────────────────────────────────────────────────────────────

export interface LocalizedLabel {
  zh: string;
  en: string;
}

/** 评价等级. Higher rank = better grade; the lowest rank is the fallback (不合格). */
export interface EvaluationGrade {
  code: string;
  label: LocalizedLabel;
  rank: number;
}

export type ScoreDirection = 'higherIsBetter' | 'lowerIsBetter';

/** [bound, score]: a step is reached when the indicator value is at or beyond `bound` in the good direction. */
export type ThresholdStep = [bound: number, score: number];

/** [indicator value, score] end point of a linear interpolation. */
export type InterpolationPoint = [value: number, score: number];

export type IndicatorRule =
  | {
      type: 'threshold';
      direction: ScoreDirection;
      /** Ordered from the weakest to the strongest step; the strongest step reached wins. */
      steps: ThresholdStep[];
      /** Whether reaching the bound exactly counts (≥ / ≤). Default true; `false` encodes "> 50%" wording. */
      inclusive?: boolean;
      /** Score when no step is reached. Default 0. */
      otherwise?: number;
    }
  | {
      type: 'linear';
      /** Interpolates between the two points and clamps outside them (装配率-style scoring). */
      from: InterpolationPoint;
      to: InterpolationPoint;
    }
  | {
      type: 'boolean';
      whenTrue: number;
      whenFalse: number;
    };

export type ItemScoring =
  | { mode: 'indicator'; indicator: string; unit: string; rule: IndicatorRule }
  /** Scored by a named expert (评价小组成员); `allowedScores` restricts e.g. 一般项 to 0/1/2. */
  | { mode: 'expert'; allowedScores?: number[] }
  /** Entered from records by platform staff (e.g. a count taken from a ledger). */
  | { mode: 'manual'; allowedScores?: number[] };

/** 控制项 (pass/fail veto), 一般项 (scored), 优选项 (bonus). */
export type ItemKind = 'control' | 'general' | 'bonus';

/**
 * 评价指标. A 控制项 passes when it earns its full `maxScore` (so an indicator rule or a 0/1 expert
 * judgement can both express 符合/不符合 without a separate pass/fail channel).
 */
export interface EvaluationItem {
  id: string;
  name: string;
  kind: ItemKind;
  maxScore: number;
  scoring: ItemScoring;
  recalled?: boolean;
  note?: string;
}

/** 评价要素, e.g. 环境保护. The same element id in different stages denotes the same 要素. */
export interface EvaluationElement {
  id: string;
  name: string;
  weight: number;
  /** Overrides `formulas.elementScore.bonusCap` for this element. */
  bonusCap?: number;
  items: EvaluationItem[];
  recalled?: boolean;
  note?: string;
}

/** 评价阶段, e.g. 结构工程. */
export interface EvaluationStage {
  id: string;
  name: string;
  weight: number;
  elements: EvaluationElement[];
  recalled?: boolean;
  note?: string;
}

export type GradeCondition =
  /** 控制项全部满足. The engine vetoes on any failure anyway; stating it keeps rules readable. */
  | { type: 'allControlItemsPassed' }
  /** 单位工程得分 W ≥ min. */
  | { type: 'unitScoreAtLeast'; min: number }
  /** A named 阶段评价得分 G ≥ min (e.g. 结构工程 ≥ 60). */
  | { type: 'stageScoreAtLeast'; stageId: string; min: number }
  /** Every element's mean score over its stage's batches ≥ min, in every stage. */
  | { type: 'everyElementScoreAtLeast'; min: number }
  /**
   * Every 评价要素 has ≥ min distinct 优选项 that scored (> 0).
   * scope 'unit': counted per element id across all stages; 'stage': per element within each stage.
   */
  | { type: 'bonusItemsScoredPerElement'; min: number; scope: 'unit' | 'stage' };

export interface GradeRule {
  grade: string;
  conditions: GradeCondition[];
  recalled?: boolean;
  note?: string;
}

export interface EvaluationFormulas {
  elementScore: {
    /** A = Σ一般项实得分 / Σ应得分 × generalScale + min(Σ优选项加分, bonusCap). */
    method: 'generalRatioPlusBonus';
    generalScale: number;
    /** Default cap on Σ优选项加分 per element per batch; absent = uncapped. */
    bonusCap?: number;
    /**
     * When every 一般项 of an element is 不适用 (Σ应得分 = 0): 'reject' the input, or 'excludeElement'
     * from that batch and renormalise the remaining element weights.
     */
    whenNoApplicableGeneralItems: 'reject' | 'excludeElement';
  };
  /** E = Σ A_element × weight. */
  batchScore: { method: 'weightedSum' };
  /** G = Σ E / number of batches. */
  stageScore: { method: 'meanOfBatches' };
  /** W = Σ G_stage × weight. */
  unitScore: { method: 'weightedSum' };
  rounding: {
    /** Decimals shown in reports; scores are kept at full precision internally. */
    reportDecimals: number;
    /** Whether grade thresholds compare the full-precision or the reported (rounded) value. */
    compareGradesOn: 'fullPrecision' | 'reportedValue';
  };
}

export interface EvaluationScheme {
  id: string;
  version: number;
  name: string;
  /** The standard or local document the scheme implements, e.g. 'GB/T 50640-2010'. */
  standard: string;
  recalled?: boolean;
  note?: string;
  grades: EvaluationGrade[];
  stages: EvaluationStage[];
  gradeRules: GradeRule[];
  formulas: EvaluationFormulas;
}

// ─── Constants and small helpers ───────────────────────────────────────────────────────────────────

/** Sibling weights must sum to 1 within this tolerance (0.3+0.2+0.2+0.2+0.1 is 0.9999999999999999 in binary). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

// GB/T 50640-2010 评价等级: the lowest grade (不合格) is the veto/fallback grade.
export function lowestGrade(scheme: Pick<EvaluationScheme, 'grades'>): EvaluationGrade {
  return [...scheme.grades].sort((a, b) => a.rank - b.rank)[0];
}

// 评价指标 lookup: every item of the scheme with its stage and element, in scheme order.
export function listSchemeItems(
  scheme: EvaluationScheme,
): Array<{ stage: EvaluationStage; element: EvaluationElement; item: EvaluationItem }> {
  return scheme.stages.flatMap((stage) => stage.elements.flatMap((element) => element.items.map((item) => ({ stage, element, item }))));
}

// Platform rule (no clause): the lowest and highest score an indicator rule can give, checked against maxScore.
export function ruleScoreRange(rule: IndicatorRule): { min: number; max: number } {
  switch (rule.type) {
    case 'threshold': {
      const scores = [rule.otherwise ?? 0, ...rule.steps.map(([, s]) => s)];
      return { min: Math.min(...scores), max: Math.max(...scores) };
    }
    case 'linear':
      return { min: Math.min(rule.from[1], rule.to[1]), max: Math.max(rule.from[1], rule.to[1]) };
    case 'boolean':
      return { min: Math.min(rule.whenTrue, rule.whenFalse), max: Math.max(rule.whenTrue, rule.whenFalse) };
  }
}

// ─── Zod schema (for schemes stored as JSON) ───────────────────────────────────────────────────────

const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must start with a letter and use letters, digits, _ . -');
const indicatorName = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'must be a dotted name such as waste.intensity');
const finite = z.number().finite();
const nonNegative = finite.min(0);
const weight = finite.gt(0).max(1);
const provenance = { recalled: z.boolean().optional(), note: z.string().optional() };

const indicatorRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('threshold'),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    steps: z.array(z.tuple([finite, nonNegative])).min(1),
    inclusive: z.boolean().optional(),
    otherwise: nonNegative.optional(),
  }),
  z.strictObject({
    type: z.literal('linear'),
    from: z.tuple([finite, nonNegative]),
    to: z.tuple([finite, nonNegative]),
  }),
  z.strictObject({ type: z.literal('boolean'), whenTrue: nonNegative, whenFalse: nonNegative }),
]);

const itemScoringSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('indicator'), indicator: indicatorName, unit: z.string(), rule: indicatorRuleSchema }),
  z.strictObject({ mode: z.literal('expert'), allowedScores: z.array(nonNegative).min(1).optional() }),
  z.strictObject({ mode: z.literal('manual'), allowedScores: z.array(nonNegative).min(1).optional() }),
]);

const itemSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(['control', 'general', 'bonus']),
  maxScore: finite.gt(0),
  scoring: itemScoringSchema,
  ...provenance,
});

const elementSchema = z.strictObject({
  id,
  name: z.string().min(1),
  weight,
  bonusCap: nonNegative.optional(),
  items: z.array(itemSchema).min(1),
  ...provenance,
});

const stageSchema = z.strictObject({
  id,
  name: z.string().min(1),
  weight,
  elements: z.array(elementSchema).min(1),
  ...provenance,
});

const gradeConditionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('allControlItemsPassed') }),
  z.strictObject({ type: z.literal('unitScoreAtLeast'), min: finite }),
  z.strictObject({ type: z.literal('stageScoreAtLeast'), stageId: id, min: finite }),
  z.strictObject({ type: z.literal('everyElementScoreAtLeast'), min: finite }),
  z.strictObject({
    type: z.literal('bonusItemsScoredPerElement'),
    min: z.number().int().min(0),
    scope: z.enum(['unit', 'stage']),
  }),
]);

const formulasSchema = z.strictObject({
  elementScore: z.strictObject({
    method: z.literal('generalRatioPlusBonus'),
    generalScale: finite.gt(0),
    bonusCap: nonNegative.optional(),
    whenNoApplicableGeneralItems: z.enum(['reject', 'excludeElement']),
  }),
  batchScore: z.strictObject({ method: z.literal('weightedSum') }),
  stageScore: z.strictObject({ method: z.literal('meanOfBatches') }),
  unitScore: z.strictObject({ method: z.literal('weightedSum') }),
  rounding: z.strictObject({
    reportDecimals: z.number().int().min(0).max(6),
    compareGradesOn: z.enum(['fullPrecision', 'reportedValue']),
  }),
});

type Path = Array<string | number>;
type AddIssue = (path: Path, message: string) => void;

function checkWeightsSumToOne(siblings: Array<{ weight: number }>, path: Path, what: string, add: AddIssue): void {
  const sum = siblings.reduce((s, x) => s + x.weight, 0);
  // toPrecision(12) keeps the message readable (1.0000001, not 1.0000000999999998).
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) add(path, `${what} weights must sum to 1 (got ${Number(sum.toPrecision(12))})`);
}

function checkUnique<T>(list: T[], key: (x: T) => string | number, path: (i: number) => Path, what: string, add: AddIssue): void {
  const seen = new Map<string | number, number>();
  list.forEach((x, i) => {
    const k = key(x);
    const first = seen.get(k);
    if (first !== undefined) add(path(i), `duplicate ${what} '${k}' (first at index ${first})`);
    else seen.set(k, i);
  });
}

function checkIndicatorRule(rule: IndicatorRule, maxScore: number, path: Path, add: AddIssue): void {
  if (rule.type === 'threshold') {
    const ascending = rule.direction === 'higherIsBetter';
    rule.steps.forEach(([bound, score], i) => {
      if (i === 0) {
        if (score <= (rule.otherwise ?? 0)) add([...path, 'steps', i], 'step scores must exceed `otherwise`');
        return;
      }
      const [prevBound, prevScore] = rule.steps[i - 1];
      // Steps are listed weakest → strongest so "the last step reached" is the score; anything else is a typo.
      if (ascending ? bound <= prevBound : bound >= prevBound)
        add([...path, 'steps', i], `bounds must be strictly ${ascending ? 'increasing' : 'decreasing'} for ${rule.direction}`);
      if (score <= prevScore) add([...path, 'steps', i], 'step scores must be strictly increasing');
    });
  }
  if (rule.type === 'linear' && rule.from[0] === rule.to[0]) add([...path, 'to'], 'interpolation points need distinct values');
  const { max } = ruleScoreRange(rule);
  if (max > maxScore) add(path, `rule can score ${max}, above the item's maxScore ${maxScore}`);
}

function checkScheme(scheme: EvaluationScheme, add: AddIssue): void {
  // Grades: unique codes and ranks, at least a fallback and one grade above it.
  if (scheme.grades.length < 2) add(['grades'], 'a scheme needs at least two grades');
  checkUnique(
    scheme.grades,
    (g) => g.code,
    (i) => ['grades', i, 'code'],
    'grade code',
    add,
  );
  checkUnique(
    scheme.grades,
    (g) => g.rank,
    (i) => ['grades', i, 'rank'],
    'grade rank',
    add,
  );

  checkWeightsSumToOne(scheme.stages, ['stages'], 'stage', add);
  checkUnique(
    scheme.stages,
    (s) => s.id,
    (i) => ['stages', i, 'id'],
    'stage id',
    add,
  );

  const itemPaths: Array<{ id: string; path: Path }> = [];
  scheme.stages.forEach((stage, si) => {
    const stagePath: Path = ['stages', si];
    checkWeightsSumToOne(stage.elements, [...stagePath, 'elements'], 'element', add);
    checkUnique(
      stage.elements,
      (e) => e.id,
      (i) => [...stagePath, 'elements', i, 'id'],
      'element id',
      add,
    );
    stage.elements.forEach((element, ei) => {
      const elementPath: Path = [...stagePath, 'elements', ei];
      // A = Σ实得/Σ应得 needs at least one 一般项, otherwise the element score is undefined by construction.
      if (!element.items.some((it) => it.kind === 'general')) add([...elementPath, 'items'], 'an element needs at least one general item');
      element.items.forEach((item, ii) => {
        const itemPath: Path = [...elementPath, 'items', ii];
        itemPaths.push({ id: item.id, path: [...itemPath, 'id'] });
        const scoring = item.scoring;
        if (scoring.mode === 'indicator') {
          checkIndicatorRule(scoring.rule, item.maxScore, [...itemPath, 'scoring', 'rule'], add);
          // A 控制项 passes only on full marks, so its rule must be able to award them.
          if (item.kind === 'control' && ruleScoreRange(scoring.rule).max !== item.maxScore)
            add([...itemPath, 'scoring', 'rule'], 'a control item rule must be able to award maxScore (pass)');
        } else if (scoring.allowedScores) {
          scoring.allowedScores.forEach((s, k) => {
            if (s > item.maxScore) add([...itemPath, 'scoring', 'allowedScores', k], `score ${s} exceeds maxScore ${item.maxScore}`);
          });
          if (item.kind === 'control' && !scoring.allowedScores.includes(item.maxScore))
            add([...itemPath, 'scoring', 'allowedScores'], 'a control item must allow maxScore (pass)');
        }
      });
    });
  });
  // Item ids are unique across the scheme: assessments and evidence refer to items by id alone.
  checkUnique(
    itemPaths,
    (x) => x.id,
    (i) => itemPaths[i].path,
    'item id',
    add,
  );

  // Grade rules: known grades, one rule per grade, the fallback grade has none, every other grade has one.
  const gradeCodes = new Set(scheme.grades.map((g) => g.code));
  const stageIds = new Set(scheme.stages.map((s) => s.id));
  const fallback = scheme.grades.length ? lowestGrade(scheme).code : undefined;
  checkUnique(
    scheme.gradeRules,
    (r) => r.grade,
    (i) => ['gradeRules', i, 'grade'],
    'grade rule for',
    add,
  );
  scheme.gradeRules.forEach((rule, ri) => {
    if (!gradeCodes.has(rule.grade)) add(['gradeRules', ri, 'grade'], `unknown grade '${rule.grade}'`);
    else if (rule.grade === fallback)
      add(['gradeRules', ri, 'grade'], `'${rule.grade}' is the lowest grade (the fallback) and takes no rule`);
    if (rule.conditions.length === 0) add(['gradeRules', ri, 'conditions'], 'a grade rule needs at least one condition');
    rule.conditions.forEach((c, ci) => {
      if (c.type === 'stageScoreAtLeast' && !stageIds.has(c.stageId))
        add(['gradeRules', ri, 'conditions', ci, 'stageId'], `unknown stage '${c.stageId}'`);
    });
  });
  scheme.grades.forEach((g, gi) => {
    if (g.code !== fallback && !scheme.gradeRules.some((r) => r.grade === g.code))
      add(['grades', gi], `grade '${g.code}' has no grade rule and could never be awarded`);
  });
}

/** Zod schema of an evaluation scheme: shape plus cross-field checks, each error carrying its path. */
export const evaluationSchemeSchema: z.ZodType<EvaluationScheme> = z
  .strictObject({
    id,
    version: z.number().int().min(1),
    name: z.string().min(1),
    standard: z.string().min(1),
    ...provenance,
    grades: z
      .array(z.strictObject({ code: id, label: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }), rank: z.number().int() }))
      .min(1),
    stages: z.array(stageSchema).min(1),
    gradeRules: z.array(z.strictObject({ grade: id, conditions: z.array(gradeConditionSchema), ...provenance })),
    formulas: formulasSchema,
  })
  .superRefine((scheme, ctx) => {
    checkScheme(scheme, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
  });

export interface SchemeIssue {
  /** e.g. 'stages[1].elements[0].weight' */
  path: string;
  message: string;
}

export type SchemeParseResult = { ok: true; scheme: EvaluationScheme } | { ok: false; issues: SchemeIssue[] };

// Platform utility (no clause): renders a zod path as the JSON path a scheme author looks for.
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

// 评价方案 validation for schemes loaded from JSON (GB/T 50640 structure, generic weights and rules).
export function parseEvaluationScheme(input: unknown): SchemeParseResult {
  const parsed = evaluationSchemeSchema.safeParse(input);
  if (parsed.success) return { ok: true, scheme: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}
