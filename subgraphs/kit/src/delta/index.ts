export * from './columns';
export * from './format';
export * from './read';
export * from './import';
export * from './log-migration';
export * from './simulation';
