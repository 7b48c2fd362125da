import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';

/** One refresh token. Rotation adds a row to the family; reuse of a rotated token revokes the family. */
@Entity()
@NotAudited()
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** SHA-256 of the token's secret part; the token itself is never stored. */
  @Column({ type: 'bytea', select: false })
  tokenHash!: Buffer;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
