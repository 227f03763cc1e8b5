import type { ReactNode } from 'react';
import { AreaGate } from '@/components/layout/area-gate';

/** The auditor's screens (監査ログ, 不審なアクセス, 開示請求): anyone else is told they are the auditor's. */
export default function AuditLayout({ children }: { children: ReactNode }) {
  return <AreaGate area="audit">{children}</AreaGate>;
}
