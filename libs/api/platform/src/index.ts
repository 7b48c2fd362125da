// The platform's public surface: what domain modules and the API app may use.
export { AppConfig } from './config/app-config';
export { ConfigError, loadConfig } from './config/load-config';
export { assertVersionMatches, etagFor, parseIfMatch, StaleVersionError } from './concurrency/etag';
export { ApiIfMatch, IfMatch } from './concurrency/if-match.decorator';
export type { MigrationClass } from './database/data-source-options';
export { EmbeddedPostgres } from './database/embedded/embedded-postgres';
export { NO_TRANSACTION } from './database/transaction.interceptor';
export { TransactionalConnection } from './database/transactional-connection';
export { VERSIONED_COLUMNS_SQL, VersionedEntity } from './database/versioned.entity';
export { DemoData } from './demo-data/demo-data';
export type { DemoDataSeeder } from './demo-data/demo-data';
export {
  BusinessRuleError,
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
} from './errors/domain-error';
export type { FieldProblem } from './errors/domain-error';
export { ProblemDetailsSchema } from './errors/problem-details';
export { Lifecycle } from './health/lifecycle';
export { API_PREFIX, createApiApplication } from './http/create-api-application';
export { bigintAsNumber, MoneyColumn } from './money/money.column';
export { Money, MoneyError } from './money/money';
export type { Rounding } from './money/money';
export { ApiProblemResponses } from './openapi/api-problem-responses';
export { buildOpenApiDocument } from './openapi/setup-openapi';
export { encodeCursor } from './pagination/cursor';
export { paginate } from './pagination/keyset-paginator';
export type { KeysetOptions, SortKey } from './pagination/keyset-paginator';
export { ApiPageResponse, mapPage } from './pagination/page';
export type { Page } from './pagination/page';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, PageQuery } from './pagination/page-query';
export { PlatformModule } from './platform.module';
export type { PlatformOptions } from './platform.module';
