// What other modules may use of public: they import this file only (checked by npm run boundaries).
// Nothing yet: its routes are registered by modules/index.ts.
export {};
