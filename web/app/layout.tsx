import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/investigation.css';
import './styles/notices.css';
import './styles/audit.css';
import './styles/print.css';

export const metadata: Metadata = {
  title: { default: 'スマートケースワーク 総合照会', template: '%s｜スマートケースワーク' },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: it carries personal data and the CSP nonce of its request.
  await connection();
  return (
    <html lang="ja">
      <body>
        <a className="skip-link" href="#main">
          本文へ移動
        </a>
        {children}
      </body>
    </html>
  );
}
