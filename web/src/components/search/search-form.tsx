'use client';

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PurposeSelect } from '@/components/common/purpose-select';
import { formatDate, parseBirthDateInput } from '@/lib/format';
import type { Purpose } from '@/lib/purposes';
import { classifySearchInput } from '@/lib/search-input';

export interface SearchRequest {
  query: string;
  birth: string;
  purpose: Purpose;
}

interface Props {
  initial: SearchRequest;
  today: string;
  onSearch: (request: SearchRequest) => void;
  /** ArrowDown in a field: move to the results. */
  onArrowDown: () => void;
}

function queryFeedback(text: string) {
  const input = classifySearchInput(text);
  return input.kind === 'atenaNo' ? { invalid: !input.valid, message: input.message } : { invalid: false, message: null };
}

function birthFeedback(text: string, today: string) {
  if (text.trim() === '') return { invalid: false, message: null };
  const parsed = parseBirthDateInput(text, today);
  return parsed.ok ? { invalid: false, message: `${formatDate(parsed.iso)} で絞り込みます。` } : { invalid: true, message: parsed.messageJa };
}

export function SearchForm({ initial, today, onSearch, onArrowDown }: Props) {
  const id = useId();
  const [query, setQuery] = useState(initial.query);
  const [birth, setBirth] = useState(initial.birth);
  const [purpose, setPurpose] = useState(initial.purpose);
  const [emptyError, setEmptyError] = useState(false);
  const queryRef = useRef<HTMLInputElement>(null);
  const birthRef = useRef<HTMLInputElement>(null);
  const q = queryFeedback(query);
  const b = birthFeedback(birth, today);

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = classifySearchInput(query).kind === 'empty';
    setEmptyError(empty);
    if (empty || q.invalid) return queryRef.current?.focus();
    if (b.invalid) return birthRef.current?.focus();
    onSearch({ query: query.trim(), birth: birth.trim(), purpose });
  }

  function arrowDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    }
  }

  const queryMessage = emptyError && query.trim() === '' ? '氏名・カナまたは宛名番号を入力してください。' : q.message;
  return (
    <form className="panel search-form" role="search" aria-label="住民検索" onSubmit={submit} noValidate>
      <div className="field search-form__query">
        <label htmlFor={`${id}-q`}>氏名（漢字・かな）または宛名番号</label>
        <span className="hint" id={`${id}-q-hint`}>
          例: 山下美香、やました みか、ﾔﾏｼﾀ、1000446382
        </span>
        <input
          ref={queryRef}
          id={`${id}-q`}
          name="q"
          type="search"
          autoComplete="off"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={arrowDown}
          aria-invalid={q.invalid || (emptyError && query.trim() === '')}
          aria-describedby={`${id}-q-hint ${id}-q-msg`}
        />
        <span id={`${id}-q-msg`} className={q.invalid || emptyError ? 'error' : 'ok'} aria-live="polite">
          {queryMessage}
        </span>
      </div>
      <div className="field search-form__birth">
        <label htmlFor={`${id}-b`}>生年月日（任意）</label>
        <span className="hint" id={`${id}-b-hint`}>
          例: S45.3.2、昭和45年3月2日、1970-03-02
        </span>
        <input
          ref={birthRef}
          id={`${id}-b`}
          name="birth"
          autoComplete="off"
          value={birth}
          onChange={(e) => setBirth(e.target.value)}
          onKeyDown={arrowDown}
          aria-invalid={b.invalid}
          aria-describedby={`${id}-b-hint ${id}-b-msg`}
        />
        <span id={`${id}-b-msg`} className={b.invalid ? 'error' : 'ok'} aria-live="polite">
          {b.message}
        </span>
      </div>
      <PurposeSelect id={`${id}-p`} value={purpose} onChange={setPurpose} />
      <div className="search-form__submit">
        <button type="submit" className="button">
          検索
        </button>
      </div>
    </form>
  );
}
