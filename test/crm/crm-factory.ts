import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { nameKey } from '../../src/modules/crm/lead-keys';
import type { Example } from '../../src/modules/crm/scoring/logistic';

const DAY = 86_400_000;

/**
 * Inserts leads straight into crm_leads (bulk, one statement per thousand): closed examples
 * become won/lost leads whose last touch was `daysSinceActivity` before closing; open ones
 * ("open: true") keep their status new and were last touched that many days ago.
 */
export async function seedLeads(db: DataSource, organizationId: string, examples: Example[], options: { open?: boolean; prefix?: string } = {}) {
  const now = Date.now();
  const ids: string[] = [];
  for (let start = 0; start < examples.length; start += 1000) {
    const chunk = examples.slice(start, start + 1000);
    const rows = chunk.map((e, i) => {
      const n = start + i;
      const id = randomUUID();
      ids.push(id);
      const name = `${options.prefix ?? 'Lead'} ${n}`;
      const closedAt = options.open ? null : new Date(now - (n % 90) * DAY);
      const touched = new Date((closedAt?.getTime() ?? now) - e.facts.daysSinceActivity * DAY);
      return {
        id,
        name,
        name_key: nameKey(name),
        company: e.facts.hasCompany ? `Company ${n}` : null,
        email: e.facts.hasEmail ? `lead${n}@${(options.prefix ?? 'lead').toLowerCase().replace(/\W/g, '')}.example` : null,
        phone: e.facts.hasPhone ? `+1 555 ${String(n).padStart(7, '0')}` : null,
        source: e.facts.source,
        status: options.open ? 'new' : e.won ? 'won' : 'lost',
        priority: e.facts.priority,
        value: e.facts.value === null ? null : e.facts.value.toFixed(2),
        activity_count: e.facts.activityCount,
        last_activity_at: e.facts.activityCount > 0 ? touched.toISOString() : null,
        created_at: (e.facts.activityCount > 0 ? new Date(touched.getTime() - DAY) : touched).toISOString(),
        closed_at: closedAt?.toISOString() ?? null,
      };
    });
    await db.query(
      `INSERT INTO crm_leads (id, organization_id, name, name_key, company, company_key, email, email_key, phone, source, status, priority, value,
                              activity_count, last_activity_at, created_at, closed_at)
       SELECT r.id, $1, r.name, r.name_key, r.company, lower(r.company), r.email, r.email, r.phone, r.source, r.status, r.priority, r.value,
              r.activity_count, r.last_activity_at, r.created_at, r.closed_at
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name text, name_key text, company text, email text, phone text, source text, status text,
              priority text, value numeric, activity_count int, last_activity_at timestamptz, created_at timestamptz, closed_at timestamptz)`,
      [organizationId, JSON.stringify(rows)],
    );
  }
  return ids;
}
