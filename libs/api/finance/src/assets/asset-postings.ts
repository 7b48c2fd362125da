import type { PostingRequest } from '../ledger/journal-rules';
import { disposalGain } from './depreciation';

/** The accounts fixed assets post to (all leaves of the seeded chart; 6115 comes with the assets migration). */
export const ASSET_ACCOUNTS = {
  bank: '1002',
  fixedAssets: '1601',
  accumulatedDepreciation: '1602',
  /** 管理费用: depreciation of office assets; see the migration for why not a 折旧 sub-account. */
  adminExpenses: '6602',
  disposalGainLoss: '6115',
} as const;

interface AssetRef {
  id: string;
  number: string;
  name: string;
  cost: number;
}

/** 购入: 借 固定资产 贷 银行存款. */
export function acquisition(asset: AssetRef, date: string): PostingRequest {
  return {
    source: { type: 'fixed_asset', id: asset.id, number: asset.number, purpose: 'acquisition' },
    date,
    description: `购入固定资产 ${asset.number} ${asset.name}`,
    lines: [
      { accountCode: ASSET_ACCOUNTS.fixedAssets, debit: asset.cost },
      { accountCode: ASSET_ACCOUNTS.bank, credit: asset.cost },
    ],
  };
}

/** 计提折旧 (one entry per asset and month, keyed by both): 借 管理费用-折旧 贷 累计折旧. */
export function depreciation(asset: AssetRef, period: string, amount: number, date: string): PostingRequest {
  return {
    source: { type: 'fixed_asset', id: asset.id, number: asset.number, purpose: `depreciation:${period}` },
    date,
    description: `${period} 计提折旧 ${asset.number}`,
    lines: [
      { accountCode: ASSET_ACCOUNTS.adminExpenses, debit: amount, memo: '折旧费' },
      { accountCode: ASSET_ACCOUNTS.accumulatedDepreciation, credit: amount },
    ],
  };
}

/**
 * 处置: the card leaves the books (借 累计折旧, 贷 固定资产 at cost), the proceeds go to the bank, and the
 * difference against net book value is 资产处置损益 (credit a gain, debit a loss).
 */
export function disposal(
  asset: AssetRef & { accumulatedDepreciation: number },
  proceeds: number,
  date: string,
): PostingRequest {
  const gain = disposalGain(asset, proceeds);
  return {
    source: { type: 'fixed_asset', id: asset.id, number: asset.number, purpose: 'disposal' },
    date,
    description: `处置固定资产 ${asset.number} ${asset.name}`,
    lines: [
      { accountCode: ASSET_ACCOUNTS.accumulatedDepreciation, debit: asset.accumulatedDepreciation },
      { accountCode: ASSET_ACCOUNTS.bank, debit: proceeds },
      { accountCode: ASSET_ACCOUNTS.disposalGainLoss, debit: gain < 0 ? -gain : 0 },
      { accountCode: ASSET_ACCOUNTS.fixedAssets, credit: asset.cost },
      { accountCode: ASSET_ACCOUNTS.disposalGainLoss, credit: gain > 0 ? gain : 0 },
    ].filter((line) => (line.debit ?? 0) > 0 || (line.credit ?? 0) > 0),
  };
}
