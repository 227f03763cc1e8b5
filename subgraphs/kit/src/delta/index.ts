export * from './columns';
export * from './format';
export * from './read';
export * from './presence';
export * from './records';
export * from './import';
export * from './log-migration';
export * from './simulation';
