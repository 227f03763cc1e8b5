import Form from 'next/form';
import Link from 'next/link';
import type { AuditLogForm } from '@/lib/audit/filters';

/**
 * 監査ログの検索条件. Submitted by GET (next/form navigates without a reload), so the URL holds the
 * filters: a filtered log can be bookmarked or handed to a colleague. Checked by the page.
 */
export function AuditLogFilters({ form, messages }: { form: AuditLogForm; messages: readonly string[] }) {
  const invalid = messages.length > 0;
  return (
    <Form action="/audit" className="panel audit-filters no-print" aria-label="監査ログの検索条件" key={JSON.stringify(form)}>
      <div className="field">
        <label htmlFor="audit-staff">職員ID</label>
        <input id="audit-staff" name="staff" defaultValue={form.staffId} autoComplete="off" placeholder="例: cw001" />
      </div>
      <div className="field">
        <label htmlFor="audit-atena">宛名番号</label>
        <input id="audit-atena" name="atena" defaultValue={form.atenaNo} autoComplete="off" inputMode="numeric" placeholder="例: 1000446382" />
      </div>
      <fieldset className="field audit-filters__period">
        <legend className="label">期間</legend>
        <div className="audit-filters__range">
          <input id="audit-from" name="from" type="date" defaultValue={form.from} aria-label="期間の開始日" />
          <span aria-hidden="true">〜</span>
          <input id="audit-to" name="to" type="date" defaultValue={form.to} aria-label="期間の終了日（この日を含む）" />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="audit-outcome">結果</label>
        <select id="audit-outcome" name="outcome" defaultValue={form.outcome}>
          <option value="">すべて</option>
          <option value="allowed">開示</option>
          <option value="denied">拒否</option>
        </select>
      </div>
      <div className="audit-filters__submit">
        <button type="submit" className="button">
          検索
        </button>
        <Link href="/audit" className="button button--secondary">
          条件をクリア
        </Link>
      </div>
      {invalid && (
        <div className="message message--error audit-filters__messages" role="alert">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </Form>
  );
}
