import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class SiteContentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SITE_CONTENT_NOT_FOUND', `There is no site content ${id}.`);
  }
}

export class SiteContentSlugTakenError extends ConflictError {
  constructor(slug: string) {
    super('SITE_CONTENT_SLUG_TAKEN', `This kind and language already have ${slug}.`, [
      { field: 'slug', message: 'already used' },
    ]);
  }
}

export class SiteContentScheduleInvalidError extends BusinessRuleError {
  constructor() {
    super('SITE_CONTENT_SCHEDULE_INVALID', 'publishUntil must be after publishFrom.', [
      { field: 'publishUntil', message: 'must be after publishFrom' },
    ]);
  }
}
