import { startDepartment } from '@smart-casework/kit';
import { child } from './app';

await startDepartment(child);
