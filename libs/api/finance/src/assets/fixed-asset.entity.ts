import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export const ASSET_CATEGORIES = [
  'buildings',
  'machinery',
  'vehicles',
  'electronics',
  'furniture',
  'other',
] as const;
export type AssetCategory = (typeof ASSET_CATEGORIES)[number];
export type AssetStatus = 'in_service' | 'disposed';

/** A fixed asset card (固定资产卡片): what it cost, who holds it, how much of it is depreciated. */
@Entity({ name: 'fixed_asset' })
export class FixedAsset extends VersionedEntity {
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) category!: AssetCategory;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @MoneyColumn() cost!: number;
  @MoneyColumn() residualValue!: number;
  @Column({ type: 'integer' }) usefulLifeMonths!: number;
  @Column({ type: 'date' }) inServiceDate!: string;
  @Column({ type: 'uuid' }) custodianEmployeeId!: string;
  @Column({ type: 'varchar', length: 100 }) location!: string;
  @Column({ type: 'varchar', length: 12 }) status!: AssetStatus;
  @MoneyColumn() accumulatedDepreciation!: number;
  @Column({ type: 'integer' }) monthsDepreciated!: number;
  @Column({ type: 'date', nullable: true }) disposedOn!: string | null;
  @MoneyColumn({ nullable: true }) disposalProceeds!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) disposalReason!: string | null;
}
