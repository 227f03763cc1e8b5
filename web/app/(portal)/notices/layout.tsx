import type { ReactNode } from 'react';
import { AreaGate } from '@/components/layout/area-gate';

/** A casework screen: the auditor is told it is outside their duties (lib/duties). */
export default function CaseworkLayout({ children }: { children: ReactNode }) {
  return <AreaGate area="casework">{children}</AreaGate>;
}
