// What other capabilities and the benchmarks use of the evaluation capability.
export { renderProjectReportPdf, PdfRenderer, sharedRenderer, projectReportData, summaryReportData, type ReportDeps } from './report.js';
export { projectEvaluationResult, ranking, DEFAULT_SCHEME_CODE } from './store.js';
export { evaluationDemoSeeder } from './demo.js';
export { evaluationTodos, openEvaluationAssignments } from './todos.js';
export { evaluationEventTypes } from './events.js';
