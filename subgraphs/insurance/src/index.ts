import { startDepartment } from '@smart-casework/kit';
import { insurance } from './app';

await startDepartment(insurance);
