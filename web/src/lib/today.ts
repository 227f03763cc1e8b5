import { todayJst } from './format';

/**
 * The day the portal counts ages and deadlines from: the demo city's reference day when the
 * demo sets SC_TODAY (as the departments' rules do), otherwise today in Japan time. Server only;
 * client components receive it as a prop so that server and browser agree.
 */
export function referenceToday(): string {
  const fixed = process.env.SC_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : todayJst();
}
