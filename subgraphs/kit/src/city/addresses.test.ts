import { describe, expect, it } from 'vitest';
import { AddressBook } from './addresses';
import { Random } from './random';

describe('the address book', () => {
  it('hands out unique plots beyond the 114,750 that 45 番 × 30 号 per 丁目 allow (a city of a million)', () => {
    const book = new AddressBook(new Random(1));
    const seen = new Set<string>();
    for (let i = 0; i < 150_000; i++) seen.add(book.plot().address);
    expect(seen.size).toBe(150_000);
  });
});
