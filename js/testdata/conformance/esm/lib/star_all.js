export * from './star_a.js';
export * from './star_b.js';
export * as nsA from './star_a.js';
export { onlyA as renamed } from './star_a.js';
