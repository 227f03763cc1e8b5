import { startDepartment } from '@smart-casework/kit';
import { residents } from './app';

await startDepartment(residents);
