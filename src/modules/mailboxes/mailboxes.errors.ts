import { DomainError, ValidationFailedError } from '../../common/domain-error';

export class MailboxSecretMissingError extends ValidationFailedError {
  constructor() {
    super('imap needs a password or an accessToken.', { fields: { 'imap.password': ['password or accessToken is required'] } });
  }
}

export class InvalidCategoryTargetsError extends ValidationFailedError {
  constructor() {
    super('categoryTargets maps a category name to a folder or keyword (strings of up to 255 characters).', { fields: { categoryTargets: ['invalid'] } });
  }
}

/** A sealed secret no longer opens: the encryption key changed. */
export class MailboxSecretUnreadableError extends DomainError {
  constructor() {
    super('unprocessable', 'The stored mailbox password cannot be decrypted (STEWARD_ENCRYPTION_KEY changed?); set it again.');
  }
}
