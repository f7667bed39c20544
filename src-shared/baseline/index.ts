export * from './snapshot';
export * from './diff';
export * from './schema';
export * from './change-list';
export * from './notice-text';
