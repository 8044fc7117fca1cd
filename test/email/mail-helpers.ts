import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { grant } from '../tasks/task-helpers';
import type { DovecotServer } from '../support/dovecot';
import type { SmtpSink } from '../support/smtp-sink';
import { bearer, createOrganizationWithKey, TestApp } from '../support/test-app';

export const INVOICE_PDF = readFileSync(join(__dirname, '..', 'fixtures', 'invoices', 'en-classic.pdf'));

function wrap(base64: string): string {
  return base64.replace(/.{1,76}/g, '$&\r\n').trimEnd();
}

export function plainMail(o: { from: string; to?: string; subject: string; body?: string; messageId?: string; headers?: string[] }): string {
  return [
    `From: ${o.from}`,
    `To: ${o.to ?? 'steward@acme.test'}`,
    `Subject: ${o.subject}`,
    `Message-ID: ${o.messageId ?? `<${randomBytes(8).toString('hex')}@sender.test>`}`,
    'Date: Fri, 14 Mar 2025 10:00:00 +0000',
    ...(o.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body ?? 'Hello there, just checking in about next week.',
    '',
  ].join('\r\n');
}

/** A bookkeeper forwarding a vendor's mail as an attachment (message/rfc822) with the invoice PDF inside. */
export function forwardedInvoiceMail(o: { from: string; messageId?: string; pdf?: Buffer; filename?: string }): string {
  const inner = [
    'From: Brightline Billing <billing@brightline.example>',
    'To: ap@northwind.example',
    'Subject: Invoice INV-2025-0142',
    'Message-ID: <inv-0142@brightline.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find our invoice attached.',
    '--inner',
    `Content-Type: application/pdf; name="${o.filename ?? 'INV-2025-0142.pdf'}"`,
    `Content-Disposition: attachment; filename="${o.filename ?? 'INV-2025-0142.pdf'}"`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap((o.pdf ?? INVOICE_PDF).toString('base64')),
    '--inner--',
  ].join('\r\n');
  return [
    `From: ${o.from}`,
    'To: steward@acme.test',
    'Subject: Fwd: Invoice INV-2025-0142',
    `Message-ID: ${o.messageId ?? `<fwd-${randomBytes(6).toString('hex')}@acme.test>`}`,
    'References: <inv-0142@brightline.example>',
    'Date: Fri, 14 Mar 2025 11:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Forwarding the Brightline invoice, please book it.',
    '--outer',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="invoice.eml"',
    '',
    inner,
    '--outer--',
    '',
  ].join('\r\n');
}

export function mailWithAttachments(o: { from: string; subject: string; files: { name: string; type: string; bytes: Buffer }[] }): string {
  return [
    `From: ${o.from}`,
    'To: steward@acme.test',
    `Subject: ${o.subject}`,
    `Message-ID: <att-${randomBytes(6).toString('hex')}@acme.test>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Files attached.',
    ...o.files.flatMap((f) => [
      '--b',
      `Content-Type: ${f.type}; name="${f.name}"`,
      `Content-Disposition: attachment; filename="${f.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap(f.bytes.toString('base64')),
    ]),
    '--b--',
    '',
  ].join('\r\n');
}

export interface MailOrg {
  organizationId: string;
  key: string;
  member: string;
}

/** An organization with credits, a member whose address may use the mailbox, and an owner key. */
export async function mailOrganization(t: TestApp, name: string, credits = '1000', plan = 'free'): Promise<MailOrg> {
  const org = await createOrganizationWithKey(t, name);
  if (plan !== 'free') await t.http().patch(`/api/v1/organizations/${org.organizationId}`).set(bearer(t.adminKey)).send({ plan }).expect(200);
  const member = `bookkeeper-${randomBytes(3).toString('hex')}@acme.test`;
  await t.http().post(`/api/v1/organizations/${org.organizationId}/members`).set(bearer(org.key)).send({ email: member, role: 'member' }).expect(201);
  await grant(t, org.organizationId, credits);
  return { organizationId: org.organizationId, key: org.key, member };
}

export function mailboxBody(dovecot: { host: string; port: number }, smtp: SmtpSink, user: string, password: string, extra: Record<string, unknown> = {}) {
  const { folder, ...rest } = extra as { folder?: string };
  return {
    name: `Inbox ${user}`,
    imap: { host: dovecot.host, port: dovecot.port, secure: false, user, password, folder: folder ?? 'INBOX' },
    smtp: { host: smtp.host, port: smtp.port, secure: false, user: smtp.user, password: smtp.password, from: `Steward <${user}>` },
    ...rest,
  };
}

export async function createMailbox(t: TestApp, key: string, body: object): Promise<string> {
  const res = await t.http().post('/api/v1/mailboxes').set(bearer(key)).send(body).expect(201);
  return res.body.id as string;
}

export async function appendMail(client: ImapFlow, folder: string, raw: string | Buffer) {
  const result = await client.append(folder, typeof raw === 'string' ? Buffer.from(raw) : raw).catch((error: { message: string; responseText?: string; executedCommand?: string }) => {
    throw new Error(`APPEND to ${folder} failed: ${error.message} ${error.responseText ?? ''}`);
  });
  if (!result) throw new Error('APPEND failed');
  return result;
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function messagesOf(t: TestApp, key: string, mailboxId: string) {
  const res = await t.http().get(`/api/v1/mailboxes/${mailboxId}/messages?limit=500`).set(bearer(key)).expect(200);
  return res.body.items as { id: string; messageId: string; status: string; from: string; route: string | null; category: string | null; repliedAt: string | null; actionAppliedAt: string | null; reason: string | null; tasks: { taskId: string | null }[] }[];
}

export async function flagsOf(dovecot: DovecotServer, user: string, password: string, folder = 'INBOX') {
  const client = await dovecot.client(user, password);
  try {
    await client.mailboxOpen(folder, { readOnly: true });
    const messages = await client.fetchAll('1:*', { uid: true, flags: true, envelope: true });
    return messages.map((m) => ({ uid: m.uid, messageId: m.envelope?.messageId ?? null, flags: [...(m.flags ?? [])] }));
  } catch (error) {
    if ((error as { mailboxMissing?: boolean }).mailboxMissing) return [];
    throw error;
  } finally {
    await client.logout().catch(() => undefined);
  }
}
