import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

function rowsOf<T>(result: unknown): T[] {
  // TypeORM answers INSERT/UPDATE … RETURNING as [rows, count] and SELECT as rows
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * One live watcher per mailbox across every process: a lease row with a holder and an expiry
 * on the database clock. A holder renews it; anyone takes it once it has expired.
 */
@Injectable()
export class MailboxLeasesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Takes or renews the lease; true when `holderId` holds it for the next `ttlMs`. */
  async acquire(mailboxId: string, holderId: string, ttlMs: number): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO mailbox_leases (mailbox_id, holder_id, expires_at, generation, acquired_at)
       VALUES ($1, $2, now() + ($3::bigint * interval '1 millisecond'), 1, now())
       ON CONFLICT (mailbox_id) DO UPDATE
          SET expires_at = EXCLUDED.expires_at,
              generation = mailbox_leases.generation + CASE WHEN mailbox_leases.holder_id = EXCLUDED.holder_id THEN 0 ELSE 1 END,
              acquired_at = CASE WHEN mailbox_leases.holder_id = EXCLUDED.holder_id THEN mailbox_leases.acquired_at ELSE now() END,
              holder_id = EXCLUDED.holder_id
        WHERE mailbox_leases.holder_id = EXCLUDED.holder_id OR mailbox_leases.expires_at < now()
       RETURNING holder_id`,
      [mailboxId, holderId, ttlMs],
    );
    return rowsOf<{ holder_id: string }>(result).length === 1;
  }

  /** Whether `holderId` still holds an unexpired lease (checked before each sync pass). */
  async holds(mailboxId: string, holderId: string): Promise<boolean> {
    const rows = rowsOf(await this.db.query(`SELECT 1 FROM mailbox_leases WHERE mailbox_id = $1 AND holder_id = $2 AND expires_at > now()`, [mailboxId, holderId]));
    return rows.length === 1;
  }

  async release(mailboxId: string, holderId: string): Promise<void> {
    await this.db.query(`DELETE FROM mailbox_leases WHERE mailbox_id = $1 AND holder_id = $2`, [mailboxId, holderId]);
  }

  async holder(mailboxId: string): Promise<{ holderId: string; expiresAt: Date } | null> {
    const rows = rowsOf<{ holder_id: string; expires_at: Date }>(await this.db.query(`SELECT holder_id, expires_at FROM mailbox_leases WHERE mailbox_id = $1`, [mailboxId]));
    return rows[0] ? { holderId: rows[0].holder_id, expiresAt: new Date(rows[0].expires_at) } : null;
  }
}
