import { Injectable } from '@nestjs/common';
import { assertVersionMatches, TransactionalConnection } from '@zhanggui/api-platform';

export interface SupportSettings {
  /** Days after resolution during which a ticket may be reopened (afterwards: a new ticket). */
  reopenWindowDays: number;
  /** Share of an SLA target (percent) at which the assignee is warned. */
  warningPercent: number;
  version: number;
}

/** The support desk's few settings, one row. */
@Injectable()
export class SupportSettingsService {
  constructor(private readonly connection: TransactionalConnection) {}

  async get(): Promise<SupportSettings> {
    const [row] = await this.connection.manager.query(
      `SELECT reopen_window_days AS "reopenWindowDays", warning_percent AS "warningPercent", version
         FROM support_setting WHERE id = 1`,
    );
    return row;
  }

  async update(
    changes: Partial<Omit<SupportSettings, 'version'>>,
    expected?: number[],
  ): Promise<SupportSettings> {
    const [current] = await this.connection.manager.query(
      `SELECT version FROM support_setting WHERE id = 1 FOR UPDATE`,
    );
    assertVersionMatches('support settings', expected, current.version);
    await this.connection.manager.query(
      `UPDATE support_setting
          SET reopen_window_days = COALESCE($1, reopen_window_days), warning_percent = COALESCE($2, warning_percent),
              version = version + 1, updated_at = now()
        WHERE id = 1`,
      [changes.reopenWindowDays ?? null, changes.warningPercent ?? null],
    );
    return this.get();
  }
}
