import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, TransactionalConnection } from '@zhanggui/api-platform';

const KEY_ID = 'pii-encryption';
const FORMAT = 'v1';

/** AES-256-GCM of one value: `v1.<iv>.<tag>.<ciphertext>` (base64url), so a tampered value fails to open. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function open(key: Buffer, sealed: string): string {
  const [format, iv, tag, body] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** `**************1234`: as many stars as hidden characters, the last four shown (or nothing shown if short). */
export function mask(last4: string | null, length = 8): string | null {
  if (last4 === null) return null;
  return '*'.repeat(Math.max(4, length - last4.length)) + last4;
}

export function lastFour(value: string): string {
  return value.slice(-4);
}

/**
 * Encrypts personal data (ID numbers, bank accounts) before it reaches the database. The key is
 * PII_ENCRYPTION_KEY (hashed to 256 bits) when configured, otherwise one made on first use and kept in
 * `hr_secret` — the same zero-setup rule as the token signing key; production should configure it.
 */
@Injectable()
export class PiiCipher {
  private key?: Promise<Buffer>;

  constructor(
    private readonly config: AppConfig,
    private readonly connection: TransactionalConnection,
  ) {}

  async seal(plaintext: string): Promise<string> {
    return seal(await this.loadKey(), plaintext);
  }

  async open(sealed: string): Promise<string> {
    return open(await this.loadKey(), sealed);
  }

  private loadKey(): Promise<Buffer> {
    this.key ??= this.load().catch((error) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    if (this.config.piiEncryptionKey)
      return createHash('sha256').update(this.config.piiEncryptionKey).digest();
    // Outside the request's transaction, so a rolled-back request cannot lose a key already used elsewhere.
    const db = this.connection.dataSource;
    await db.query(`INSERT INTO hr_secret (id, secret) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
      KEY_ID,
      randomBytes(32),
    ]);
    const [row] = await db.query(`SELECT secret FROM hr_secret WHERE id = $1`, [KEY_ID]);
    return row.secret as Buffer;
  }
}
