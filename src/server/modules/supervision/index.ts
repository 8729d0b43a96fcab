// What other modules may use of supervision: they import this file only (checked by npm run boundaries).
export { supervisionDemoSeeder } from './demo.js';
export { noticeConditions, supervisionTodos } from './todos.js';
export { supervisionEventTypes } from './events.js';
