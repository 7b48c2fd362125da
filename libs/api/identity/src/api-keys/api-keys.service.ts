import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Actor,
  currentActor,
  InvalidInputError,
  Page,
  paginate,
  PageQuery,
  TransactionalConnection,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import { PermissionCatalog } from '../access/permission-catalog';
import { ScopedActor, SubtreeLookup } from '../access/scoped-actor';
import { ApiKey } from './api-key.entity';
import { ApiKeyAlreadyRevokedError, ApiKeyNotFoundError, UnknownPermissionError } from './api-key.errors';

export const API_KEY_PREFIX = 'zg_';
const LAST_USED_PRECISION_MS = 60_000;

export interface NewApiKey {
  name: string;
  permissions: string[];
  orgUnitId?: string;
  expiresAt?: Date;
}

/**
 * Partner credentials: `zg_<prefix>_<secret>`, shown once at creation, stored as a SHA-256 of the secret
 * (a random 256-bit secret needs no slow hash). Revoked or expired keys are refused at once.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly catalog: PermissionCatalog,
  ) {}

  private get keys() {
    return this.connection.getRepository(ApiKey);
  }

  list(query: PageQuery): Promise<Page<ApiKey>> {
    return paginate(
      this.keys.createQueryBuilder('key'),
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'key.id', value: (k) => k.id } },
        idColumn: 'key.id',
        idValue: (k) => k.id,
      },
    );
  }

  async get(id: string): Promise<ApiKey> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new ApiKeyNotFoundError(id);
    return key;
  }

  async create(input: NewApiKey): Promise<{ key: ApiKey; secret: string }> {
    const unknown = input.permissions.filter((permission) => !this.catalog.has(permission));
    if (unknown.length > 0) throw new UnknownPermissionError(unknown);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new InvalidInputError('EXPIRY_IN_PAST', 'The expiry must be in the future.', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    }
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const key = await this.keys.save(
      this.keys.create({
        name: input.name,
        prefix,
        secretHash: sha256(secret),
        permissions: [...new Set(input.permissions)].sort(),
        orgUnitId: input.orgUnitId ?? null,
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
        createdBy: currentActor()?.kind === 'user' ? currentActor()!.id : null,
      }),
    );
    return { key, secret: `${API_KEY_PREFIX}${prefix}_${secret}` };
  }

  async revoke(id: string): Promise<ApiKey> {
    const key = await this.keys.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!key) throw new ApiKeyNotFoundError(id);
    if (key.revokedAt) throw new ApiKeyAlreadyRevokedError();
    key.revokedAt = new Date();
    return this.keys.save(key);
  }

  async authenticate(presented: string, lookupSubtree: SubtreeLookup): Promise<Actor> {
    const match = /^zg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(presented);
    if (!match) throw new UnauthenticatedError('The API key is not valid.');
    const [, prefix, secret] = match;
    const key = await this.keys
      .createQueryBuilder('key')
      .addSelect('key.secretHash')
      .where('key.prefix = :prefix', { prefix })
      .getOne();
    const presentedHash = sha256(secret);
    if (
      !key ||
      key.secretHash.length !== presentedHash.length ||
      !timingSafeEqual(key.secretHash, presentedHash)
    ) {
      throw new UnauthenticatedError('The API key is not valid.');
    }
    if (key.revokedAt) throw new UnauthenticatedError('This API key has been revoked.');
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now())
      throw new UnauthenticatedError('This API key has expired.');
    await this.touch(key);
    return new ScopedActor(
      'api-key',
      key.id,
      key.name,
      [{ permissions: new Set(key.permissions), orgUnitId: key.orgUnitId }],
      lookupSubtree,
    );
  }

  /** Last use to the minute: one write per key per minute, not one per request. */
  private async touch(key: ApiKey): Promise<void> {
    if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    await this.connection.dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [key.id]);
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
