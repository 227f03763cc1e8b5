import { startDepartment } from '@smart-casework/kit';
import { audit } from './app';

await startDepartment(audit);
