import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  assertVersionMatches,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import {
  FranchiseContractMissingError,
  FranchisePartnerNotFoundError,
  FranchiseStageInvalidError,
  OutsideOwnTerritoryError,
  TerritoryInvalidError,
} from '../sales.errors';
import { currentUserId, inScope, salesScope } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import type {
  CreateFranchisePartnerDto,
  ListFranchisePartnersQuery,
  MoveFranchiseStageDto,
  UpdateFranchisePartnerDto,
} from './dto/franchise-partner.dto';
import { FranchisePartner, FranchisePartnerHistory } from './franchise-partner.entities';
import { canMove, FranchiseStage, nextStages } from './franchise-stages';

/** The franchise pipeline; each manager works the partners of their own territory. */
@Injectable()
export class FranchisePartnersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: TerritoryDirectory,
    private readonly numbers: DocumentNumbers,
  ) {}

  private get partners() {
    return this.connection.getRepository(FranchisePartner);
  }

  private get history() {
    return this.connection.getRepository(FranchisePartnerHistory);
  }

  async list(query: ListFranchisePartnersQuery): Promise<Page<FranchisePartner>> {
    const qb = this.partners.createQueryBuilder('p');
    applyDataScope(qb, 'p.org_unit_id', await salesScope('franchise-partners:read'));
    if (query.stage) qb.andWhere('p.stage = :stage', { stage: query.stage });
    return paginate(qb, query, {
      sorts: {
        createdAt: { column: 'p.id', value: (p) => p.id },
        name: { column: 'p.name', value: (p) => p.name },
      },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async get(id: string, permission = 'franchise-partners:read'): Promise<FranchisePartner> {
    const partner = await this.partners.findOneBy({ id });
    if (!partner || !inScope(await salesScope(permission), partner.orgUnitId))
      throw new FranchisePartnerNotFoundError(id);
    return partner;
  }

  historyOf(id: string): Promise<FranchisePartnerHistory[]> {
    return this.history.find({ where: { partnerId: id }, order: { id: 'ASC' } });
  }

  async create(input: CreateFranchisePartnerDto): Promise<FranchisePartner> {
    const unit = await this.directory.unit(input.orgUnitId);
    if (!unit) throw new TerritoryInvalidError('orgUnitId', 'not a sales territory');
    if (!inScope(await salesScope('franchise-partners:write'), unit.id))
      throw new OutsideOwnTerritoryError('orgUnitId');
    const partner = await this.partners.save(
      this.partners.create({
        number: await this.numbers.next('FP'),
        name: input.name,
        kind: input.kind,
        orgUnitId: unit.id,
        stage: 'lead',
        contacts: input.contacts ?? [],
        contractNumber: input.contractNumber ?? null,
        note: input.note ?? null,
      }),
    );
    await this.record(partner.id, null, 'lead', input.note ?? null);
    return partner;
  }

  async update(
    id: string,
    changes: UpdateFranchisePartnerDto,
    expected?: number[],
  ): Promise<FranchisePartner> {
    const partner = await this.lock(id);
    assertVersionMatches('franchise partner', expected, partner.version);
    Object.assign(partner, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.partners.save(partner);
  }

  async move(id: string, input: MoveFranchiseStageDto, expected?: number[]): Promise<FranchisePartner> {
    const partner = await this.lock(id);
    assertVersionMatches('franchise partner', expected, partner.version);
    const from: FranchiseStage = partner.stage;
    if (!canMove(from, input.stage))
      throw new FranchiseStageInvalidError(from, input.stage, nextStages(from));
    if (input.contractNumber) partner.contractNumber = input.contractNumber;
    if (input.stage === 'contract' && !partner.contractNumber) throw new FranchiseContractMissingError();
    partner.stage = input.stage;
    const saved = await this.partners.save(partner);
    await this.record(id, from, input.stage, input.note ?? null);
    return saved;
  }

  private async lock(id: string): Promise<FranchisePartner> {
    const partner = await this.partners.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partner || !inScope(await salesScope('franchise-partners:write'), partner.orgUnitId))
      throw new FranchisePartnerNotFoundError(id);
    return partner;
  }

  private async record(
    partnerId: string,
    fromStage: FranchiseStage | null,
    toStage: FranchiseStage,
    note: string | null,
  ): Promise<void> {
    await this.history.insert({ partnerId, fromStage, toStage, note, actorId: currentUserId() });
  }
}
