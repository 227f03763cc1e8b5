'use client';

import { useMutation } from '@urql/next';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { describeError } from '@/lib/graphql-errors';
import { PURPOSE_HEADER } from '@/lib/purposes';

const RegisterApplicationMutation = graphql(`
  mutation RegisterApplication($atenaNo: ID!, $appliedOn: Date, $extensionReason: String, $caseworkerId: ID) {
    registerApplication(atenaNo: $atenaNo, appliedOn: $appliedOn, extensionReason: $extensionReason, caseworkerId: $caseworkerId) {
      applicationNo
    }
  }
`);

// Registering an application is the start of the 29条調査 it opens the household for.
const INVESTIGATION = { fetchOptions: { headers: { [PURPOSE_HEADER]: 'investigation' } } };

/** Longest 延長理由 welfare accepts (its applications table). */
const EXTENSION_REASON_MAX = 200;

interface Props {
  atenaNo: string;
  /** Default 申請日 (the portal's today); later dates are refused. */
  today: string;
  /** A supervisor's team, to assign the application to; null for a caseworker (assigned to themself). */
  team: readonly { staffId: string; name: string }[] | null;
}

/**
 * 保護申請の登録 for a person outside the caller's caseload. Once registered, the household is
 * theirs to investigate: the person page is asked again and opens the household's list.
 */
export function ApplicationForm({ atenaNo, today, team }: Props) {
  const id = useId();
  const router = useRouter();
  const [appliedOn, setAppliedOn] = useState(today);
  const [extensionReason, setExtensionReason] = useState('');
  const [caseworkerId, setCaseworkerId] = useState(team?.[0]?.staffId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, register] = useMutation(RegisterApplicationMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!appliedOn) return setError('申請日を入力してください。');
    const variables = { atenaNo, appliedOn, extensionReason: extensionReason.trim() || null, caseworkerId: team ? caseworkerId : null };
    const result = await register(variables, INVESTIGATION);
    const applicationNo = result.data?.registerApplication.applicationNo;
    if (!applicationNo) return setError(result.error ? describeError(result.error) : '保護申請を登録できませんでした。');
    router.replace(`/person/${atenaNo}?purpose=investigation&application=${applicationNo}`);
  }

  return (
    <form className="panel application-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>保護申請を登録する</h2>
      <div className="field">
        <label htmlFor={`${id}-applied`}>申請日</label>
        <input id={`${id}-applied`} type="date" value={appliedOn} max={today} required onChange={(e) => setAppliedOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>延長理由（任意）</label>
        <span className="hint" id={`${id}-reason-hint`}>
          記入すると決定期限が申請日から30日になります（法24条）。例: 扶養義務者の資産調査に日時を要するため
        </span>
        <input id={`${id}-reason`} value={extensionReason} maxLength={EXTENSION_REASON_MAX} aria-describedby={`${id}-reason-hint`} onChange={(e) => setExtensionReason(e.target.value)} />
      </div>
      {team && (
        <div className="field">
          <label htmlFor={`${id}-cw`}>担当ケースワーカー</label>
          <select id={`${id}-cw`} value={caseworkerId} onChange={(e) => setCaseworkerId(e.target.value)}>
            {team.map((member) => (
              <option key={member.staffId} value={member.staffId}>
                {member.name}（{member.staffId}）
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? '登録しています…' : '保護申請を登録する'}
        </button>
      </div>
    </form>
  );
}
