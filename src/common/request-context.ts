import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextData {
  requestId: string;
}

/** Carries the request id through async work so logs and audit rows can name it. */
export const requestContext = new AsyncLocalStorage<RequestContextData>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
