import { badUserInput } from './errors';

/**
 * Modulus-11 check digit (weights 2–7 cycling from the rightmost body digit) used by the
 * resident-registry standard for 宛名番号 and 世帯番号; remainder 0 or 1 gives 0.
 */
export function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (2 + (i % 6));
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Appends the check digit to a zero-padded serial: `withCheckDigit(123, 6)` → `0001236`. */
export function withCheckDigit(serial: number, bodyLength: number): string {
  const body = String(serial).padStart(bodyLength, '0');
  return body + String(checkDigit(body));
}

/**
 * A digit of a registry number's body counted from its end (0 = the last before the check
 * digit): what seeds vary on, deterministically, where the city model leaves a choice open.
 */
export function bodyDigit(registryNo: string, fromEnd = 0): number {
  return Number(registryNo.at(-2 - fromEnd) ?? '0');
}

export function isValidRegistryNumber(value: string): boolean {
  if (!/^\d{8,15}$/.test(value)) return false;
  return checkDigit(value.slice(0, -1)) === Number(value.slice(-1));
}

const LABELS = {
  atenaNo: { ja: '宛名番号', en: 'atenaNo' },
  householdNo: { ja: '世帯番号', en: 'householdNo' },
} as const;

/**
 * Normalises (full-width digits, spaces and hyphens) and validates a 宛名番号 or 世帯番号,
 * throwing BAD_USER_INPUT before any lookup.
 */
export function parseRegistryNumber(input: string, kind: keyof typeof LABELS): string {
  const label = LABELS[kind];
  const value = input.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d{8,15}$/.test(value)) {
    throw badUserInput(`${label.ja}は8〜15桁の数字で入力してください（入力値: ${input.slice(0, 20)}）。`, `${label.en} must be 8 to 15 digits`, kind);
  }
  if (!isValidRegistryNumber(value)) {
    throw badUserInput(`${label.ja}のチェックデジットが一致しません。番号を確認してください。`, `${label.en} check digit does not match`, kind);
  }
  return value;
}
