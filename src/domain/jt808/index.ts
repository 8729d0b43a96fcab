// Public API of the JT/T 808 (2013 / 2019) module: frames, stream framer, sub-package reassembly, message bodies.
export * from './bcd.js';
export * from './frame.js';
export * from './framer.js';
export * from './gbk.js';
export * from './location.js';
export * from './messages.js';
export * from './subpackage.js';
export * from './time.js';
