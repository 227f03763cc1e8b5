/** Production mode (AUTH_MODE=oidc): the city's identity provider signs the user in. */
export function OidcSignIn({ next }: { next: string }) {
  return (
    <section className="panel" aria-labelledby="oidc-signin-title">
      <h2 id="oidc-signin-title">サインイン</h2>
      <p>庁内認証基盤（シングルサインオン）でサインインします。</p>
      <a className="button" href={`/auth/oidc?next=${encodeURIComponent(next)}`}>
        庁内認証基盤でサインイン
      </a>
    </section>
  );
}
