// Public API of the HJ 212-2017 module: frame codec, TCP framer, packet parser, replies and canonical readings.
export * from './codes.js';
export * from './crc.js';
export * from './frame.js';
export * from './framer.js';
export * from './time.js';
export * from './packet.js';
export * from './reply.js';
export * from './readings.js';
