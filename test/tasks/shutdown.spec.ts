import { invoiceSandboxWorkers } from '../../src/agents/invoice-processor';
import { bearer, createOrganizationWithKey, startTestApp } from '../support/test-app';
import { grant, waitForTask } from './task-helpers';

const INVOICE = [
  'INVOICE',
  'Invoice number: INV-2026-0042',
  'Invoice date: 2026-11-02',
  'Seller: Northwind Supplies Ltd',
  'Bill to: Acme Bakery',
  'Subtotal: 100.00 EUR',
  'VAT 20%: 20.00 EUR',
  'Total due: 120.00 EUR',
].join('\n');

describe('application shutdown', () => {
  it("stops the invoice processor's worker threads when the application closes", async () => {
    const t = await startTestApp({ database: 'pglite' });
    try {
      const org = await createOrganizationWithKey(t, 'Shutdown Co');
      await grant(t, org.organizationId, '10');
      const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'invoice-processor', input: { text: INVOICE } }).expect(202);
      const task = await waitForTask(t, org.key, created.body.id, 60_000);
      expect(task.status).toBe('succeeded');
      expect(task.output.total).toBe('120.00');
      expect(invoiceSandboxWorkers()).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
    expect(invoiceSandboxWorkers()).toBe(0);
  });
});
