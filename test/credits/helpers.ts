import { DomainEvent, DomainEvents } from '../../src/common/domain-events';
import { bearer, TestApp } from '../support/test-app';

/** Grants credits through the public API as the platform admin. */
export async function grantCredits(t: TestApp, organizationId: string, amount: string, extra: Record<string, unknown> = {}) {
  const res = await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount, reason: 'test grant', ...extra }).expect(201);
  return res.body;
}

export async function balanceOf(t: TestApp, key: string) {
  return (await t.http().get('/api/v1/credits/balance').set(bearer(key)).expect(200)).body as { balance: string; held: string; available: string };
}

/** Records domain events of the given types until stopped. */
export function recordEvents(t: TestApp, ...types: string[]) {
  const events: DomainEvent[] = [];
  const stops = types.map((type) => t.get<DomainEvents>(DomainEvents).subscribe(type, (event) => void events.push(event)));
  return { events, stop: () => stops.forEach((stop) => stop()) };
}

export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** An organization row for service-level tests (no keys needed). */
export async function insertOrganization(t: TestApp, name: string, plan = 'free'): Promise<string> {
  const [row] = await t.db.query(`INSERT INTO organizations (name, plan) VALUES ($1, $2) RETURNING id`, [name, plan]);
  return row.id;
}
