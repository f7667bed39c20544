export * from './types';
export { layoutQuarter } from './quarter-layout';
export { geometry, textEm, clip } from './geometry';
export { quarterRange } from './quarter-range';
