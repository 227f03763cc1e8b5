export * from './disclosures';
export * from './enforce';
export * from './policy';
export * from './subjects';
export * from './switch';
