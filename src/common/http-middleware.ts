import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics';
import { requestContext } from './request-context';

const VALID_REQUEST_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Assigns (or accepts) X-Request-Id, runs the request inside its context, and times it by route. */
export function requestMiddleware(logRequests: boolean, log: (line: Record<string, unknown>) => void) {
  return (request: Request, response: Response, next: NextFunction) => {
    const incoming = request.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader('x-request-id', requestId);
    const stop = httpRequestDuration.startTimer();
    const started = performance.now();
    response.on('finish', () => {
      // the matched route pattern, never the raw path, keeps label cardinality bounded
      const route = request.route?.path ? `${request.baseUrl ?? ''}${request.route.path}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
      if (logRequests) {
        requestContext.run({ requestId }, () =>
          log({ msg: 'request', method: request.method, route, status: response.statusCode, ms: Math.round((performance.now() - started) * 10) / 10 }),
        );
      }
    });
    requestContext.run({ requestId }, () => next());
  };
}
