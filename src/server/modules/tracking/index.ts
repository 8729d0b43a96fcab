// What other capabilities (the evaluation, reports) may use from tracking: snapshot reads and early warnings.
export {
  latestSnapshots,
  projectTrends,
  projectWarnings,
  lastCompleteMonth,
  monthEnd,
  type LatestSnapshot,
  type TrendPoint,
  type Warning,
} from './store.js';
export { trackingTodos } from './todos.js';
