import type { Metadata } from 'next';
import { SandboxLoader } from '@/components/sandbox/sandbox-loader';

export const metadata: Metadata = { title: 'GraphQL サンドボックス' };

export default function SandboxPage() {
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
