import { DomainError } from '../../common/domain-error';

export class DuplicateLeadError extends DomainError {
  constructor(existing: { id: string; name: string }, matchedOn: 'email' | 'company_and_name') {
    super(
      'conflict',
      matchedOn === 'email'
        ? `A lead with this e-mail already exists: ${existing.name}.`
        : `${existing.name} at this company is already a lead.`,
      { duplicateOf: existing.id, matchedOn },
    );
  }
}
