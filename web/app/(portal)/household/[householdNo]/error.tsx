'use client';

import Link from 'next/link';

/** An unexpected failure while building the list (the gateway's own answers are handled by the page). */
export default function InvestigationError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="message message--error" role="alert">
      <p>調査リストを表示できませんでした。ポータルの内部でエラーが発生しました。</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          もう一度試す
        </button>{' '}
        <Link href="/search">住民検索に戻る</Link>
      </p>
    </div>
  );
}
