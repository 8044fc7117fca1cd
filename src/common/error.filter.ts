import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId?: string };
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** Maps any thrown error to the contract's `{error:{code,message}}` shape and status. */
export function toErrorResponse(exception: unknown): { status: number; body: ErrorBody } {
  if (exception instanceof DomainError) {
    return {
      status: exception.status,
      body: { error: { code: exception.code, message: exception.message, ...(exception.details ? { details: exception.details } : {}) } },
    };
  }
  if (exception instanceof ThrottlerException) {
    return { status: 429, body: { error: { code: 'rate_limited', message: 'Too many requests; wait a minute and try again.' } } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    let message = exception.message;
    if (typeof response === 'object' && response !== null && 'message' in response) {
      const inner = (response as { message: unknown }).message;
      message = Array.isArray(inner) ? inner.join('; ') : String(inner);
    }
    if (status === 413) message = 'The request body is too large.';
    if (status === 400 && /JSON/i.test(message)) message = `The request body is not valid JSON: ${message}`;
    return { status, body: { error: { code: STATUS_CODES[status] ?? 'invalid_request', message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'Something went wrong on our side; it has been logged.' } } };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorResponse(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const requestId = response.getHeader('x-request-id');
    if (requestId) body.error.requestId = String(requestId);
    response.status(status).json(body);
  }
}
