import { startDepartment } from '@smart-casework/kit';
import { tax } from './app';

await startDepartment(tax);
