import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SandboxLoader } from '@/components/sandbox/sandbox-loader';
import { config } from '@/lib/config';

export const metadata: Metadata = { title: 'GraphQL サンドボックス' };
// Decided when served (PORTAL_SANDBOX, AUTH_MODE), not when built.
export const dynamic = 'force-dynamic';

export default function SandboxPage() {
  // A development tool: production answers 404 (and a production gateway runs registered documents only).
  if (!config().sandbox) notFound();
  return (
    <>
      <h1>GraphQL サンドボックス</h1>
      <p className="small muted">
        サインイン中の職員の権限で、ポータル経由（/api/graphql）でゲートウェイに照会します。スキーマの説明は右上のドキュメント（Docs）で読めます。照会はすべて監査ログに記録されます。
      </p>
      <SandboxLoader />
    </>
  );
}
