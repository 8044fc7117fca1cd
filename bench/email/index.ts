/**
 * E-mail channel throughput and latency: APPEND to a real Dovecot → IDLE watcher → ingest →
 * offline agent → SMTP reply captured by a real SMTP server. Prints mails/s and the p50/p95
 * latency from arrival (APPEND) to reply. Needs PostgreSQL (localhost:5432, database `test`);
 * installs Dovecot from Debian when missing. Jobs run in process (no Redis).
 *
 *   npx ts-node --transpile-only bench/email/index.ts [mails=200] [invoiceEvery=10]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { parseCredits } from '../../src/common/money';
import { AppConfig } from '../../src/config/app-config';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { MailboxesService } from '../../src/modules/mailboxes/mailboxes.service';
import { OrganizationsService } from '../../src/modules/organizations/organizations.service';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { createTestDatabase } from '../../test/support/databases';
import { startDovecot } from '../../test/support/dovecot';
import { startSmtpSink } from '../../test/support/smtp-sink';
import { forwardedInvoiceMail, plainMail } from '../../test/email/mail-helpers';

const COUNT = Number(process.argv[2] ?? 200);
const INVOICE_EVERY = Number(process.argv[3] ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function main() {
  const dovecot = await startDovecot();
  const smtp = await startSmtpSink();
  const database = await createTestDatabase('benchmail');
  const user = 'bench@acme.test';
  dovecot.addUser(user, 'bench-pass');
  const config = AppConfig.fromEnv(
    { DATABASE_URL: database.url, JWT_SECRET: 'bench-email-jwt-secret-0123456789abcdef', LOG_LEVEL: 'error', WORKER_CONCURRENCY: '8', MAIL_POLL_INTERVAL_MS: '30000', DOCS_ENABLED: 'false', METRICS_ENABLED: 'false' } as NodeJS.ProcessEnv,
    'all',
  );
  let app: INestApplication | undefined;
  try {
    app = await createApp(config);
    await app.init();
    const db = app.get(DataSource);
    await db.query(`UPDATE plans SET monthly_tasks = 100000000`);
    const org = await app.get(OrganizationsService).create({ name: 'Bench Mail Co', plan: 'enterprise', ownerEmail: 'owner@acme.test' } as never, null);
    await app.get(OrganizationsService).addMember(org.id, { email: 'bookkeeper@acme.test', role: 'member' } as never, systemPrincipal(org.id));
    await app.get(CreditsService).grant({ organizationId: org.id, amount: parseCredits('1000000'), idempotencyKey: 'bench-grant', reason: 'bench' } as never);
    const client = await dovecot.client(user, 'bench-pass');
    await app.get(MailboxesService).create(org.id, {
      name: 'bench',
      imap: { host: dovecot.host, port: dovecot.port, secure: false, user, password: 'bench-pass', folder: 'INBOX' },
      smtp: { host: smtp.host, port: smtp.port, secure: false, user: smtp.user, password: smtp.password, from: `Steward <${user}>` },
    });
    // warm up: one sorted mail and one invoice (model load, PDF worker pool)
    await client.append('INBOX', Buffer.from(plainMail({ from: 'bookkeeper@acme.test', subject: 'warm up' })));
    await client.append('INBOX', Buffer.from(forwardedInvoiceMail({ from: 'bookkeeper@acme.test' })));
    await smtp.waitFor(2, 60_000);

    const appendedAt = new Map<string, number>();
    const base = smtp.messages.length;
    const started = performance.now();
    for (let i = 0; i < COUNT; i += 1) {
      const messageId = `<bench-${i}-${randomBytes(3).toString('hex')}@acme.test>`;
      const raw = INVOICE_EVERY > 0 && i % INVOICE_EVERY === 0
        ? forwardedInvoiceMail({ from: 'bookkeeper@acme.test', messageId })
        : plainMail({ from: 'bookkeeper@acme.test', subject: `Order ${i} question`, body: `When will order ${i} ship? Thanks.`, messageId });
      appendedAt.set(messageId, Date.now());
      await client.append('INBOX', Buffer.from(raw));
    }
    const appendSeconds = (performance.now() - started) / 1000;
    await smtp.waitFor(base + COUNT, 600_000);
    const seconds = (performance.now() - started) / 1000;
    const latencies = smtp.messages
      .slice(base)
      .map((m) => m.at - (appendedAt.get(m.parsed.inReplyTo ?? '') ?? NaN))
      .filter((v) => Number.isFinite(v))
      .sort((a, b) => a - b);
    await client.logout();
    console.log(`| e-mail channel (${COUNT} mails, 1 in ${INVOICE_EVERY} a forwarded PDF invoice, offline agents, IDLE) | value |`);
    console.log('| --- | --- |');
    console.log(`| APPEND rate (test client) | ${(COUNT / appendSeconds).toFixed(1)} mails/s |`);
    console.log(`| throughput APPEND → SMTP reply | ${(COUNT / seconds).toFixed(1)} mails/s |`);
    console.log(`| latency arrival → reply p50 / p95 / max | ${percentile(latencies, 0.5)} ms / ${percentile(latencies, 0.95)} ms / ${latencies[latencies.length - 1]} ms |`);
    console.log(`| replies received | ${latencies.length} of ${COUNT} |`);
  } finally {
    await app?.close();
    await smtp.close();
    await dovecot.stop();
    await database.drop();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
