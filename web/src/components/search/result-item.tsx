import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { ageOn, formatDate } from '@/lib/format';
import type { Purpose } from '@/lib/purposes';

export const ResidentResult = graphql(`
  fragment ResidentResult on Resident {
    atenaNo
    name
    nameKana
    birthDate
    sex
    address
    status
  }
`);

/**
 * One person found: enough to tell people of the same name apart (search discloses nothing
 * more), and the way to their household's list, which the person page opens when the caller
 * may investigate the household.
 */
export function ResultItem({ resident, today, purpose }: { resident: FragmentType<typeof ResidentResult>; today: string; purpose: Purpose }) {
  const r = getFragmentData(ResidentResult, resident);
  const href = `/person/${r.atenaNo}?purpose=${purpose}`;
  // No prefetch here or on any household link: rendering a household reads its personal data,
  // which must happen only when the caseworker opens it, never for every link in view.
  return (
    <li>
      <Link href={href} prefetch={false} className="result" data-result="">
        <span className="result__name">{r.name}</span>
        <span className="result__kana">{r.nameKana}</span>
        <span className="result__birth">
          {formatDate(r.birthDate)}生・{ageOn(r.birthDate, today)}歳・{r.sex}
        </span>
        <span className="result__address">{r.address}</span>
        <span className="result__meta">
          <span className={r.status === '住民' ? 'badge' : 'badge badge--warning'}>{r.status}</span>
          <span className="mono">宛名番号 {r.atenaNo}</span>
        </span>
      </Link>
    </li>
  );
}
