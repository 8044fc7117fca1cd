import { NO_USAGE, type TokenUsage } from './llm.types';

export type LlmErrorKind = 'transient' | 'permanent';

export type LlmErrorCode =
  | 'timeout'
  | 'aborted'
  | 'rate_limited'
  | 'server_error'
  | 'connection_failed'
  | 'unauthorized'
  | 'quota_exceeded'
  | 'model_not_found'
  | 'bad_request'
  | 'context_overflow'
  | 'invalid_output'
  | 'unknown';

const KIND: Record<LlmErrorCode, LlmErrorKind> = {
  timeout: 'transient',
  aborted: 'transient',
  rate_limited: 'transient',
  server_error: 'transient',
  connection_failed: 'transient',
  unauthorized: 'permanent',
  quota_exceeded: 'permanent',
  model_not_found: 'permanent',
  bad_request: 'permanent',
  context_overflow: 'permanent',
  invalid_output: 'permanent',
  unknown: 'permanent',
};

/**
 * A failed model call, sorted so the task executor can decide: transient → retry with
 * backoff, permanent → fail the task. `usage` is what the provider still charged (for
 * example an answer that did not match the schema).
 */
export class LlmError extends Error {
  readonly kind: LlmErrorKind;

  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly options: { status?: number; usage?: TokenUsage; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'LlmError';
    this.kind = KIND[code];
  }

  get transient(): boolean {
    return this.kind === 'transient';
  }

  get status(): number | undefined {
    return this.options.status;
  }

  get usage(): TokenUsage {
    return this.options.usage ?? NO_USAGE;
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET']);

/** Maps whatever the OpenAI SDK or LangChain threw onto an LlmError. */
export function classifyLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const make = (code: LlmErrorCode, status?: number) => new LlmError(code, `${describe(code)}: ${message}`, { status, cause: error });
  const name = error instanceof Error ? error.name : '';
  const ctor = errorConstructorName(error);

  if (name === 'TimeoutError' || ctor === 'APIConnectionTimeoutError') return make('timeout');
  if (name === 'AbortError' || ctor === 'APIUserAbortError') return make('aborted');
  if (name === 'ContextOverflowError' || /context_length_exceeded|maximum context length/.test(message)) return make('context_overflow', statusOf(error));

  const status = statusOf(error);
  if (status !== undefined) return make(codeForStatus(status, error), status);

  if (ctor === 'APIConnectionError' || hasNetworkCause(error)) return make('connection_failed');
  if (['OutputParserException', 'ZodError', 'SyntaxError', 'LengthFinishReasonError', 'ContentFilterFinishReasonError'].includes(ctor || name)) {
    return make('invalid_output');
  }
  return make('unknown');
}

function codeForStatus(status: number, error: unknown): LlmErrorCode {
  if (status === 429) return providerCode(error) === 'insufficient_quota' ? 'quota_exceeded' : 'rate_limited';
  if (status === 408 || status === 409 || status >= 500) return 'server_error';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'model_not_found';
  return 'bad_request';
}

function describe(code: LlmErrorCode): string {
  return `model call failed (${code})`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function providerCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorConstructorName(error: unknown): string | undefined {
  return error && typeof error === 'object' ? (error as object).constructor?.name : undefined;
}

function hasNetworkCause(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
