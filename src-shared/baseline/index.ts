export * from './snapshot';
export * from './diff';
