import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';

export type HrSubjectType =
  'employee' | 'labour_contract' | 'hiring_request' | 'candidate' | 'probation_review' | 'personnel_action';

export class HrHistoryEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'What the record is: employee, labour_contract, hiring_request…' })
  subjectType!: string;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ example: 'hired' }) action!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: ['user', 'api-key', 'system'] }) actorKind!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorLabel!: string | null;
  @ApiProperty() occurredAt!: Date;
}

/**
 * The story of HR records in people's words (hired, contract renewed, promotion effective…). An employee's
 * file lists every row naming them, so personnel actions stay on the file as history. The audit log keeps
 * the changed fields; this keeps the steps.
 */
@Injectable()
export class HrHistory {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(
    subjectType: HrSubjectType,
    subjectId: string,
    employeeId: string | null,
    action: string,
    note?: string | null,
  ): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO hr_history (subject_type, subject_id, employee_id, action, note, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        subjectType,
        subjectId,
        employeeId,
        action,
        note ?? null,
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? null,
      ],
    );
  }

  of(subjectId: string): Promise<HrHistoryEntryResponse[]> {
    return this.query(`subject_id = $1`, subjectId);
  }

  ofEmployee(employeeId: string): Promise<HrHistoryEntryResponse[]> {
    return this.query(`employee_id = $1 OR subject_id = $1`, employeeId);
  }

  private query(where: string, id: string): Promise<HrHistoryEntryResponse[]> {
    return this.connection.manager.query(
      `SELECT id, subject_type AS "subjectType", subject_id AS "subjectId", action, note, actor_kind AS "actorKind",
              actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM hr_history WHERE ${where} ORDER BY id`,
      [id],
    );
  }
}
