import { describe, expect, it } from 'vitest';
import { maskError, notFound } from './errors';

describe('maskError', () => {
  it('keeps contract errors but never echoes a huge input back', () => {
    const huge = 'x'.repeat(20_000);
    const error = notFound(`通知 ${huge} は見つかりません。`, `Notice ${huge} not found`);
    const masked = maskError({ message: error.message, extensions: { ...error.extensions } }, { originalError: error });
    expect(masked.extensions?.code).toBe('NOT_FOUND');
    expect(masked.message.length).toBeLessThanOrEqual(301);
    expect(String(masked.extensions?.messageEn).length).toBeLessThanOrEqual(301);
  });

  it('masks anything else, SQL included, as an internal error', () => {
    const masked = maskError({ message: 'select * from residents - SQLITE_BUSY', path: ['resident'] }, new Error('x'));
    expect(masked).toEqual({ message: '内部エラーが発生しました。時間をおいて再度お試しください。', path: ['resident'], extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error' } });
  });
});
