import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Decision } from '../approval-chain';
import type { ApprovalRequest } from '../approval-request.entity';
import type { ApprovalStep } from '../approval-step.entity';

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: Decision;

  @ApiPropertyOptional({ maxLength: 1000, example: '价格合理，同意。' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ApprovalStepView {
  @ApiProperty()
  position!: number;

  @ApiProperty({ example: 'regional-manager' })
  role!: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The unit the approver’s role must cover.',
  })
  orgUnitId!: string | null;

  @ApiProperty({ enum: ['approve', 'reject'], nullable: true })
  decision!: Decision | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  comment!: string | null;

  static from(step: ApprovalStep): ApprovalStepView {
    return {
      position: step.position,
      role: step.role,
      orgUnitId: step.resolvedOrgUnitId,
      decision: step.decision,
      decidedBy: step.decidedBy,
      decidedAt: step.decidedAt?.toISOString() ?? null,
      comment: step.comment,
    };
  }
}

export class ApprovalRequestResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'AP-20261127-0001' })
  number!: string;

  @ApiProperty({ example: 'purchase_order' })
  subjectType!: string;

  @ApiProperty()
  subjectId!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: 'string', nullable: true })
  summary!: string | null;

  @ApiProperty({ format: 'uuid' })
  requestedBy!: string;

  @ApiProperty({ enum: ['pending', 'approved', 'rejected', 'cancelled'] })
  status!: string;

  @ApiProperty()
  currentStep!: number;

  @ApiProperty({ type: [ApprovalStepView] })
  steps!: ApprovalStepView[];

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  finishedAt!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(request: ApprovalRequest): ApprovalRequestResponse {
    return {
      id: request.id,
      number: request.number,
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      orgUnitId: request.orgUnitId,
      title: request.title,
      summary: request.summary,
      requestedBy: request.requestedBy,
      status: request.status,
      currentStep: request.currentStep,
      steps: (request.steps ?? []).map(ApprovalStepView.from),
      finishedAt: request.finishedAt?.toISOString() ?? null,
      version: request.version,
      createdAt: request.createdAt.toISOString(),
    };
  }
}
