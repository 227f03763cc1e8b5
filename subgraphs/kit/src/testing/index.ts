export * from './databases';
export * from './subgraph';
export * from './describe-department';
export * from './delta';
export * from './audit';
