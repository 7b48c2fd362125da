import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TerritoryFiguresService } from '@zhanggui/api-orders';
import {
  applyDataScope,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import {
  OperatingReportExistsError,
  OperatingReportNotFoundError,
  OutsideOwnTerritoryError,
  TerritoryInvalidError,
} from '../sales.errors';
import { parsePeriod } from '../shared/periods';
import { currentUserId, inScope, salesScope } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import type { ListOperatingReportsQuery, SubmitOperatingReportDto } from './dto/operating-report.dto';
import { OperatingReport } from './operating-report.entity';

type Figures = Pick<
  OperatingReport,
  'netSales' | 'orderCount' | 'returnCount' | 'codOutstanding' | 'newMembers' | 'sourceReportIds'
>;

/** Operating reports: a city's figures come from orders, a region's from its cities' submitted reports. */
@Injectable()
export class OperatingReportsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly figures: TerritoryFiguresService,
    private readonly directory: TerritoryDirectory,
    private readonly numbers: DocumentNumbers,
  ) {}

  private get reports() {
    return this.connection.getRepository(OperatingReport);
  }

  async list(query: ListOperatingReportsQuery): Promise<Page<OperatingReport>> {
    const qb = this.reports.createQueryBuilder('r');
    applyDataScope(qb, 'r.org_unit_id', await salesScope('operating-reports:read'));
    if (query.period) qb.andWhere('r.period = :period', { period: query.period });
    if (query.level) qb.andWhere('r.level = :level', { level: query.level });
    if (query.orgUnitId) qb.andWhere('r.org_unit_id = :unit', { unit: query.orgUnitId });
    return paginate(qb, query, {
      sorts: {
        createdAt: { column: 'r.id', value: (r) => r.id },
        period: { column: 'r.period', value: (r) => r.period },
      },
      idColumn: 'r.id',
      idValue: (r) => r.id,
    });
  }

  async get(id: string): Promise<OperatingReport> {
    const report = await this.reports.findOneBy({ id });
    if (!report || !inScope(await salesScope('operating-reports:read'), report.orgUnitId))
      throw new OperatingReportNotFoundError(id);
    return report;
  }

  async submit(input: SubmitOperatingReportDto): Promise<OperatingReport> {
    const unit = await this.directory.unit(input.orgUnitId);
    if (!unit || (unit.kind !== 'city' && unit.kind !== 'region'))
      throw new TerritoryInvalidError('orgUnitId', 'not a sales city or region');
    if (!inScope(await salesScope('operating-reports:submit'), unit.id))
      throw new OutsideOwnTerritoryError('orgUnitId');
    if (await this.reports.existsBy({ orgUnitId: unit.id, period: input.period }))
      throw new OperatingReportExistsError(input.period);
    const figures =
      unit.kind === 'city'
        ? await this.cityFigures(unit.id, input.period)
        : await this.rollUp(unit.id, input.period);
    try {
      return await this.reports.save(
        this.reports.create({
          number: await this.numbers.next('OR'),
          level: unit.kind,
          orgUnitId: unit.id,
          period: input.period,
          currency: 'CNY',
          ...figures,
          expenses: null,
          expenseBudget: null,
          commentary: input.commentary,
          submittedBy: currentUserId() ?? unit.id,
          submittedAt: new Date(),
        }),
      );
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'operating_report_unit_period_key')
        throw new OperatingReportExistsError(input.period);
      throw error;
    }
  }

  private async cityFigures(cityId: string, periodKey: string): Promise<Figures> {
    const period = parsePeriod(periodKey)!;
    const f = (await this.figures.figures([cityId], period.from, period.to)).get(cityId)!;
    return {
      netSales: f.deliveredTotal - f.refunded,
      orderCount: f.deliveredOrders,
      returnCount: f.returns,
      codOutstanding: f.codOutstanding,
      newMembers: f.newMembers,
      sourceReportIds: [],
    };
  }

  /** The sum of the region's cities' reports submitted for the month (cities yet to report add nothing). */
  private async rollUp(regionId: string, period: string): Promise<Figures> {
    const cities = await this.reports
      .createQueryBuilder('r')
      .where('r.period = :period AND r.level = :level', { period, level: 'city' })
      .andWhere('r.org_unit_id IN (SELECT id FROM org_unit WHERE parent_id = :regionId)', { regionId })
      .orderBy('r.id')
      .getMany();
    const sum = (pick: (r: OperatingReport) => number) => cities.reduce((total, r) => total + pick(r), 0);
    return {
      netSales: sum((r) => r.netSales),
      orderCount: sum((r) => r.orderCount),
      returnCount: sum((r) => r.returnCount),
      codOutstanding: sum((r) => r.codOutstanding),
      newMembers: sum((r) => r.newMembers),
      sourceReportIds: cities.map((r) => r.id),
    };
  }
}
