import { startDepartment } from '@smart-casework/kit';
import { welfare } from './app';

await startDepartment(welfare);
