import { signInAsDev } from '@/components/auth/actions';
import { DEV_STAFF } from '@/lib/dev-staff';
import { ROLE_LABEL } from '@/lib/identity';

const GROUPS = ['caseworker', 'supervisor', 'tax', 'auditor'] as const;

/** Dev mode (AUTH_MODE=dev): pick one of the seeded staff; no password, demo only. */
export function DevSignIn({ next }: { next: string }) {
  return (
    <section className="panel" aria-labelledby="dev-signin-title">
      <h2 id="dev-signin-title">開発用サインイン</h2>
      <p className="muted">
        デモ用の職員を選んでサインインします（AUTH_MODE=dev）。本番では庁内認証基盤（OIDC）を使います。
      </p>
      <form action={signInAsDev} className="staff-picker">
        <input type="hidden" name="next" value={next} />
        {GROUPS.map((role) => (
          <fieldset key={role} className="staff-picker__group">
            <legend>{ROLE_LABEL[role]}</legend>
            {DEV_STAFF.filter((s) => s.role === role).map((s) => (
              <button key={s.staffId} type="submit" name="userId" value={s.staffId} className="button button--secondary staff-picker__button">
                {s.staffId}
              </button>
            ))}
          </fieldset>
        ))}
      </form>
    </section>
  );
}
