// The platform's public surface: what domain modules and the API app may use.
export { Public, RequirePermission, SignedIn } from './access/access.decorators';
export { ACCESS_RULE } from './access/access.decorators';
export type { AccessRule } from './access/access.decorators';
export { ForbiddenError, UnauthenticatedError } from './access/access.errors';
export { WHOLE_COMPANY } from './access/actor';
export type { Actor, DataScope } from './access/actor';
export { ActorResolver } from './access/actor-resolver';
export { applyDataScope, scopeAllows } from './access/data-scope';
export { currentActor, currentRequestContext, runAsActor } from './access/request-context';
export type { RequestContext } from './access/request-context';
export { AppConfig } from './config/app-config';
export { AuditEvent } from './audit/audit-event.entity';
export type { AuditActorKind, AuditChanges } from './audit/audit-event.entity';
export { AuditWriter } from './audit/audit-writer';
export type { AuditEntry } from './audit/audit-writer';
export { NotAudited } from './audit/not-audited.decorator';
export { ConfigError, loadConfig } from './config/load-config';
export { assertVersionMatches, etagFor, parseIfMatch, StaleVersionError } from './concurrency/etag';
export { ApiIfMatch, IfMatch } from './concurrency/if-match.decorator';
export type { MigrationClass } from './database/data-source-options';
export { EmbeddedPostgres } from './database/embedded/embedded-postgres';
export { NO_TRANSACTION, NoTransaction } from './database/transaction.interceptor';
export { preparedQuery } from './database/prepared-query';
export type { PreparedStatement } from './database/prepared-query';
export { TransactionalConnection } from './database/transactional-connection';
export { VERSIONED_COLUMNS_SQL, VersionedEntity } from './database/versioned.entity';
export { DemoData } from './demo-data/demo-data';
export { DocumentNumbers } from './documents/document-numbers';
export { GappedDocumentNumbers } from './documents/gapped-document-numbers';
export { OnEvent } from './events/domain-event';
export type { DomainEvent, EventSubscriber } from './events/domain-event';
export { EventBus } from './events/event-bus';
export { JobQueue } from './jobs/job-queue';
export type { JobAttempt, JobRetryPolicy } from './jobs/job-queue';
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
export { ApiFileUpload, readUploadedFile, sendAttachment } from './http/file-transfer';
export { isDatabaseUnavailableError } from './errors/database-error-problems';
export type { UploadedFile } from './http/file-transfer';
export { bigintAsNumber, MoneyColumn } from './money/money.column';
export { Money, MoneyError } from './money/money';
export type { Rounding } from './money/money';
export { ApiProblemResponses } from './openapi/api-problem-responses';
export { buildOpenApiDocument } from './openapi/setup-openapi';
export { decodeCursor, encodeCursor } from './pagination/cursor';
export { paginate } from './pagination/keyset-paginator';
export type { KeysetOptions, SortKey } from './pagination/keyset-paginator';
export { ApiPageResponse, mapPage } from './pagination/page';
export type { Page } from './pagination/page';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, PageQuery } from './pagination/page-query';
export { platformMigrations } from './migrations';
export { searchMatchFor, searchTermsOf } from './search/text-search';
export type { SearchMatch } from './search/text-search';
export { assertStorageKey, FileStorage } from './storage/file-storage';
export type { StoredFile } from './storage/file-storage';
export { PlatformModule } from './platform.module';
export type { PlatformOptions } from './platform.module';
export { IsoDateTime } from './validation/iso-date-time';
export { addDays, addMonths, beijingDate, beijingMidnight, monthsBefore } from './work-calendar/beijing-time';
export { WorkCalendarDay } from './work-calendar/work-calendar-day.entity';
export type { CalendarExceptionKind } from './work-calendar/work-calendar-day.entity';
export { WorkCalendarService } from './work-calendar/work-calendar.service';
export type { CalendarDayInput } from './work-calendar/work-calendar.service';
export { OFFICE_HOURS, WorkingTimeCalendar } from './work-calendar/working-time-calendar';
export type { DayKind, WorkingHours } from './work-calendar/working-time-calendar';
