import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A job in an org unit, with its written duties (岗位职责: 责任到岗). */
@Entity('job_position')
export class Position extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'text', default: '' })
  duties!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'archived';
}

/** How many people a position may have in a year (编制); hiring beyond it is refused. */
@Entity()
export class HeadcountPlan extends VersionedEntity {
  @Column({ type: 'uuid' })
  positionId!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** The year, `2026`. */
  @Column({ type: 'varchar', length: 4 })
  period!: string;

  @Column({ type: 'integer' })
  planned!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
