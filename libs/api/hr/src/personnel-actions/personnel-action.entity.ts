import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { ActionChanges, PersonnelActionStatus, PersonnelActionType } from './personnel-action-types';

/** What the file held before an action was applied, kept with the action as history. */
export interface ActionBefore {
  positionId: string | null;
  orgUnitId: string;
  grade: string | null;
  salary: number | null;
  status: string;
}

/**
 * A personnel action (人事异动): proposed by HR, approved through its type's chain, applied to the file on its
 * effective date (at approval when that date has come, else by the daily job).
 */
@Entity()
export class PersonnelAction extends VersionedEntity {
  /** PA-20261127-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  /** The employee's unit when proposed: what data scopes go by. */
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 24 }) type!: PersonnelActionType;
  @Column({ type: 'date' }) effectiveOn!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) changes!: ActionChanges;
  @Column({ type: 'jsonb', nullable: true }) before!: ActionBefore | null;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'varchar', length: 24 }) status!: PersonnelActionStatus;
  @Column({ type: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) appliedAt!: Date | null;
}
