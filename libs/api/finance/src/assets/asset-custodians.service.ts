import { Injectable } from '@nestjs/common';
import { EmployeesService } from '@zhanggui/api-hr';
import { runAsActor } from '@zhanggui/api-platform';
import { AssetRuleError } from './assets.errors';
import type { AssetCustodianResponse, ListAssetCustodiansQuery } from './dto/asset-custodian.dto';

type EmployeeQuery = Parameters<EmployeesService['list']>[0];

/**
 * Who can hold an asset, read through HR's exported service. Finance reads no personnel files (employees:read
 * is HR's and unit managers'), yet it must name and pick custodians: only id, number and name leave here, and
 * the reads run as the system because the caller was authorised for the register, not for HR's data.
 */
@Injectable()
export class AssetCustodiansService {
  constructor(private readonly employees: EmployeesService) {}

  async find(query: ListAssetCustodiansQuery): Promise<AssetCustodianResponse[]> {
    const found = await runAsActor(undefined, async () =>
      query.ids?.length
        ? this.employees.getMany(query.ids)
        : (await this.employees.list({ q: query.q, limit: 20, sort: 'number' } as EmployeeQuery)).data,
    );
    return found
      .map(({ id, number, name }) => ({ id, number, name }))
      .sort((a, b) => a.number.localeCompare(b.number));
  }

  /** An asset is handed only to someone on the payroll: not to an unknown id, nor to a person who has left. */
  async assertCanHold(employeeId: string, field: string): Promise<void> {
    const [employee] = await runAsActor(undefined, () => this.employees.getMany([employeeId]));
    if (!employee || employee.status === 'left')
      throw new AssetRuleError(
        'FIXED_ASSET_CUSTODIAN_UNKNOWN',
        `No current employee ${employeeId} can hold the asset.`,
        field,
      );
  }
}
