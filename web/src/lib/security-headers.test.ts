import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS, strictTransportSecurity } from './security-headers';

const header = (key: string) => SECURITY_HEADERS.find((h) => h.key === key)?.value;
const directives = (policy: string) => new Map(policy.split('; ').map((d) => { const [name = '', ...values] = d.split(' '); return [name, values] as const; }));

describe('security headers', () => {
  it('every response: nosniff, no referrer, no framing, a locked-down Permissions-Policy', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('the CSP names no remote origin, forbids framing, plugins and foreign forms', () => {
    const policy = directives(contentSecurityPolicy('bm9uY2U=', false));
    for (const [name, values] of policy) {
      for (const value of values) expect(value, `${name} ${value}`).toMatch(/^('[^']+'|data:|blob:)$/);
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
  });

  it("allows 'unsafe-eval' in development only", () => {
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('n', false)).not.toContain('unsafe-eval');
  });

  it('HSTS in production over HTTPS only', () => {
    expect(strictTransportSecurity('https://casework.city.local', 'production')).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity('http://localhost:3000', 'production')).toBeNull();
    expect(strictTransportSecurity('https://casework.city.local', 'development')).toBeNull();
  });
});
