/**
 * How personal data looks to someone who may see the customer but not their personal data (finance, a
 * manager outside the customer's territory): enough to tell two customers apart on the phone
 * (138****5678, 张*), never enough to call or visit them.
 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** A recipient's name keeps its first character (the family name): 张三丰 → 张**. */
export function maskPersonName(name: string): string {
  const characters = [...name];
  if (characters.length === 0) return '';
  return characters[0] + '*'.repeat(Math.max(1, Math.min(characters.length - 1, 2)));
}

/** zhang.san@example.com → z***@example.com */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
