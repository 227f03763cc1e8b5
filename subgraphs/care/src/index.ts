import { startDepartment } from '@smart-casework/kit';
import { care } from './app';

await startDepartment(care);
