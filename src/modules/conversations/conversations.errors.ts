import { DomainError } from '../../common/domain-error';

export class LinkCodeInvalidError extends DomainError {
  constructor() {
    super('not_found', 'That link code is unknown, used or expired. Ask an admin of your organization for a new one (POST /api/v1/integrations/link-codes).');
  }
}

export class WorkspaceLinkedElsewhereError extends DomainError {
  constructor() {
    super('conflict', 'This workspace is already linked to another organization; an admin there must unlink it first.');
  }
}

export class LinkOnlyInChatError extends DomainError {
  constructor() {
    super('invalid_request', '`link <code>` works inside the Slack workspace or Discord server you want to link.');
  }
}
