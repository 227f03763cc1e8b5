import type { Migration } from '@smart-casework/kit';
import { taxRolls } from './001_tax_rolls';
import { assetRegisters } from './002_asset_registers';

export const migrations: readonly Migration[] = [taxRolls, assetRegisters];
