import type { ReactNode } from 'react';

export const metadata = { title: 'スマートケースワーク 総合照会' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body style={{ fontFamily: 'system-ui, "Noto Sans CJK JP", sans-serif', margin: '2rem' }}>{children}</body>
    </html>
  );
}
