import { ImapFlow } from 'imapflow';
import { DomainEvents } from '../../src/common/domain-events';
import { startDovecot, DovecotServer } from '../support/dovecot';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance } from '../tasks/task-helpers';
import {
  appendMail,
  createMailbox,
  flagsOf,
  forwardedInvoiceMail,
  mailboxBody,
  mailOrganization,
  MailOrg,
  mailWithAttachments,
  messagesOf,
  plainMail,
  waitUntil,
} from './mail-helpers';

describe('e-mail channel against Dovecot and an SMTP server', () => {
  let dovecot: DovecotServer;
  let smtp: SmtpSink;
  let t: TestApp;
  let org: MailOrg;
  let mailboxId: string;
  let imap: ImapFlow;
  const user = 'invoices@acme.test';
  const password = 'imap-Secret-42';
  const alerts: unknown[] = [];

  beforeAll(async () => {
    dovecot = await startDovecot();
    dovecot.addUser(user, password);
    dovecot.addUser('other@acme.test', 'other-pass');
    smtp = await startSmtpSink();
    t = await startTestApp({
      database: 'postgres',
      env: { MAIL_POLL_INTERVAL_MS: '1500', MAIL_LEASE_TTL_MS: '3000', MAIL_STALE_AFTER_MS: '2000', MAIL_MAX_ATTACHMENTS: '3' },
    });
    t.get<DomainEvents>(DomainEvents).subscribe('mailbox.alert', (event) => void alerts.push(event));
    org = await mailOrganization(t, 'Mail Co');
    mailboxId = await createMailbox(t, org.key, mailboxBody(dovecot, smtp, user, password, { categoryAction: 'keyword' }));
    imap = await dovecot.client(user, password);
  });

  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await t?.close();
    await smtp?.close();
    await dovecot?.stop();
  });

  describe('mailbox settings', () => {
    it('creates, reads, updates and deletes; secrets are never returned and are sealed in the database', async () => {
      const body = mailboxBody(dovecot, smtp, 'other@acme.test', 'other-pass', { allowedSenders: ['Partner@Vendor.test', '@trusted.test'] });
      const id = await createMailbox(t, org.key, body);
      const got = await t.http().get(`/api/v1/mailboxes/${id}`).set(bearer(org.key)).expect(200);
      expect(got.body).toMatchObject({ id, name: body.name, state: expect.any(String), lastSyncedAt: null, lastError: null, processedCount: 0 });
      expect(got.body.allowedSenders).toEqual(['partner@vendor.test', '@trusted.test']);
      const everything = JSON.stringify((await t.http().get('/api/v1/mailboxes').set(bearer(org.key)).expect(200)).body);
      expect(everything).not.toContain('other-pass');
      expect(everything).not.toContain(smtp.password);
      expect(everything).not.toMatch(/"password":/);
      const [row] = await t.db.query(`SELECT imap_secret_sealed, smtp_secret_sealed FROM mailboxes WHERE id = $1`, [id]);
      expect(row.imap_secret_sealed).toMatch(/^v1\./);
      expect(row.imap_secret_sealed).not.toContain('other-pass');
      expect(row.smtp_secret_sealed).not.toContain(smtp.password);

      await t.http().patch(`/api/v1/mailboxes/${id}`).set(bearer(org.key)).send({ name: 'Renamed', enabled: false }).expect(200);
      expect((await t.http().get(`/api/v1/mailboxes/${id}`).set(bearer(org.key)).expect(200)).body).toMatchObject({ name: 'Renamed', state: 'disabled' });

      const stranger = await createOrganizationWithKey(t, 'Stranger Co');
      await t.http().get(`/api/v1/mailboxes/${id}`).set(bearer(stranger.key)).expect(404);
      await t.http().delete(`/api/v1/mailboxes/${id}`).set(bearer(stranger.key)).expect(404);
      const member = await t.http().post(`/api/v1/organizations/${org.organizationId}/api-keys`).set(bearer(t.adminKey)).send({ name: 'member', role: 'member' }).expect(201);
      await t.http().post('/api/v1/mailboxes').set(bearer(member.body.key)).send(body).expect(403);
      await t.http().post('/api/v1/mailboxes').set(bearer(org.key)).send({ ...body, imap: { ...body.imap, password: undefined } }).expect(400);

      await t.http().delete(`/api/v1/mailboxes/${id}`).set(bearer(org.key)).expect(204);
      await t.http().get(`/api/v1/mailboxes/${id}`).set(bearer(org.key)).expect(404);
    });

    it('tests the connection and names the problem: auth failed, host unreachable', async () => {
      const ok = await t.http().post(`/api/v1/mailboxes/${mailboxId}/test-connection`).set(bearer(org.key)).expect(200);
      expect(ok.body).toMatchObject({ ok: true, imap: { ok: true }, smtp: { ok: true } });

      const wrong = await createMailbox(t, org.key, { ...mailboxBody(dovecot, smtp, user, 'wrong-password'), enabled: false, smtp: { ...mailboxBody(dovecot, smtp, user, password).smtp, password: 'bad' } });
      const badAuth = await t.http().post(`/api/v1/mailboxes/${wrong}/test-connection`).set(bearer(org.key)).expect(200);
      expect(badAuth.body).toMatchObject({ ok: false, imap: { ok: false, error: { code: 'auth_failed' } }, smtp: { ok: false, error: { code: 'auth_failed' } } });

      const unreachable = await createMailbox(t, org.key, { ...mailboxBody({ host: '127.0.0.1', port: 1 }, smtp, user, password), enabled: false });
      const down = await t.http().post(`/api/v1/mailboxes/${unreachable}/test-connection`).set(bearer(org.key)).expect(200);
      expect(down.body.imap).toMatchObject({ ok: false, error: { code: 'host_unreachable', message: expect.stringContaining('cannot be reached') } });
    });
  });

  describe('processing', () => {
    it('answers a forwarded PDF invoice with the fields, the cost and the balance, threaded, then marks the mail', async () => {
      const before = await balance(t, org.key);
      await appendMail(imap, 'INBOX', forwardedInvoiceMail({ from: `Bookkeeper <${org.member}>`, messageId: '<fwd-e2e-1@acme.test>' }));
      const [reply] = await smtp.waitFor(1, 60_000);
      expect(reply!.envelopeTo).toEqual([org.member]);
      expect(reply!.parsed.subject).toBe('Re: Fwd: Invoice INV-2025-0142');
      expect(reply!.parsed.inReplyTo).toBe('<fwd-e2e-1@acme.test>');
      expect(reply!.parsed.references).toEqual(expect.arrayContaining(['<inv-0142@brightline.example>', '<fwd-e2e-1@acme.test>']));
      const text = reply!.parsed.text ?? '';
      expect(text).toContain('INV-2025-0142');
      expect(text).toContain('5500.95');
      expect(text).toMatch(/Cost: \d+(\.\d+)? credits/);
      const after = await balance(t, org.key);
      expect(text).toContain(`Balance: ${after.available} credits available`);
      expect(Number(after.balance)).toBeLessThan(Number(before.balance));
      expect(reply!.parsed.html).toContain('<table');
      expect(reply!.parsed.html).toContain('Brightline Studio LLC');

      const messages = await waitUntil('the mail action', async () => {
        const rows = await messagesOf(t, org.key, mailboxId);
        return rows.find((r) => r.messageId === '<fwd-e2e-1@acme.test>' && r.actionAppliedAt) && rows;
      });
      expect(messages.find((r) => r.messageId === '<fwd-e2e-1@acme.test>')).toMatchObject({ status: 'done', route: 'invoice', repliedAt: expect.any(String) });
      const flags = await flagsOf(dovecot, user, password);
      expect(flags.find((f) => f.messageId === '<fwd-e2e-1@acme.test>')?.flags).toContain('$Steward');
      const status = await t.http().get(`/api/v1/mailboxes/${mailboxId}`).set(bearer(org.key)).expect(200);
      expect(status.body).toMatchObject({ state: 'watching', lastError: null, processedCount: expect.any(Number) });
      expect(status.body.processedCount).toBeGreaterThanOrEqual(1);
      expect(new Date(status.body.lastSyncedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('records mail from an unknown sender, never answers it, and only marks it', async () => {
      const sent = smtp.messages.length;
      await appendMail(imap, 'INBOX', plainMail({ from: 'stranger@elsewhere.test', subject: 'Invoice 99 attached', messageId: '<unknown-1@elsewhere.test>' }));
      const row = await waitUntil('the ignored record', async () => (await messagesOf(t, org.key, mailboxId)).find((r) => r.messageId === '<unknown-1@elsewhere.test>' && r.actionAppliedAt));
      expect(row).toMatchObject({ status: 'ignored', route: null, repliedAt: null, tasks: [] });
      expect(row.reason).toContain('stranger@elsewhere.test');
      await new Promise((r) => setTimeout(r, 1000));
      expect(smtp.messages.length).toBe(sent);
      expect(smtp.messages.some((m) => m.envelopeTo.includes('stranger@elsewhere.test'))).toBe(false);
    });

    it('sorts other mail and applies the category as a keyword', async () => {
      const sent = smtp.messages.length;
      await appendMail(
        imap,
        'INBOX',
        plainMail({ from: org.member, subject: 'Pricing for 40 seats and a demo next week?', body: 'Hello, we are evaluating your product for our team of 40. Could you send a quote and set up a demo?', messageId: '<lead-1@acme.test>' }),
      );
      const replies = await smtp.waitFor(sent + 1, 30_000);
      expect(replies[sent]!.parsed.text).toContain('Category: sales_lead');
      await waitUntil('the category keyword', async () => (await flagsOf(dovecot, user, password)).find((f) => f.messageId === '<lead-1@acme.test>' && f.flags.includes('$Category_sales_lead')));
    });

    it('answers with the limit when a mail has too many attachments, and charges nothing', async () => {
      const before = await balance(t, org.key);
      const sent = smtp.messages.length;
      const files = [1, 2, 3, 4].map((n) => ({ name: `scan-${n}.pdf`, type: 'application/pdf', bytes: Buffer.from(`%PDF-1.4 ${n}`) }));
      await appendMail(imap, 'INBOX', mailWithAttachments({ from: org.member, subject: 'Four invoices', files }));
      const replies = await smtp.waitFor(sent + 1, 30_000);
      expect(replies[sent]!.parsed.text).toContain('the limit is 3 per mail');
      expect(await balance(t, org.key)).toEqual(before);
    });

    it('answers a `steward: <command>` subject through the command language', async () => {
      const sent = smtp.messages.length;
      await appendMail(imap, 'INBOX', plainMail({ from: org.member, subject: 'steward: balance', body: '' }));
      const replies = await smtp.waitFor(sent + 1, 30_000);
      expect(replies[sent]!.parsed.subject).toBe('Re: steward: balance');
      expect(replies[sent]!.parsed.text?.toLowerCase()).toContain('balance');
    });

    it('raises mailbox.alert when a mailbox has not synced for the configured time', async () => {
      // a mailbox on a port nobody listens on never syncs
      await createMailbox(t, org.key, mailboxBody({ host: '127.0.0.1', port: 1 }, smtp, 'ghost@acme.test', 'x'));
      const alert = await waitUntil('a stale alert', async () => alerts.find((a) => (a as { payload: { name: string } }).payload.name === 'Inbox ghost@acme.test'), 20_000);
      expect(alert).toMatchObject({ type: 'mailbox.alert', organizationId: org.organizationId, payload: { reason: 'stale' } });
    });
  });
});
