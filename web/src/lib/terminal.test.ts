import { describe, expect, it } from 'vitest';
import { terminalHeaders } from './terminal';

describe('terminalHeaders', () => {
  it('passes on the browser’s address (the first of a proxy chain) and User-Agent', () => {
    const incoming = new Headers({ 'x-forwarded-for': '10.2.3.4, 192.168.0.1', 'user-agent': 'Mozilla/5.0 Chrome/131.0.0.0', cookie: 'sc_session=secret' });
    expect(terminalHeaders(incoming)).toEqual({ 'x-forwarded-for': '10.2.3.4', 'user-agent': 'Mozilla/5.0 Chrome/131.0.0.0' });
  });

  it('sends nothing it was not given, and no overlong User-Agent', () => {
    expect(terminalHeaders(new Headers())).toEqual({});
    expect(terminalHeaders(new Headers({ 'user-agent': 'x'.repeat(1000) }))['user-agent']).toHaveLength(300);
  });

  it('passes printable ASCII alone, so a Latin-1 byte in a User-Agent cannot make the gateway request throw', () => {
    const incoming = new Headers({ 'user-agent': 'Mozilla/5.0 (caf\u00e9)\u00ff' });
    expect(terminalHeaders(incoming)['user-agent']).toBe('Mozilla/5.0 (caf?)?');
    expect(() => new Headers(terminalHeaders(incoming))).not.toThrow();
  });
});
