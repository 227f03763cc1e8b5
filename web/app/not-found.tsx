import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="page page--narrow">
      <h1>ページが見つかりません</h1>
      <p>アドレスを確認してください。</p>
      <p>
        <Link href="/">ホームに戻る</Link>
      </p>
    </main>
  );
}
