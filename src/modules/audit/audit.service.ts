import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GroupCommit } from '../../database/group-commit';
import { currentRequestId } from '../../common/request-context';
import { actorOf, Principal } from '../auth/principal';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  organizationId: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditQuery {
  organizationId: string | null;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  before?: Date;
}

const COLUMNS = 8;
type AuditRow = [string | null, string, string | null, string, string | null, string | null, string | null, string | null];

/** One multi-row INSERT for many audit rows. */
function insertRows(rows: AuditRow[]): { sql: string; values: unknown[] } {
  const tuples = rows.map((_, i) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`);
  return {
    sql: `INSERT INTO audit_logs (organization_id, actor_type, actor_id, action, target_type, target_id, request_id, details) VALUES ${tuples.join(', ')}`,
    values: rows.flat(),
  };
}

@Injectable()
export class AuditService {
  /** Rows written outside a caller's transaction share round trips under load (see GroupCommit). */
  private readonly writer: GroupCommit<AuditRow>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.writer = new GroupCommit(async (rows) => {
      const { sql, values } = insertRows(rows);
      await this.db.query(sql, values);
    });
  }

  /**
   * Resolves once the row is committed. Pass the transaction's manager so the audit row
   * commits (or not) with the write.
   */
  async record(principal: Principal, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const { actorType, actorId } = actorOf(principal);
    const row: AuditRow = [
      entry.organizationId,
      actorType,
      actorId,
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      currentRequestId() ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ];
    if (!manager) return this.writer.submit(row);
    // plain SQL: this runs on every write, and the ORM's insert builder costs more than the row
    const { sql, values } = insertRows([row]);
    await manager.query(sql, values);
  }

  async search(query: AuditQuery) {
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').take(query.limit + 1);
    if (query.organizationId) qb.andWhere('a.organization_id = :org', { org: query.organizationId });
    if (query.actorId) qb.andWhere('a.actor_id = :actor', { actor: query.actorId });
    if (query.action) qb.andWhere(query.action.endsWith('*') ? 'a.action LIKE :action' : 'a.action = :action', { action: query.action.replace(/\*$/, '%') });
    if (query.from) qb.andWhere('a.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.created_at < :to', { to: query.to });
    if (query.before) qb.andWhere('a.created_at < :before', { before: query.before });
    const rows = await qb.getMany();
    const items = rows.slice(0, query.limit);
    return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].createdAt.toISOString() : null };
  }
}
