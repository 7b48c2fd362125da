/** The API's minimum (passwords.ts); it also refuses passwords containing the username or too repetitive. */
export const PASSWORD_MIN_LENGTH = 12;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random 16-character initial password from the browser's CSPRNG, without look-alike characters (0/O, 1/l/I)
 * since it is read out or typed by hand.
 */
export function generatePassword(length = 16): string {
  const random = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(random, (value) => ALPHABET[value % ALPHABET.length]).join('');
}
