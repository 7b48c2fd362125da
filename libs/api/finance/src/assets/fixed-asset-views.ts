import type { FixedAssetResponse, FixedAssetTransferResponse } from './dto/fixed-asset.dto';
import type { FixedAsset } from './fixed-asset.entity';

export function fixedAssetResponse(asset: FixedAsset): FixedAssetResponse {
  return {
    id: asset.id,
    number: asset.number,
    name: asset.name,
    category: asset.category,
    currency: asset.currency,
    cost: asset.cost,
    residualValue: asset.residualValue,
    usefulLifeMonths: asset.usefulLifeMonths,
    inServiceDate: asset.inServiceDate,
    custodianEmployeeId: asset.custodianEmployeeId,
    location: asset.location,
    status: asset.status,
    accumulatedDepreciation: asset.accumulatedDepreciation,
    netBookValue: asset.cost - asset.accumulatedDepreciation,
    monthsDepreciated: asset.monthsDepreciated,
    disposedOn: asset.disposedOn,
    disposalProceeds: asset.disposalProceeds,
    disposalReason: asset.disposalReason,
    version: asset.version,
    createdAt: asset.createdAt.toISOString(),
  };
}

export interface TransferRow {
  id: string;
  from_employee_id: string;
  to_employee_id: string;
  from_location: string;
  to_location: string;
  transferred_on: string;
  reason: string;
  created_by: string | null;
  created_at: Date;
}

export function transferResponse(row: TransferRow): FixedAssetTransferResponse {
  return {
    id: row.id,
    fromEmployeeId: row.from_employee_id,
    toEmployeeId: row.to_employee_id,
    fromLocation: row.from_location,
    toLocation: row.to_location,
    transferredOn: row.transferred_on,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
