import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { MAX_TRANSACTION_ATTEMPTS, isRetryableTransactionError, retryDelayMs } from './transaction-retry';

interface TransactionScope {
  manager: EntityManager;
  afterCommit: Array<() => void | Promise<void>>;
}

export interface TransactionOptions {
  isolation?: IsolationLevel;
}

/**
 * The one way services reach the database. In the spirit of Vendure's TransactionalConnection, but carried by
 * AsyncLocalStorage instead of a context argument: a service calls `getRepository(Entity)` and gets a
 * repository bound to the transaction that is open for this request, wherever it was started (usually by the
 * TransactionInterceptor around a mutating request). Serialization failures and deadlocks re-run the whole
 * unit of work a bounded number of times.
 */
@Injectable()
export class TransactionalConnection {
  private readonly logger = new Logger('TransactionalConnection');
  private readonly scope = new AsyncLocalStorage<TransactionScope>();

  constructor(readonly dataSource: DataSource) {}

  /** The manager of the current transaction, or the pool-backed one outside a transaction. */
  get manager(): EntityManager {
    return this.scope.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.scope.getStore() !== undefined;
  }

  getRepository<Entity extends ObjectLiteral>(target: EntityTarget<Entity>): Repository<Entity> {
    return this.manager.getRepository(target);
  }

  /**
   * Runs `work` in a transaction; joins the current one when already inside a transaction, so services
   * compose without knowing who started it. Only the outermost call retries.
   */
  async withTransaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const current = this.scope.getStore();
    if (current) return work(current.manager);
    for (let attempt = 1; ; attempt++) {
      const scope: TransactionScope = { manager: this.dataSource.manager, afterCommit: [] };
      try {
        const result = await this.runInTransaction(scope, work, options);
        await this.runAfterCommit(scope);
        return result;
      } catch (error) {
        if (!isRetryableTransactionError(error) || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
        this.logger.warn(`Transaction attempt ${attempt} hit a serialization failure or deadlock; retrying`);
        await delay(retryDelayMs(attempt));
      }
    }
  }

  /**
   * Registers work to run once the current transaction has committed (publishing events, for instance), so
   * nothing outside the database hears about a change that was rolled back. Outside a transaction it runs now.
   */
  afterCommit(callback: () => void | Promise<void>): void {
    const current = this.scope.getStore();
    if (current) current.afterCommit.push(callback);
    else void Promise.resolve(callback()).catch((error) => this.logger.error(error));
  }

  private runInTransaction<T>(
    scope: TransactionScope,
    work: (manager: EntityManager) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    const body = (manager: EntityManager) => {
      scope.manager = manager;
      return this.scope.run(scope, () => work(manager));
    };
    return options.isolation
      ? this.dataSource.transaction(options.isolation, body)
      : this.dataSource.transaction(body);
  }

  private async runAfterCommit(scope: TransactionScope): Promise<void> {
    for (const callback of scope.afterCommit) {
      try {
        await callback();
      } catch (error) {
        // The change is committed; a failing listener must not turn a success into an error for the caller.
        this.logger.error({ err: error }, 'An after-commit callback failed');
      }
    }
  }
}
