import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import {
  LogisticsPartnerCodeTakenError,
  LogisticsPartnerNotFoundError,
  OutsideOwnTerritoryError,
  TerritoryInvalidError,
} from '../sales.errors';
import { inScope, salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import type {
  CreateLogisticsPartnerDto,
  ListLogisticsPartnersQuery,
  UpdateLogisticsPartnerDto,
} from './dto/logistics-partner.dto';
import { LogisticsPartner } from './logistics-partner.entity';

/** Logistics partners per region; a manager reaches those of the regions in their territory. */
@Injectable()
export class LogisticsPartnersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: TerritoryDirectory,
  ) {}

  private get partners() {
    return this.connection.getRepository(LogisticsPartner);
  }

  async list(query: ListLogisticsPartnersQuery): Promise<Page<LogisticsPartner>> {
    const qb = this.partners.createQueryBuilder('p');
    // A city manager sees the partners delivering to their city, a regional manager those of the region.
    const scope = scopeParam(await salesScope('logistics-partners:read'));
    if (scope) qb.andWhere('(p.region_id = ANY(:scope) OR p.city_ids && :scope::uuid[])', { scope });
    if (query.regionId) qb.andWhere('p.region_id = :regionId', { regionId: query.regionId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, query, {
      sorts: {
        name: { column: 'p.name', value: (p) => p.name },
        createdAt: { column: 'p.id', value: (p) => p.id },
      },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async get(id: string): Promise<LogisticsPartner> {
    const partner = await this.partners.findOneBy({ id });
    const scope = await salesScope('logistics-partners:read');
    const reaches = partner && [partner.regionId, ...partner.cityIds].some((unit) => inScope(scope, unit));
    if (!partner || !reaches) throw new LogisticsPartnerNotFoundError(id);
    return partner;
  }

  /** Region ids of many partners' lists (the territories view), in one query. */
  async byRegions(regionIds: string[]): Promise<LogisticsPartner[]> {
    if (regionIds.length === 0) return [];
    return this.partners
      .createQueryBuilder('p')
      .where('p.region_id = ANY(:regionIds)', { regionIds })
      .orderBy('p.name')
      .getMany();
  }

  async create(input: CreateLogisticsPartnerDto): Promise<LogisticsPartner> {
    await this.assertServes(input.regionId, input.cityIds ?? []);
    return this.translate(
      () =>
        this.partners.save(
          this.partners.create({
            code: input.code,
            name: input.name,
            regionId: input.regionId,
            contacts: input.contacts ?? [],
            cityIds: [...new Set(input.cityIds ?? [])],
            terms: input.terms ?? null,
            status: input.status ?? 'active',
          }),
        ),
      input.code,
    );
  }

  async update(
    id: string,
    changes: UpdateLogisticsPartnerDto,
    expected?: number[],
  ): Promise<LogisticsPartner> {
    const partner = await this.partners.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partner || !inScope(await salesScope('logistics-partners:write'), partner.regionId))
      throw new LogisticsPartnerNotFoundError(id);
    assertVersionMatches('logistics partner', expected, partner.version);
    const regionId = changes.regionId ?? partner.regionId;
    const cityIds = changes.cityIds ? [...new Set(changes.cityIds)] : partner.cityIds;
    if (changes.regionId !== undefined || changes.cityIds !== undefined)
      await this.assertServes(regionId, cityIds);
    Object.assign(partner, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), {
      cityIds,
    });
    return this.translate(() => this.partners.save(partner), partner.code);
  }

  /** The region must be a region within the caller's reach, and every city one of its cities. */
  private async assertServes(regionId: string, cityIds: string[]): Promise<void> {
    const region = await this.directory.unit(regionId);
    if (!region || region.kind !== 'region')
      throw new TerritoryInvalidError('regionId', 'not a sales region');
    if (!inScope(await salesScope('logistics-partners:write'), regionId))
      throw new OutsideOwnTerritoryError('regionId');
    const cities = await this.directory.units(cityIds);
    cityIds.forEach((cityId, index) => {
      const city = cities.find((unit) => unit.id === cityId);
      if (!city || city.kind !== 'city' || city.parentId !== regionId)
        throw new TerritoryInvalidError(`cityIds.${index}`, 'not a city of the region');
    });
  }

  private async translate<T>(save: () => Promise<T>, code: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'logistics_partner_code_key') throw new LogisticsPartnerCodeTakenError(code);
      throw error;
    }
  }
}
