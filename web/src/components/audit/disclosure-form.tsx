'use client';

import Form from 'next/form';
import { useId, useRef, useState, type FormEvent } from 'react';
import { registryNumber, type DisclosureForm as FormValues } from '@/lib/audit/filters';

/** Live feedback on a number as typed: nothing until something is typed, then the check digit's verdict. */
function feedback(text: string, label: string, required: boolean) {
  if (text.trim() === '') return { invalid: false, message: required ? null : '（任意）世帯単位の照会も含めるときに入力します。' };
  const checked = registryNumber(text, label);
  return checked.ok ? { invalid: false, message: `${label} ${checked.value}（チェックデジット一致）` } : { invalid: true, message: checked.message };
}

/**
 * 開示請求の条件: the person's 宛名番号 (checked against its check digit as it is typed, like
 * the search page), optionally their 世帯番号 and a period. Submitted by GET to the report.
 */
export function DisclosureForm({ initial }: { initial: FormValues }) {
  const id = useId();
  const [atenaNo, setAtenaNo] = useState(initial.atenaNo);
  const [householdNo, setHouseholdNo] = useState(initial.householdNo);
  const [tried, setTried] = useState(false);
  const atenaRef = useRef<HTMLInputElement>(null);
  const householdRef = useRef<HTMLInputElement>(null);
  const a = feedback(atenaNo, '宛名番号', true);
  const h = feedback(householdNo, '世帯番号', false);
  const missing = tried && atenaNo.trim() === '';

  function submit(event: FormEvent<HTMLFormElement>) {
    setTried(true);
    if (atenaNo.trim() === '' || a.invalid) {
      event.preventDefault();
      atenaRef.current?.focus();
    } else if (h.invalid) {
      event.preventDefault();
      householdRef.current?.focus();
    }
  }

  return (
    <Form action="/audit/disclosure" className="panel audit-filters no-print" aria-label="開示請求の条件" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-atena`}>宛名番号</label>
        <input
          ref={atenaRef}
          id={`${id}-atena`}
          name="atena"
          value={atenaNo}
          onChange={(e) => setAtenaNo(e.target.value)}
          autoComplete="off"
          inputMode="numeric"
          aria-invalid={a.invalid || missing}
          aria-describedby={`${id}-atena-msg`}
        />
        <span id={`${id}-atena-msg`} className={a.invalid || missing ? 'error' : 'ok'} aria-live="polite">
          {missing ? '請求された方の宛名番号を入力してください。' : a.message}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-household`}>世帯番号（任意）</label>
        <input
          ref={householdRef}
          id={`${id}-household`}
          name="household"
          value={householdNo}
          onChange={(e) => setHouseholdNo(e.target.value)}
          autoComplete="off"
          inputMode="numeric"
          aria-invalid={h.invalid}
          aria-describedby={`${id}-household-msg`}
        />
        <span id={`${id}-household-msg`} className={h.invalid ? 'error' : 'hint'} aria-live="polite">
          {h.message}
        </span>
      </div>
      <fieldset className="field audit-filters__period">
        <legend className="label">期間（任意）</legend>
        <div className="audit-filters__range">
          <input name="from" type="date" defaultValue={initial.from} aria-label="期間の開始日" />
          <span aria-hidden="true">〜</span>
          <input name="to" type="date" defaultValue={initial.to} aria-label="期間の終了日（この日を含む）" />
        </div>
      </fieldset>
      <div className="audit-filters__submit">
        <button type="submit" className="button">
          回答を作成
        </button>
      </div>
    </Form>
  );
}
