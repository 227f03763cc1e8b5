export * from './anchor';
export * from './append';
export * from './config';
export * from './entry';
export * from './migrations';
export * from './open';
export * from './verify';
export * from './writer';
