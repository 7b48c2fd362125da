/** One field-level problem, as listed in a problem's `errors` array. */
export interface FieldProblem {
  /** Dotted path of the offending input, e.g. `skus.0.code` or `If-Match`. */
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  detail?: string;
  errors?: FieldProblem[];
  /** Headers the response must carry, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * The one base for errors a domain throws on purpose. `code` is the stable, machine-readable name a client
 * branches on (`ORG_UNIT_NOT_FOUND`); `status` is the HTTP status the problem filter answers with. Domains
 * subclass it in their `*.errors.ts` so each error is declared once and named for what went wrong.
 */
export class DomainError extends Error {
  readonly detail: string;
  readonly errors?: FieldProblem[];
  readonly headers?: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    options: DomainErrorOptions = {},
  ) {
    super(options.detail ?? title);
    this.name = new.target.name;
    this.detail = options.detail ?? title;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, detail: string) {
    super(404, code, 'Not found', { detail });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(409, code, 'Conflict', { detail, errors });
  }
}

export class InvalidInputError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(400, code, 'Invalid input', { detail, errors });
  }
}

/** Input that is well-formed but breaks a business rule (HTTP 422). */
export class BusinessRuleError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(422, code, 'Business rule violated', { detail, errors });
  }
}
