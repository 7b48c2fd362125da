import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { LedgerService } from '../ledger/ledger.service';
import { AssetCustodiansService } from './asset-custodians.service';
import * as postings from './asset-postings';
import { AssetRuleError, FixedAssetDisposedError, FixedAssetNotFoundError } from './assets.errors';
import type {
  DisposeFixedAssetDto,
  ListFixedAssetsQuery,
  RegisterFixedAssetDto,
  TransferFixedAssetDto,
} from './dto/fixed-asset.dto';
import { FixedAsset } from './fixed-asset.entity';
import type { TransferRow } from './fixed-asset-views';

/** The asset register: cards, custodians and their history, disposal. Depreciation is DepreciationRunService. */
@Injectable()
export class FixedAssetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly ledger: LedgerService,
    private readonly custodians: AssetCustodiansService,
  ) {}

  private get assets() {
    return this.connection.getRepository(FixedAsset);
  }

  list(query: ListFixedAssetsQuery): Promise<Page<FixedAsset>> {
    const qb = this.assets.createQueryBuilder('a');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.custodianEmployeeId)
      qb.andWhere('a.custodian_employee_id = :custodian', { custodian: query.custodianEmployeeId });
    return paginate(qb, query, {
      sorts: {
        number: { column: 'a.number', value: (a) => a.number },
        inServiceDate: { column: 'a.in_service_date', value: (a) => a.inServiceDate },
      },
      idColumn: 'a.id',
      idValue: (a) => a.id,
    });
  }

  async get(id: string): Promise<FixedAsset> {
    const asset = await this.assets.findOneBy({ id });
    if (!asset) throw new FixedAssetNotFoundError(id);
    return asset;
  }

  /** Registers the card and books its purchase (借 固定资产 贷 银行存款) on the in-service date. */
  async register(input: RegisterFixedAssetDto): Promise<FixedAsset> {
    if (input.residualValue >= input.cost)
      throw new AssetRuleError(
        'FIXED_ASSET_RESIDUAL_TOO_HIGH',
        'The residual value must be below the cost.',
        'residualValue',
      );
    await this.custodians.assertCanHold(input.custodianEmployeeId, 'custodianEmployeeId');
    const asset = await this.assets.save(
      this.assets.create({
        ...input,
        number: await this.numbers.next('FA'),
        currency: 'CNY',
        status: 'in_service',
        accumulatedDepreciation: 0,
        monthsDepreciated: 0,
        disposedOn: null,
        disposalProceeds: null,
        disposalReason: null,
      }),
    );
    await this.ledger.post(postings.acquisition(asset, asset.inServiceDate));
    return asset;
  }

  /** Hands the asset to another custodian (and place); every hand-over stays in its history. */
  async transfer(id: string, input: TransferFixedAssetDto, expected?: number[]): Promise<FixedAsset> {
    const asset = await this.lock(id, expected);
    if (input.toEmployeeId === asset.custodianEmployeeId && !input.toLocation)
      throw new AssetRuleError(
        'FIXED_ASSET_SAME_CUSTODIAN',
        'The asset is already held by that employee.',
        'toEmployeeId',
      );
    if (input.toEmployeeId !== asset.custodianEmployeeId)
      await this.custodians.assertCanHold(input.toEmployeeId, 'toEmployeeId');
    const toLocation = input.toLocation ?? asset.location;
    await this.connection.manager.query(
      `INSERT INTO fixed_asset_transfer (asset_id, from_employee_id, to_employee_id, from_location, to_location,
                                         transferred_on, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        asset.id,
        asset.custodianEmployeeId,
        input.toEmployeeId,
        asset.location,
        toLocation,
        input.transferredOn,
        input.reason,
        currentActor()?.id ?? null,
      ],
    );
    asset.custodianEmployeeId = input.toEmployeeId;
    asset.location = toLocation;
    return this.assets.save(asset);
  }

  async transfers(id: string): Promise<TransferRow[]> {
    await this.get(id);
    return this.connection.manager.query(
      `SELECT id, from_employee_id, to_employee_id, from_location, to_location, transferred_on::text AS transferred_on,
              reason, created_by, created_at
         FROM fixed_asset_transfer WHERE asset_id = $1 ORDER BY id`,
      [id],
    );
  }

  /**
   * Takes the asset off the books at its net book value after the depreciation already run, and posts the
   * gain or loss. Run the disposal month's depreciation first when that month should be charged (当月减少
   * 当月照提): once disposed, an asset is never depreciated again.
   */
  async dispose(id: string, input: DisposeFixedAssetDto, expected?: number[]): Promise<FixedAsset> {
    const asset = await this.lock(id, expected);
    if (input.disposedOn < asset.inServiceDate)
      throw new AssetRuleError(
        'FIXED_ASSET_DISPOSED_BEFORE_SERVICE',
        'An asset cannot be disposed of before it entered service.',
        'disposedOn',
      );
    Object.assign(asset, {
      status: 'disposed',
      disposedOn: input.disposedOn,
      disposalProceeds: input.proceeds,
      disposalReason: input.reason,
    });
    const saved = await this.assets.save(asset);
    await this.ledger.post(postings.disposal(saved, input.proceeds, input.disposedOn));
    return saved;
  }

  private async lock(id: string, expected?: number[]): Promise<FixedAsset> {
    const asset = await this.assets.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!asset) throw new FixedAssetNotFoundError(id);
    assertVersionMatches(`Fixed asset ${asset.number}`, expected, asset.version);
    if (asset.status === 'disposed') throw new FixedAssetDisposedError(asset.number);
    return asset;
  }
}
