import type { Db } from '../db/database.js';

/**
 * One measured indicator a capability contributes to planning, tracking and evaluation.
 * The evaluation reads indicators only through this interface, never another module's tables.
 */
export type IndicatorDefinition = {
  key: string; // e.g. 'waste.intensity'
  module: string; // the capability that owns the figure
  name: { 'zh-CN': string; en: string };
  unit: string; // e.g. 't/万m²', '%', 'kgCO2e/m²'
  direction: 'higherIsBetter' | 'lowerIsBetter';
  definition: { 'zh-CN': string; en: string };
  /** The value for a project as of a moment, or null when there is nothing to measure yet. */
  valueFor(db: Db, projectId: string, asOf: Date): Promise<number | null>;
};

export class IndicatorRegistry {
  private readonly byKey = new Map<string, IndicatorDefinition>();

  register(def: IndicatorDefinition): void {
    if (this.byKey.has(def.key)) throw new Error(`indicator ${def.key} registered twice`);
    this.byKey.set(def.key, def);
  }

  get(key: string): IndicatorDefinition | undefined {
    return this.byKey.get(key);
  }

  list(): IndicatorDefinition[] {
    return [...this.byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}
