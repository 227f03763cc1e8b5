import type { Metadata } from 'next';
import { DevSignIn } from '@/components/auth/dev-sign-in';
import { OidcSignIn } from '@/components/auth/oidc-sign-in';
import { config } from '@/lib/config';
import { safeReturnPath } from '@/lib/return-path';

export const metadata: Metadata = { title: 'サインイン' };

const ERRORS: Record<string, string> = {
  'unknown-staff': 'その職員IDは登録されていません。一覧から選んでください。',
  gateway: 'ゲートウェイに接続できませんでした。サービスが起動しているか確認してください（npm run demo）。',
  'not-dev': '開発用サインインは無効です（AUTH_MODE=oidc）。庁内認証基盤でサインインしてください。',
  oidc: '庁内認証基盤でのサインインに失敗しました。もう一度お試しください。',
  'oidc-state': 'サインインの手続きが途中で切れました（時間切れまたは別のタブ）。もう一度お試しください。',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeReturnPath(first(params.next));
  const error = ERRORS[first(params.error) ?? ''];
  const { authMode, oidc } = config();
  return (
    <main id="main" className="page page--narrow">
      <h1>スマートケースワーク 総合照会</h1>
      {first(params.signedOut) && (
        <div className="message" role="status">
          <p>サインアウトしました。</p>
          {oidc?.logoutUrl && (
            <p>
              共用端末では <a href={oidc.logoutUrl}>庁内認証基盤からもサインアウト</a> してください。
            </p>
          )}
        </div>
      )}
      {first(params.reason) === 'expired' && (
        <div className="message message--warning" role="status">
          <p>サインインの有効期限が切れました。もう一度サインインしてください。</p>
        </div>
      )}
      {error && (
        <div className="message message--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {authMode === 'dev' ? <DevSignIn next={next} /> : <OidcSignIn next={next} />}
    </main>
  );
}
