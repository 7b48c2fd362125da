import { ApiProperty } from '@nestjs/swagger';
import { DocumentAttachmentResponse, DocumentEventResponse } from '../../shared/document-responses';
import { CONTRACT_KINDS, CONTRACT_STATUSES, ContractKind, ContractStatus } from '../contract-states';
import type { Contract } from '../contract.entity';

export class EconomicContractResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'CT-20261129-0001' })
  number!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: CONTRACT_KINDS })
  kind!: ContractKind;

  @ApiProperty()
  counterpartyName!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  supplierId!: string | null;

  @ApiProperty({ format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ description: '分.' })
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  signedOn!: string | null;

  @ApiProperty({ type: 'string', format: 'date' })
  startsOn!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  endsOn!: string;

  @ApiProperty({ enum: CONTRACT_STATUSES })
  status!: ContractStatus;

  @ApiProperty({ format: 'uuid' })
  ownerId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  approvedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  terminatedOn!: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Why the approval was refused or the contract terminated.',
  })
  decisionNote!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;

  static from(contract: Contract): EconomicContractResponse {
    return {
      id: contract.id,
      number: contract.number,
      title: contract.title,
      kind: contract.kind,
      counterpartyName: contract.counterpartyName,
      supplierId: contract.supplierId,
      orgUnitId: contract.orgUnitId,
      amount: contract.amount,
      currency: contract.currency,
      signedOn: contract.signedOn,
      startsOn: contract.startsOn,
      endsOn: contract.endsOn,
      status: contract.status,
      ownerId: contract.ownerId,
      note: contract.note,
      approvalRequestId: contract.approvalRequestId,
      submittedAt: contract.submittedAt?.toISOString() ?? null,
      approvedAt: contract.approvedAt?.toISOString() ?? null,
      terminatedOn: contract.terminatedOn,
      decisionNote: contract.decisionNote,
      version: contract.version,
      createdAt: contract.createdAt.toISOString(),
    };
  }
}

/** Named for the contract API's schema; the shape is every finance document's. */
export class EconomicContractAttachmentResponse extends DocumentAttachmentResponse {}

export class EconomicContractHistoryResponse extends DocumentEventResponse {}
