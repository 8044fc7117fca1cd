import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../common/domain-error';
import { ENTRY_TYPES, EntryType } from './entities/ledger-entry.entity';
import { entryView } from './entry.view';
import { ENTRY_COLUMNS, LedgerRepository, toEntry } from './ledger.repository';

export interface TransactionQuery {
  type?: string;
  from?: Date;
  to?: Date;
  department?: string;
  project?: string;
  referenceType?: string;
  referenceId?: string;
  cursor?: string;
  limit?: number;
}

/** Ledger history, newest first, with a cursor on the per-organization sequence. */
@Injectable()
export class TransactionsService {
  constructor(private readonly ledger: LedgerRepository) {}

  async list(organizationId: string, query: TransactionQuery) {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
    const where = ['organization_id = $1'];
    const params: unknown[] = [organizationId];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.type) {
      const types = query.type.split(',').map((t) => t.trim());
      const unknown = types.filter((t) => !ENTRY_TYPES.includes(t as EntryType));
      if (unknown.length) throw new ValidationFailedError(`type must be one of ${ENTRY_TYPES.join(', ')}`, { fields: { type: [`unknown: ${unknown.join(', ')}`] } });
      add('type = ANY(?)', types);
    }
    if (query.from) add('created_at >= ?', query.from);
    if (query.to) add('created_at < ?', query.to);
    if (query.department) add('department = ?', query.department);
    if (query.project) add('project = ?', query.project);
    if (query.referenceType) add('reference_type = ?', query.referenceType);
    if (query.referenceId) add('reference_id = ?', query.referenceId);
    if (query.cursor !== undefined) {
      if (!/^\d{1,18}$/.test(query.cursor)) throw new ValidationFailedError('cursor is not valid; pass the nextCursor of the previous page');
      add('sequence < ?', query.cursor);
    }
    params.push(limit + 1);
    const rows = await this.ledger.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM credit_ledger_entries WHERE ${where.join(' AND ')} ORDER BY sequence DESC LIMIT $${params.length}`,
      params,
    );
    const entries = rows.slice(0, limit).map(toEntry);
    return {
      items: entries.map(entryView),
      nextCursor: rows.length > limit ? entries[entries.length - 1].sequence.toString() : null,
    };
  }
}
