import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  currentActor,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { AfterSalesHistory } from '../after-sales-history';
import { ReturnLine } from './return-line.entity';
import { ReturnRequest } from './return-request.entity';
import { nextReturnStatus, ReturnAction } from './return-states';
import { ReturnNotFoundError } from './returns.errors';

/** Finding, locking and stepping returns within the caller's territory (outside it: 404). */
@Injectable()
export class ReturnStore {
  readonly history: AfterSalesHistory;

  constructor(private readonly connection: TransactionalConnection) {
    this.history = new AfterSalesHistory(connection, 'return_history', 'return_id');
  }

  get returns() {
    return this.connection.getRepository(ReturnRequest);
  }

  get lines() {
    return this.connection.getRepository(ReturnLine);
  }

  async visible(id: string, permission = 'returns:read'): Promise<ReturnRequest> {
    const found = await this.returns.findOneBy({ id });
    if (!found || !(await this.allows(permission, found.orgUnitId))) throw new ReturnNotFoundError(id);
    return found;
  }

  async lockVisible(id: string, permission: string, expected?: number[]): Promise<ReturnRequest> {
    const found = await this.returns.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found || !(await this.allows(permission, found.orgUnitId))) throw new ReturnNotFoundError(id);
    assertVersionMatches('return', expected, found.version);
    return found;
  }

  /** Moves a locked return one step: the state machine decides, `apply` does what the step means. */
  async step(
    request: ReturnRequest,
    action: ReturnAction,
    note: string | null | undefined,
    apply: () => void | Promise<void>,
    data: Record<string, unknown> = {},
  ): Promise<ReturnRequest> {
    const from = request.status;
    request.status = nextReturnStatus(from, action, request.kind);
    await apply();
    const saved = await this.returns.save(request);
    await this.history.record(saved.id, { action, from, to: saved.status, note, data });
    return saved;
  }

  private async allows(permission: string, orgUnitId: string): Promise<boolean> {
    const scope = (await currentActor()?.scopeFor(permission)) ?? WHOLE_COMPANY;
    return scopeAllows(scope, orgUnitId);
  }
}
