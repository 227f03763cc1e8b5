'use client';

import { PURPOSES, type Purpose } from '@/lib/purposes';

/** 照会目的: sent as `x-purpose` with every query that reads personal data, and audited. */
export function PurposeSelect({ id, value, onChange, disabled }: { id: string; value: Purpose; onChange: (purpose: Purpose) => void; disabled?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>照会目的</label>
      <span className="hint" id={`${id}-hint`}>
        照会ごとに監査ログへ記録されます
      </span>
      <select id={id} aria-describedby={`${id}-hint`} value={value} disabled={disabled} onChange={(e) => onChange(PURPOSES.find((p) => p.value === e.target.value)?.value ?? value)}>
        {PURPOSES.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
