'use client';

import { useMutation } from '@urql/next';
import { useId, useState, type FormEvent } from 'react';
import { getFragmentData, graphql } from '@/gql';
import type { NoticeLiveFragment, NoticeStatus } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { NOTE_MAX_LENGTH, resolutionNoteError } from '@/lib/notices';
import { NOTICE_CONTEXT } from './live-notices';
import { NoticeLive } from './notice-documents';

const AcknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeNotice($id: ID!) {
    acknowledgeNotice(id: $id) { ...NoticeLive }
  }
`);

const ResolveNoticeMutation = graphql(`
  mutation ResolveNotice($id: ID!, $note: String!) {
    resolveNotice(id: $id, note: $note) { ...NoticeLive }
  }
`);

interface Props {
  id: string;
  status: NoticeStatus;
  /** Named in the buttons' accessible names, so that a screen reader knows which notice they act on. */
  summary: string;
  onChanged(updated: NoticeLiveFragment): void;
}

function ResolveForm({ id, summary, onDone, onCancel }: { id: string; summary: string; onDone(updated: NoticeLiveFragment): void; onCancel(): void }) {
  const fieldId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, resolve] = useMutation(ResolveNoticeMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = resolutionNoteError(note);
    if (invalid) return setError(invalid.ja);
    const result = await resolve({ id, note: note.trim() }, NOTICE_CONTEXT);
    if (result.error || !result.data) return setError(result.error ? describeError(result.error) : '処理済にできませんでした。');
    onDone(getFragmentData(NoticeLive, result.data.resolveNotice));
  }

  return (
    <form className="notice__resolve field" onSubmit={submit} noValidate aria-label={`処理済にする: ${summary}`}>
      <label htmlFor={fieldId}>処理内容（必須）</label>
      <textarea
        id={fieldId}
        value={note}
        rows={3}
        maxLength={NOTE_MAX_LENGTH + 100}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(e) => setNote(e.target.value)}
        autoFocus
      />
      {error && (
        <p className="error" id={`${fieldId}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="notice__buttons">
        <button type="submit" className="button button--small" disabled={fetching}>
          記録して処理済にする
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          やめる
        </button>
      </div>
    </form>
  );
}

/** 確認 (acknowledge) for an unread notice; 処理済にする with a required note until it is resolved. */
export function NoticeActions({ id, status, summary, onChanged }: Props) {
  const [resolving, setResolving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeNoticeMutation);
  if (status === 'RESOLVED') return null;

  async function ack() {
    const result = await acknowledge({ id }, NOTICE_CONTEXT);
    if (result.error || !result.data) return setError(result.error ? describeError(result.error) : '確認済にできませんでした。');
    setError(null);
    onChanged(getFragmentData(NoticeLive, result.data.acknowledgeNotice));
  }

  if (resolving) return <ResolveForm id={id} summary={summary} onCancel={() => setResolving(false)} onDone={onChanged} />;
  return (
    <div className="notice__buttons">
      {status === 'UNREAD' && (
        <button type="button" className="button button--small" onClick={ack} disabled={fetching} aria-label={`確認: ${summary}`}>
          確認
        </button>
      )}
      <button type="button" className="button button--secondary button--small" onClick={() => setResolving(true)} aria-label={`処理済にする: ${summary}`}>
        処理済にする
      </button>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
