import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  ApiProblemResponses,
  beijingMidnight,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';

class MetricsQuery {
  @ApiProperty({ format: 'date', description: 'First Beijing date of the period.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from!: string;
  @ApiProperty({ format: 'date', description: 'Last Beijing date of the period (included).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to!: string;
  @ApiPropertyOptional({
    enum: ['agent', 'queue', 'team'],
    default: 'agent',
    description: 'team: the queue’s org unit.',
  })
  @IsOptional()
  @IsIn(['agent', 'queue', 'team'])
  groupBy?: 'agent' | 'queue' | 'team';
}
export class MetricsRow {
  @ApiProperty({ type: 'string', nullable: true, description: 'Agent, queue or team id; null: unassigned.' })
  key!: string | null;
  @ApiProperty({ description: 'Tickets opened in the period.' }) created!: number;
  @ApiProperty({ description: 'Tickets resolved in the period.' }) resolved!: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Average business minutes to first public reply.',
  })
  avgFirstResponseMinutes!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Average business minutes to resolution.' })
  avgResolutionMinutes!: number | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Percent of resolved tickets that breached neither target.',
  })
  slaAttainmentPercent!: number | null;
  @ApiProperty({ type: 'number', nullable: true }) avgSatisfaction!: number | null;
  @ApiProperty() satisfactionResponses!: number;
  @ApiProperty({ description: 'Follow-up visits completed (done) in the period.' }) followUpsDone!: number;
}
export class MetricsResponse {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ enum: ['agent', 'queue', 'team'] }) groupBy!: string;
  @ApiProperty({ type: [MetricsRow] }) rows!: MetricsRow[];
  @ApiProperty({ type: MetricsRow, description: 'The whole desk.' }) total!: MetricsRow;
}

const KEY = { agent: 't.assignee_id', queue: 't.queue_id', team: 'q.team_org_unit_id' };

/** Support metrics, computed in SQL on the server. */
@ApiTags('support')
@Controller('support-metrics')
export class MetricsController {
  constructor(private readonly connection: TransactionalConnection) {}

  @Get()
  @RequirePermission('support-metrics:read')
  @ApiOperation({
    summary:
      'First response and resolution times (business minutes), SLA attainment and satisfaction per agent, queue or team for a period.',
  })
  @ApiOkResponse({ type: MetricsResponse })
  @ApiProblemResponses(400)
  async metrics(@Query() query: MetricsQuery): Promise<MetricsResponse> {
    const groupBy = query.groupBy ?? 'agent';
    const from = beijingMidnight(query.from);
    // China has no daylight saving: the day after `to` starts exactly 24 hours after it.
    const to = new Date(beijingMidnight(query.to).getTime() + 86_400_000);
    const sql = (key: string) => `
      SELECT ${key}::text AS key,
        count(*) FILTER (WHERE t.created_at >= $1 AND t.created_at < $2)::int AS created,
        count(*) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2)::int AS resolved,
        round(avg(t.first_response_minutes) FILTER (WHERE t.first_responded_at >= $1 AND t.first_responded_at < $2), 1)::float8 AS "avgFirstResponseMinutes",
        round(avg(t.resolution_minutes) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2), 1)::float8 AS "avgResolutionMinutes",
        round(100.0 * count(*) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2 AND NOT t.first_response_breached AND NOT t.resolution_breached)
              / NULLIF(count(*) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2 AND t.sla_policy_id IS NOT NULL), 0), 1)::float8 AS "slaAttainmentPercent",
        round(avg(t.satisfaction_score) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2), 2)::float8 AS "avgSatisfaction",
        count(t.satisfaction_score) FILTER (WHERE t.resolved_at >= $1 AND t.resolved_at < $2)::int AS "satisfactionResponses",
        0 AS "followUpsDone"
      FROM support_ticket t JOIN support_queue q ON q.id = t.queue_id
      WHERE (t.created_at >= $1 AND t.created_at < $2) OR (t.resolved_at >= $1 AND t.resolved_at < $2)
         OR (t.first_responded_at >= $1 AND t.first_responded_at < $2)
      GROUP BY 1 ORDER BY 1`;
    const rows: MetricsRow[] = await this.connection.manager.query(sql(KEY[groupBy]), [from, to]);
    const [total]: MetricsRow[] = await this.connection.manager.query(sql(`'total'`), [from, to]);
    const visitKey =
      groupBy === 'agent' ? 'v.completed_by' : groupBy === 'queue' ? 'v.queue_id' : 'q.team_org_unit_id';
    const visits: Array<{ key: string | null; n: number }> = await this.connection.manager.query(
      `SELECT ${visitKey}::text AS key, count(*)::int AS n FROM follow_up_visit v LEFT JOIN support_queue q ON q.id = v.queue_id
        WHERE v.status = 'done' AND v.completed_at >= $1 AND v.completed_at < $2 GROUP BY 1`,
      [from, to],
    );
    for (const visit of visits) {
      const row = rows.find((r) => r.key === visit.key);
      if (row) row.followUpsDone = visit.n;
      else rows.push({ ...empty(visit.key), followUpsDone: visit.n });
    }
    const totalRow = total ? { ...total, key: null } : empty(null);
    totalRow.followUpsDone = visits.reduce((sum, v) => sum + v.n, 0);
    return { from: query.from, to: query.to, groupBy, rows, total: totalRow };
  }
}

function empty(key: string | null): MetricsRow {
  return {
    key,
    created: 0,
    resolved: 0,
    avgFirstResponseMinutes: null,
    avgResolutionMinutes: null,
    slaAttainmentPercent: null,
    avgSatisfaction: null,
    satisfactionResponses: 0,
    followUpsDone: 0,
  };
}
