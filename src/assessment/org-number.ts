/** Weights of the modulus-11 check for Norwegian organisation numbers (Brønnøysundregistrene). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Why an organisation number is not valid. */
export type OrgNumberFault = 'not-nine-digits' | 'check-digit';

/** The outcome of {@link checkOrgNumber}. */
export type OrgNumberResult =
  | { valid: true; /** The nine digits, without spaces. */ digits: string }
  | { valid: false; fault: OrgNumberFault };

/**
 * Checks a Norwegian organisation number: nine digits whose last is the modulus-11 check
 * digit of the first eight (weights 3 2 7 6 5 4 3 2; remainder 0 gives check digit 0,
 * remainder 1 means no number is issued). Spaces are allowed, as people write
 * `123 456 785`.
 */
export function checkOrgNumber(input: string): OrgNumberResult {
  const digits = typeof input === 'string' ? input.replace(/[\s\u00a0]/g, '') : '';
  if (!/^[0-9]{9}$/.test(digits)) return { valid: false, fault: 'not-nine-digits' };
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(digits[index]);
  });
  const remainder = sum % 11;
  if (remainder === 1) return { valid: false, fault: 'check-digit' };
  const check = remainder === 0 ? 0 : 11 - remainder;
  if (check !== Number(digits[8])) return { valid: false, fault: 'check-digit' };
  return { valid: true, digits };
}
