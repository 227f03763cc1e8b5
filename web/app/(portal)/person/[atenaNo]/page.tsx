import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { outsideArea } from '@/components/layout/area-gate';
import { ApplicationForm } from '@/components/person/application-form';
import { PersonSummary } from '@/components/person/person-summary';
import { graphql } from '@/gql';
import { queryGateway } from '@/lib/gateway';
import { describeError, forbiddenReason } from '@/lib/graphql-errors';
import { purposeOr, type Purpose } from '@/lib/purposes';
import { referenceToday } from '@/lib/today';

type Params = Promise<{ atenaNo: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: '住民' };

// Only the household number: allowed when the caller may investigate the person's household.
const PersonHouseholdQuery = graphql(`
  query PersonHousehold($atenaNo: ID!) {
    resident(atenaNo: $atenaNo) { atenaNo householdNo }
  }
`);

const OutsideCaseloadQuery = graphql(`
  query OutsideCaseload($atenaNo: ID!) {
    resident(atenaNo: $atenaNo) { atenaNo status ...PersonSummary }
    me { staffId role team { staffId name } }
  }
`);

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The 申請番号 just registered, as the form put it in the URL (anything else is ignored). */
function applicationNoOf(value: string | string[] | undefined): string | null {
  const text = first(value);
  return text && /^[A-Za-z0-9-]{1,20}$/.test(text) ? text : null;
}

function Problem({ message }: { message: string }) {
  return (
    <>
      <h1>住民</h1>
      <div className="message message--error" role="alert">
        <p>{message}</p>
      </div>
      <p>
        <Link href="/search">住民検索に戻る</Link>
      </p>
    </>
  );
}

/** Who may register here: the welfare office's caseworkers (for themselves) and supervisors (for their team). */
function registrar(me: { role: string; team: readonly { staffId: string; name: string }[] }) {
  if (me.role === 'caseworker') return { team: null };
  if (me.role === 'supervisor' && me.team.length > 0) return { team: me.team };
  return null;
}

/** The person is outside the caller's caseload: who they are, why the list stays closed, and the way to open it. */
async function OutsideCaseload({ atenaNo, purpose, registered }: { atenaNo: string; purpose: Purpose; registered: string | null }) {
  const result = await queryGateway(OutsideCaseloadQuery, { atenaNo }, purpose);
  const person = result.data?.resident;
  if (!person || !result.data) return <Problem message={result.error ? describeError(result.error) : `宛名番号 ${atenaNo} の住民は見つかりませんでした。`} />;
  const today = referenceToday();
  const canRegister = registrar(result.data.me);
  return (
    <>
      <h1>担当外の住民</h1>
      <PersonSummary person={person} today={today} />
      <div className="message message--warning" role="alert" data-testid="outside-caseload">
        <p>この方の世帯は、あなたの担当ケース・担当している保護申請に含まれていないため、調査リストを開けません。</p>
        <p>保護の申請を受け付けたときは、保護申請を登録すると、この世帯の調査（29条調査）ができるようになります。</p>
      </div>
      {registered && (
        <p className="message" role="status">
          保護申請 {registered} を登録しました。調査リストが開けるようになるまで、少し待ってからページを再読み込みしてください。
        </p>
      )}
      {person.status !== '住民' ? (
        <p className="message">住民記録上「{person.status}」のため、保護申請は登録できません。</p>
      ) : canRegister && !registered ? (
        <ApplicationForm atenaNo={atenaNo} today={today} team={canRegister.team} />
      ) : null}
      <p>
        <Link href="/search">住民検索に戻る</Link>
      </p>
    </>
  );
}

/**
 * A person found by search. Their household's investigation list opens when the caller may
 * investigate it; otherwise the person is outside the caseload and the page offers to register
 * the application that would open it.
 */
export default async function PersonPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const outside = await outsideArea('casework');
  if (outside) return outside;
  const { atenaNo } = await params;
  const query = await searchParams;
  const purpose = purposeOr(first(query.purpose));
  const result = await queryGateway(PersonHouseholdQuery, { atenaNo }, purpose);
  const householdNo = result.data?.resident?.householdNo;
  if (householdNo) redirect(`/household/${householdNo}?purpose=${purpose}&focus=${encodeURIComponent(atenaNo)}`);
  if (forbiddenReason(result.error) === 'OUT_OF_CASELOAD') return <OutsideCaseload atenaNo={atenaNo} purpose={purpose} registered={applicationNoOf(query.application)} />;
  return <Problem message={result.error ? describeError(result.error) : `宛名番号 ${atenaNo} の住民は見つかりませんでした。`} />;
}
