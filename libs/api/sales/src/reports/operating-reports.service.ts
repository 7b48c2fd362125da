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
  SalesTerritoryNotFoundError,
  TerritoryInvalidError,
} from '../sales.errors';
import { parsePeriod } from '../shared/periods';
import { currentUserId, inScope, salesScope } from '../shared/sales-scope';
import { TerritoryDirectory, TerritoryUnit } from '../territories/territory-directory';
import type {
  ListOperatingReportsQuery,
  OperatingReportPreviewQuery,
  SubmitOperatingReportDto,
} from './dto/operating-report.dto';
import { OperatingReport } from './operating-report.entity';

type Figures = Pick<
  OperatingReport,
  'netSales' | 'orderCount' | 'returnCount' | 'codOutstanding' | 'newMembers' | 'sourceReportIds'
>;

/** What submitting now would record, and for a region which of its cities have reported. */
export interface OperatingReportPreview extends Figures {
  level: 'city' | 'region';
  orgUnitId: string;
  period: string;
  currency: string;
  expenses: number | null;
  expenseBudget: number | null;
  submittedReportId: string | null;
  cities: Array<{ orgUnitId: string; name: string; reportId: string | null }>;
}

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

  /** The figures a submission would record now, so the manager reads them before writing commentary. */
  async preview(query: OperatingReportPreviewQuery): Promise<OperatingReportPreview> {
    const unit = await this.directory.unit(query.orgUnitId);
    // Like reading a report: a unit outside one's reach is not there at all.
    if (!unit || !inScope(await salesScope('operating-reports:submit'), unit.id))
      throw new SalesTerritoryNotFoundError(query.orgUnitId);
    if (unit.kind !== 'city' && unit.kind !== 'region')
      throw new TerritoryInvalidError('orgUnitId', 'not a sales city or region');
    const submitted = await this.reports.findOneBy({ orgUnitId: unit.id, period: query.period });
    const figures = await this.figuresOf(unit, query.period);
    return {
      level: unit.kind,
      orgUnitId: unit.id,
      period: query.period,
      currency: 'CNY',
      ...figures,
      // As at submission: empty until finance keeps budgets per territory.
      expenses: null,
      expenseBudget: null,
      submittedReportId: submitted?.id ?? null,
      cities: unit.kind === 'region' ? await this.citiesOf(unit.id, figures.sourceReportIds) : [],
    };
  }

  async submit(input: SubmitOperatingReportDto): Promise<OperatingReport> {
    const unit = await this.directory.unit(input.orgUnitId);
    if (!unit || (unit.kind !== 'city' && unit.kind !== 'region'))
      throw new TerritoryInvalidError('orgUnitId', 'not a sales city or region');
    if (!inScope(await salesScope('operating-reports:submit'), unit.id))
      throw new OutsideOwnTerritoryError('orgUnitId');
    if (await this.reports.existsBy({ orgUnitId: unit.id, period: input.period }))
      throw new OperatingReportExistsError(input.period);
    const figures = await this.figuresOf(unit, input.period);
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

  private figuresOf(unit: TerritoryUnit, period: string): Promise<Figures> {
    return unit.kind === 'city' ? this.cityFigures(unit.id, period) : this.rollUp(unit.id, period);
  }

  /** The region's cities, each with its report among the roll-up's sources (null: not reported yet). */
  private async citiesOf(
    regionId: string,
    sourceReportIds: string[],
  ): Promise<OperatingReportPreview['cities']> {
    const rows: Array<{ id: string; name: string; reportId: string | null }> =
      await this.connection.manager.query(
        `SELECT u.id, u.name, r.id AS "reportId"
           FROM org_unit u LEFT JOIN operating_report r ON r.org_unit_id = u.id AND r.id = ANY($2)
          WHERE u.parent_id = $1 AND u.kind = 'city'
          ORDER BY u.path`,
        [regionId, sourceReportIds],
      );
    return rows.map((row) => ({ orgUnitId: row.id, name: row.name, reportId: row.reportId }));
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
