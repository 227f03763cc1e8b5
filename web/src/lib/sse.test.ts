import { describe, expect, it } from 'vitest';
import { classifyFailure, sseComment, sseEvent, sseRetry, websocketUrl } from './sse';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Server-Sent Events', () => {
  it('writes an event as its name and one line of JSON, ended by a blank line', () => {
    const data = { id: 'N1', summary: '世帯員が転出\nしました' };
    const written = text(sseEvent('notice', data));
    expect(written).toBe(`event: notice\ndata: ${JSON.stringify(data)}\n\n`);
    expect(written.split('\n').filter((line) => line.startsWith('data:'))).toHaveLength(1);
    expect(JSON.parse(written.split('\n')[1]?.slice('data: '.length) ?? '')).toEqual(data);
  });

  it('writes comments on one line (a newline would end the comment and start a field)', () => {
    expect(text(sseComment('heartbeat'))).toBe(': heartbeat\n\n');
    expect(text(sseComment('a\nevent: x'))).toBe(': a event: x\n\n');
  });

  it('tells the browser when to reconnect', () => {
    expect(text(sseRetry(3000))).toBe('retry: 3000\n\n');
  });
});

describe('classifyFailure', () => {
  it('stops for good when the gateway refuses the user', () => {
    expect(classifyFailure({ code: 4403, reason: 'Forbidden' })).toMatchObject({ code: 'FORBIDDEN', fatal: true });
    expect(classifyFailure({ code: 4401, reason: 'Unauthorized' })).toMatchObject({ code: 'UNAUTHENTICATED', fatal: true });
    expect(classifyFailure([{ message: '権限がありません', extensions: { code: 'FORBIDDEN' } }])).toMatchObject({ code: 'FORBIDDEN', fatal: true });
    expect(classifyFailure([{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }])).toMatchObject({ code: 'UNAUTHENTICATED', fatal: true });
  });

  it('reconnects when the gateway or the network failed', () => {
    for (const error of [new Error('ECONNREFUSED'), { code: 1006, reason: '' }, [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], undefined]) {
      expect(classifyFailure(error)).toMatchObject({ code: 'UNAVAILABLE', fatal: false });
    }
  });

  it('has a Japanese message for the screen', () => {
    expect(classifyFailure(new Error('x')).message).toMatch(/再接続/);
  });
});

describe('websocketUrl', () => {
  it("is the gateway's /graphql over ws, or wss behind https", () => {
    expect(websocketUrl('http://localhost:4000')).toBe('ws://localhost:4000/graphql');
    expect(websocketUrl('https://gateway.city.lg.jp')).toBe('wss://gateway.city.lg.jp/graphql');
  });
});
