const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * A mainland China mobile number as we store and compare it: 11 digits. People type it with +86 / 0086,
 * spaces, dashes or full-width digits; all of those must find the same customer, so everything is reduced to
 * the bare 11 digits before it is stored or looked up. Anything else (landlines, foreign numbers) is null.
 */
export function normalizeMobilePhone(input: string): string | null {
  let digits = input.normalize('NFKC').replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (/^86\d{11}$/.test(digits)) digits = digits.slice(2);
  return MAINLAND_MOBILE.test(digits) ? digits : null;
}

export function isMainlandMobile(value: string): boolean {
  return MAINLAND_MOBILE.test(value);
}
