/**
 * Coded errors thrown by services. One filter (http-exception.filter.ts) maps the code to
 * an HTTP status and the contract's error shape; chat adapters map it to a reply.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_request: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  insufficient_credits: 402,
  budget_exceeded: 402,
  plan_limit_reached: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  last_owner: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super('forbidden', message);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('validation_failed', message, details);
  }
}
