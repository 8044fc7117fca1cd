import { DomainError } from '../../common/domain-error';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class UnknownAgentError extends DomainError {
  constructor(agent: string, known: string[]) {
    super('validation_failed', `There is no agent called "${agent}". Agents: ${known.join(', ')}.`, { fields: { agent: ['unknown agent'] } });
  }
}

export class TaskNotCancellableError extends DomainError {
  constructor(status: string) {
    super('conflict', `The task is ${status} and can no longer be cancelled.`);
  }
}

/** A task's failure as a person reads it. */
export interface TaskFailure {
  code: string;
  message: string;
}
