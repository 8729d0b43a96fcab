import type { ProjectStatus } from './tables.js';

/**
 * The pilot lifecycle 申报 → 评审中 → 入选 / 未入选 → 实施中 → 已完工 → 已总结.
 * Only these steps exist; everything else is refused, so a project's history always reads as the plan describes it.
 */
export const allowedTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  applied: ['reviewing'],
  reviewing: ['selected', 'rejected'],
  selected: ['implementing'],
  rejected: [],
  implementing: ['completed'],
  completed: ['summarised'],
  summarised: [],
};

export const canTransition = (from: ProjectStatus, to: ProjectStatus) => allowedTransitions[from].includes(to);

/** Statuses of a published pilot: selected, and everything that follows selection. */
export const pilotStatuses: readonly ProjectStatus[] = ['selected', 'implementing', 'completed', 'summarised'];

/** The steps a regulator takes by hand; the review steps (→ reviewing, → selected / rejected) go through the application. */
export const manualTransitions: readonly ProjectStatus[] = ['implementing', 'completed', 'summarised'];
