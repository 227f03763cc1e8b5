import { startDepartment } from '@smart-casework/kit';
import { disability } from './app';

await startDepartment(disability);
