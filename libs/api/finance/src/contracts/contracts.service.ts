import { Injectable } from '@nestjs/common';
import { ApprovalsService } from '@zhanggui/api-approvals';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  assertVersionMatches,
  beijingDate,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import { Brackets } from 'typeorm';
import { addDays } from './contract-dates';
import { ContractHistory } from './contract-history';
import { ContractAction, nextContractStatus } from './contract-states';
import { Contract } from './contract.entity';
import {
  ContractDatesError,
  ContractNotFoundError,
  ContractTransitionError,
  ContractUnitUnknownError,
} from './contracts.errors';
import type {
  CreateEconomicContractDto,
  ListEconomicContractsQuery,
  TerminateEconomicContractDto,
  UpdateEconomicContractDto,
} from './dto/contract.dto';

export const CONTRACT_SUBJECT = 'contract';

/** Contracts from draft to their end: written and changed by finance, approved by the general manager. */
@Injectable()
export class ContractsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orgUnits: OrgUnitsService,
    private readonly approvals: ApprovalsService,
    private readonly history: ContractHistory,
  ) {}

  private get contracts() {
    return this.connection.getRepository(Contract);
  }

  async list(query: ListEconomicContractsQuery): Promise<Page<Contract>> {
    const qb = this.contracts.createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.orgUnitId) qb.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.supplierId) qb.andWhere('c.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((or) =>
          or
            .where('c.number ILIKE :like', { like })
            .orWhere('c.title ILIKE :like', { like })
            .orWhere('c.counterparty_name ILIKE :like', { like }),
        ),
      );
    }
    if (query.expiringWithinDays !== undefined) {
      const today = beijingDate(new Date());
      qb.andWhere(`c.status = 'active' AND c.ends_on BETWEEN :today AND :until`, {
        today,
        until: addDays(today, query.expiringWithinDays),
      });
    }
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 'c.id', value: (c) => c.id },
          number: { column: 'c.number', value: (c) => c.number },
          endsOn: { column: 'c.ends_on', value: (c) => c.endsOn },
        },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  async get(id: string, lock = false): Promise<Contract> {
    const contract = await this.contracts.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!contract) throw new ContractNotFoundError(id);
    return contract;
  }

  async create(input: CreateEconomicContractDto): Promise<Contract> {
    const me = signedInUserId();
    await this.assertUnit(input.orgUnitId);
    assertDates(input.startsOn, input.endsOn, input.signedOn ?? null);
    const contract = await this.contracts.save(
      this.contracts.create({
        number: await this.numbers.next('CT'),
        title: input.title,
        kind: input.kind,
        counterpartyName: input.counterpartyName,
        supplierId: input.supplierId ?? null,
        orgUnitId: input.orgUnitId,
        amount: input.amount,
        currency: input.currency ?? 'CNY',
        signedOn: input.signedOn ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: 'draft',
        ownerId: input.ownerId ?? me,
        note: input.note || null,
        approvalRequestId: null,
        submittedAt: null,
        approvedAt: null,
        terminatedOn: null,
        decisionNote: null,
      }),
    );
    await this.history.record(contract.id, { action: 'created', to: 'draft' });
    return contract;
  }

  async update(id: string, changes: UpdateEconomicContractDto, expected?: number[]): Promise<Contract> {
    const contract = await this.forAction(id, 'edit', expected);
    if (changes.orgUnitId !== undefined) await this.assertUnit(changes.orgUnitId);
    const { note, ...rest } = changes;
    Object.assign(contract, rest);
    if (note !== undefined) contract.note = note || null;
    assertDates(contract.startsOn, contract.endsOn, contract.signedOn);
    await this.contracts.save(contract);
    await this.history.record(id, { action: 'changed' });
    return contract;
  }

  /** Sends the contract to the general manager (合同审批); the approvals engine tells us the outcome. */
  async submit(id: string, expected?: number[]): Promise<Contract> {
    signedInUserId();
    const contract = await this.forAction(id, 'submit', expected);
    const request = await this.approvals.request({
      subjectType: CONTRACT_SUBJECT,
      subjectId: contract.id,
      orgUnitId: contract.orgUnitId,
      title: `${contract.number} ${contract.title} ${yuan(contract.amount, contract.currency)}`,
      summary: `${contract.kind} contract with ${contract.counterpartyName}, ${contract.startsOn}–${contract.endsOn}.`,
      steps: [{ role: 'general-manager' }],
    });
    Object.assign(contract, {
      status: 'pending_approval',
      approvalRequestId: request.id,
      submittedAt: new Date(),
      decisionNote: null,
    });
    await this.contracts.save(contract);
    await this.history.record(id, {
      action: 'submitted',
      from: 'draft',
      to: 'pending_approval',
      note: request.number,
    });
    return contract;
  }

  async terminate(id: string, input: TerminateEconomicContractDto, expected?: number[]): Promise<Contract> {
    const contract = await this.forAction(id, 'terminate', expected);
    const terminatedOn = input.terminatedOn ?? beijingDate(new Date());
    if (terminatedOn < contract.startsOn && contract.status === 'active')
      throw new ContractDatesError('terminatedOn', `must not be before the start (${contract.startsOn})`);
    const from = contract.status;
    Object.assign(contract, { status: 'terminated', terminatedOn, decisionNote: input.reason });
    await this.contracts.save(contract);
    await this.history.record(id, { action: 'terminated', from, to: 'terminated', note: input.reason });
    return contract;
  }

  /**
   * Applies the approvals engine's outcome (ApprovalDecided). A late decision of an earlier request, or one
   * already applied, changes nothing.
   */
  async applyOutcome(
    contractId: string,
    requestId: string,
    outcome: 'approved' | 'rejected' | 'cancelled',
    requestNumber: string,
  ): Promise<void> {
    const contract = await this.contracts.findOne({
      where: { id: contractId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contract || contract.status !== 'pending_approval' || contract.approvalRequestId !== requestId)
      return;
    if (outcome === 'approved') {
      Object.assign(contract, { status: 'active', approvedAt: new Date() });
      await this.contracts.save(contract);
      await this.history.record(contractId, {
        action: 'approved',
        from: 'pending_approval',
        to: 'active',
        note: requestNumber,
      });
    } else {
      const note = `${requestNumber} ${outcome}: change the contract and submit it again`;
      Object.assign(contract, { status: 'draft', decisionNote: note });
      await this.contracts.save(contract);
      await this.history.record(contractId, {
        action: `approval ${outcome}`,
        from: 'pending_approval',
        to: 'draft',
        note,
      });
    }
  }

  private async forAction(id: string, action: ContractAction, expected?: number[]): Promise<Contract> {
    const contract = await this.get(id, true);
    assertVersionMatches('contract', expected, contract.version);
    if (!nextContractStatus(contract.status, action))
      throw new ContractTransitionError(contract.number, contract.status, pastTense[action]);
    return contract;
  }

  private async assertUnit(orgUnitId: string): Promise<void> {
    await this.orgUnits.get(orgUnitId).catch(() => {
      throw new ContractUnitUnknownError(orgUnitId);
    });
  }
}

const pastTense: Record<ContractAction, string> = {
  edit: 'changed',
  submit: 'submitted',
  approve: 'approved',
  refuse: 'refused',
  expire: 'expired',
  terminate: 'terminated',
};

function assertDates(startsOn: string, endsOn: string, signedOn: string | null): void {
  if (endsOn < startsOn) throw new ContractDatesError('endsOn', `must not be before startsOn (${startsOn})`);
  if (signedOn && signedOn > endsOn)
    throw new ContractDatesError('signedOn', `must not be after endsOn (${endsOn})`);
}

function yuan(amount: number, currency: string): string {
  return `${currency} ${(amount / 100).toFixed(2)}`;
}

function signedInUserId(): string {
  const actor = currentActor();
  if (actor?.kind !== 'user')
    throw new UnauthenticatedError('Contracts are written and submitted by people signed in to the console.');
  return actor.id;
}
