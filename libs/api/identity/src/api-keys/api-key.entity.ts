import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A partner system's credential: what it may do, over which units, until when. The secret is kept hashed. */
@Entity()
export class ApiKey extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The public, unique part of the key (`zg_<prefix>_…`), to find the row without scanning hashes. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'bytea', select: false })
  secretHash!: Buffer;

  @Column({ type: 'text', array: true })
  permissions!: string[];

  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
