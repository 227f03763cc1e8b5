export type { Cell, CellPosition, Sheet } from './sheet';
export { csvText, toCsv, type CsvEncoding } from './csv';
export { findUnencodable, UnencodableCharactersError, type UnencodableCharacter } from './shift-jis';
export { toXlsx } from './xlsx';
