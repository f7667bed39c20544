export * from './types';
export { layoutQuarter } from './quarter-layout';
export { geometry, textEm, clip } from './geometry';
