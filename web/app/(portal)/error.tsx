'use client';

import Link from 'next/link';

/** A failure inside the portal itself (the gateway's answers are handled by each page). */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="message message--error" role="alert">
      <p>画面を表示できませんでした。ポータルの内部でエラーが発生しました。</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          もう一度試す
        </button>{' '}
        <Link href="/">ホームに戻る</Link>
      </p>
    </div>
  );
}
