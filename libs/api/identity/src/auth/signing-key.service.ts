import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, TransactionalConnection } from '@zhanggui/api-platform';

const ACCESS_TOKEN_KEY_ID = 'access-token';

/**
 * The secret that signs access tokens: JWT_SECRET when configured, otherwise one made on first use and kept
 * in the database, so every replica signs and verifies with the same key without any setup. It is handed
 * out as a KeyObject made once: given bytes, jsonwebtoken first tries them as a public key (and fails) and
 * then builds a secret key on every single verification — a tenth of a simple request's CPU.
 */
@Injectable()
export class SigningKeyService {
  private secret?: Promise<KeyObject>;

  constructor(
    private readonly config: AppConfig,
    private readonly connection: TransactionalConnection,
  ) {}

  accessTokenKey(): Promise<KeyObject> {
    this.secret ??= this.load()
      .then(createSecretKey)
      .catch((error) => {
        this.secret = undefined;
        throw error;
      });
    return this.secret;
  }

  private async load(): Promise<Buffer> {
    if (this.config.jwtSecret) return Buffer.from(this.config.jwtSecret, 'utf8');
    const db = this.connection.dataSource;
    await db.query(`INSERT INTO signing_key (id, secret) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
      ACCESS_TOKEN_KEY_ID,
      randomBytes(64),
    ]);
    const [row] = await db.query(`SELECT secret FROM signing_key WHERE id = $1`, [ACCESS_TOKEN_KEY_ID]);
    return row.secret as Buffer;
  }
}
