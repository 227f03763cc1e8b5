import Link from 'next/link';
import type { ReactNode } from 'react';
import { areaOf, landingPath, outsideAreaMessage, type Area } from '@/lib/duties';
import { signedInStaff } from '@/lib/identity';

/** Said instead of a screen outside the user's duties: what the screen is for and where to go. */
export function OutsideArea({ area, role }: { area: Area; role: string }) {
  const { title, body } = outsideAreaMessage(area);
  return (
    <>
      <h1>{title}</h1>
      <div className="message message--warning" role="alert" data-testid="outside-area">
        <p>{body}</p>
      </div>
      <p>
        <Link href={landingPath(role)}>{areaOf(role) === 'audit' ? '監査ログに戻る' : 'ホームに戻る'}</Link>
      </p>
    </>
  );
}

/** The message for a user whose duties lie outside `area`, or null for one whose lie inside. */
export async function outsideArea(area: Area): Promise<ReactNode | null> {
  const staff = await signedInStaff();
  return staff && areaOf(staff.role) !== area ? <OutsideArea area={area} role={staff.role} /> : null;
}

/**
 * The screens of one area (a segment's layout wraps them): someone whose duties lie elsewhere
 * is told so instead of meeting the gateway's refusal as an error. Next renders a page beside
 * its layout, not inside it, so a page that queries the gateway itself also asks outsideArea
 * first: otherwise the query would still go out (and be refused and audited) unseen.
 */
export async function AreaGate({ area, children }: { area: Area; children: ReactNode }) {
  return (await outsideArea(area)) ?? children;
}
