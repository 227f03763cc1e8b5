export * from './types';
export * from './fixtures';
