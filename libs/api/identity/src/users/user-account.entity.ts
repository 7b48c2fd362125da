import { Column, Entity, OneToMany } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import { RoleAssignment } from './role-assignment.entity';

export type UserStatus = 'active' | 'disabled';

/** A person who signs in to the console. (`user` is a reserved word in PostgreSQL, hence user_account.) */
@Entity()
export class UserAccount extends VersionedEntity {
  /** Lower case, stable, what people type at sign-in. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  /** argon2id; never selected unless asked for, never audited, never returned. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  /** Access tokens issued before this moment are refused (a password change signs everyone out). */
  @Column({ type: 'timestamptz', precision: 3 })
  passwordChangedAt!: Date;

  /** The unit the person belongs to; managers' data scopes reach users through it. */
  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  /** Set by HR when the personnel file exists (issue "HR"). */
  @Column({ type: 'uuid', nullable: true })
  employeeId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSignedInAt!: Date | null;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  roles?: RoleAssignment[];
}
