import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';
import type { RoleCode } from '../access/roles';
import { UserAccount } from './user-account.entity';

/**
 * One role held by one user, over one org unit and everything under it (or, without a unit, the company).
 * Audited as a `set-roles` change of the user (UsersService), which reads better than row inserts.
 */
@Entity()
@NotAudited()
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'varchar', length: 40 })
  role!: RoleCode;

  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
