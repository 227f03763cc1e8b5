import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { ageOn, formatDate } from '@/lib/format';

export const PersonSummaryFields = graphql(`
  fragment PersonSummary on Resident {
    atenaNo
    name
    nameKana
    birthDate
    sex
    address
    status
  }
`);

/** Who the person is, as far as search shows it (氏名, カナ, 生年月日, 性別, 住所, 住民状態): nothing of their household. */
export function PersonSummary({ person, today }: { person: FragmentType<typeof PersonSummaryFields>; today: string }) {
  const p = getFragmentData(PersonSummaryFields, person);
  return (
    <dl className="panel person-summary" data-testid="person-summary">
      <div>
        <dt>氏名</dt>
        <dd>
          {p.name}（{p.nameKana}）
        </dd>
      </div>
      <div>
        <dt>生年月日</dt>
        <dd>
          {formatDate(p.birthDate)}生・{ageOn(p.birthDate, today)}歳・{p.sex}
        </dd>
      </div>
      <div>
        <dt>住所</dt>
        <dd>{p.address}</dd>
      </div>
      <div>
        <dt>住民状態</dt>
        <dd>
          <span className={p.status === '住民' ? 'badge' : 'badge badge--warning'}>{p.status}</span>
        </dd>
      </div>
      <div>
        <dt>宛名番号</dt>
        <dd className="mono">{p.atenaNo}</dd>
      </div>
    </dl>
  );
}
