export * from './types';
export * from './fixtures';
export { generateCity, DEFAULT_REFERENCE_DATE, MIN_RESIDENTS, type GenerateCityOptions } from './generate';
export { applicationCount, PLANTED_KINDS } from './caseload';
export { CHILD_ALLOWANCE_PARAMETERS, childAllowanceParameters, childAllowanceAmount, singleParentAllowanceAmount } from './allowances';
export { ASSISTANCE_PARAMETERS, assistanceParameters } from './assistance-parameters';
export { CITY_NAME, CITY_GRADE } from './addresses';
