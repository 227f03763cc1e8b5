import { startDepartment } from '@smart-casework/kit';
import { pension } from './app';

await startDepartment(pension);
