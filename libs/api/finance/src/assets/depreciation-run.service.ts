import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { LedgerService } from '../ledger/ledger.service';
import * as postings from './asset-postings';
import { depreciatesIn, nextMonthDepreciation } from './depreciation';
import { FixedAsset } from './fixed-asset.entity';

export interface DepreciationRunResult {
  period: string;
  assetsDepreciated: number;
  amount: number;
  alreadyDone: number;
}

/** Last day of a `YYYY-MM` month, `YYYY-MM-DD` (the date the month-end entries carry). */
export function monthEnd(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * 月末计提折旧: depreciates every asset in service for the month, exactly once per asset and month — the
 * (asset, period) key of fixed_asset_depreciation refuses a second row, and the ledger posting is keyed the
 * same way. Running the month again only picks up assets it had not done (say, registered late).
 */
@Injectable()
export class DepreciationRunService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
  ) {}

  async run(period: string): Promise<DepreciationRunResult> {
    const assets = await this.connection
      .getRepository(FixedAsset)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where(`a.status = 'in_service'`)
      .andWhere('a.in_service_date < :start', { start: `${period}-01` })
      .orderBy('a.id')
      .getMany();
    const done: Array<{ asset_id: string }> = assets.length
      ? await this.connection.manager.query(
          `SELECT asset_id FROM fixed_asset_depreciation WHERE period = $1 AND asset_id = ANY($2)`,
          [period, assets.map((a) => a.id)],
        )
      : [];
    const doneIds = new Set(done.map((row) => row.asset_id));
    const result: DepreciationRunResult = {
      period,
      assetsDepreciated: 0,
      amount: 0,
      alreadyDone: doneIds.size,
    };
    for (const asset of assets) {
      if (doneIds.has(asset.id) || !depreciatesIn(asset.inServiceDate, period)) continue;
      const amount = nextMonthDepreciation(asset);
      if (amount <= 0) continue;
      const { entry } = await this.ledger.post(
        postings.depreciation(asset, period, amount, monthEnd(period)),
      );
      await this.connection.manager.query(
        `INSERT INTO fixed_asset_depreciation (asset_id, period, amount, journal_entry_id) VALUES ($1, $2, $3, $4)`,
        [asset.id, period, amount, entry.id],
      );
      asset.accumulatedDepreciation += amount;
      asset.monthsDepreciated += 1;
      await this.connection.getRepository(FixedAsset).save(asset);
      result.assetsDepreciated += 1;
      result.amount += amount;
    }
    return result;
  }
}
