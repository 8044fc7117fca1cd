import { randomBytes } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { EmailWatchSupervisor } from '../../src/integrations/email/email-watch.supervisor';
import { MailboxWatcher } from '../../src/integrations/email/email.watcher';
import { InboundMessagesService } from '../../src/modules/mailboxes/inbound-messages.service';
import { MailboxLeasesService } from '../../src/modules/mailboxes/mailbox-leases.service';
import { MailboxesService } from '../../src/modules/mailboxes/mailboxes.service';
import { TEST_REDIS_URL } from '../support/databases';
import { DovecotServer, startDovecot, startTcpProxy, TcpProxy } from '../support/dovecot';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { balance } from '../tasks/task-helpers';
import { appendMail, createMailbox, flagsOf, forwardedInvoiceMail, mailboxBody, mailOrganization, MailOrg, messagesOf, plainMail, waitUntil } from './mail-helpers';

const TOTAL = 210;
const INVOICE_EVERY = 10;
const REDELIVERED = 10;
const FOLDER = 'Steward';
const KEYWORD = '$Steward';

/**
 * Issue 5: two processes (API+worker each, one PostgreSQL, one Redis queue) watch one mailbox
 * behind a proxy we can cut. While 210 mails arrive we drop the IMAP connection during IDLE, kill
 * and restart a watcher mid-processing, run a rogue second watcher past the lease, change
 * UIDVALIDITY (folder rebuilt, keywords lost) and re-deliver Message-IDs. Every mail must be
 * processed once, charged once, answered once, and none lost; every copy in the folder is marked.
 */
describe('e-mail exactly once under faults', () => {
  let dovecot: DovecotServer;
  let proxy: TcpProxy;
  let smtp: SmtpSink;
  let a: TestApp;
  let b: TestApp;
  let org: MailOrg;
  let mailboxId: string;
  /** the test's own delivery client, straight to Dovecot (not through the proxy) */
  let imap: ImapFlow;
  const user = 'faults@acme.test';
  const password = 'fault-pass';
  const sent = new Map<string, string>();

  // both processes must share the key that seals mailbox secrets
  const env = { STEWARD_ENCRYPTION_KEY: randomBytes(32).toString('hex'), MAIL_POLL_INTERVAL_MS: '1000', MAIL_LEASE_TTL_MS: '2000', MAIL_BACKOFF_MAX_MS: '1000', JOB_LOCK_MS: '3000', WORKER_CONCURRENCY: '8' };

  beforeAll(async () => {
    dovecot = await startDovecot();
    dovecot.addUser(user, password);
    proxy = await startTcpProxy(dovecot.port);
    smtp = await startSmtpSink();
    a = await startTestApp({ database: 'postgres', redis: true, env });
    // the second "process": same database and queue
    b = await startTestApp({ database: 'pglite', env: { ...env, DATABASE_URL: a.config.databaseUrl!, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: a.config.queuePrefix } });
    org = await mailOrganization(a, 'Faulty Co', '100000', 'enterprise');
    imap = await dovecot.client(user, password);
    await imap.mailboxCreate(FOLDER);
    mailboxId = await createMailbox(a, org.key, mailboxBody({ host: '127.0.0.1', port: proxy.port }, smtp, user, password, { folder: FOLDER }));
  }, 60_000);

  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await b?.close();
    await a?.close();
    await proxy?.close();
    await smtp?.close();
    await dovecot?.stop();
  });

  function nextMail(i: number): string {
    const messageId = `<mail-${i}-${randomBytes(4).toString('hex')}@acme.test>`;
    const raw =
      i % INVOICE_EVERY === 0
        ? forwardedInvoiceMail({ from: org.member, messageId })
        : plainMail({ from: org.member, subject: `Question ${i} about our order`, body: `Hello, could you tell me the delivery date of order ${i}? Thanks.`, messageId });
    sent.set(messageId, raw);
    return raw;
  }

  async function deliver(from: number, to: number) {
    for (let i = from; i < to; i += 1) await appendMail(imap, FOLDER, nextMail(i));
  }

  const supervisor = (t: TestApp) => t.get<EmailWatchSupervisor>(EmailWatchSupervisor);
  const holderOf = () => a.get<MailboxLeasesService>(MailboxLeasesService).holder(mailboxId);
  const liveWatcher = () => supervisor(a).watcher(mailboxId) ?? supervisor(b).watcher(mailboxId);

  /** Waits until the watching connection sits in IDLE and cuts it right there (same tick, so it is still idling). */
  async function cutDuringIdle() {
    await waitUntil('the watcher in IDLE', async () => (liveWatcher()?.idling ? proxy.dropAll() : 0), 60_000, 20);
  }

  /**
   * A new UIDVALIDITY: the folder is deleted and rebuilt with every mail in it, keywords lost. Done
   * the way a server-side migration does it, while no session has the folder open: Dovecot corrupts
   * a recreated folder's index when an old session still has it selected ("Mailbox was deleted
   * under us" on APPEND, flags of the old session landing on the new copies). The watchers see the
   * server go away and come back with the new UIDVALIDITY.
   */
  async function rebuildFolder(): Promise<{ before: string; after: string; copies: number }> {
    proxy.pause();
    await imap.logout();
    await waitUntil('every IMAP session to end', async () => dovecot.sessions(user) === 0, 30_000);
    const admin = await dovecot.client(user, password);
    const old = await admin.mailboxOpen(FOLDER);
    const copies = await admin.fetchAll('1:*', { uid: true, source: true });
    await admin.mailboxClose();
    await admin.mailboxDelete(FOLDER);
    await admin.mailboxCreate(FOLDER);
    for (const copy of copies) await appendMail(admin, FOLDER, copy.source!);
    const rebuilt = await admin.mailboxOpen(FOLDER);
    await admin.logout();
    imap = await dovecot.client(user, password);
    proxy.resume();
    return { before: String(old.uidValidity), after: String(rebuilt.uidValidity), copies: copies.length };
  }

  it(`processes, charges and answers every one of ${TOTAL} mails exactly once`, async () => {
    const before = await balance(a, org.key);
    const watchingBefore = await waitUntil('a lease holder', holderOf);
    expect([supervisor(a).holderId, supervisor(b).holderId]).toContain(watchingBefore.holderId);
    // two supervisors, one mailbox: exactly one of them runs a watcher
    await waitUntil('one watcher', async () => supervisor(a).watching().length + supervisor(b).watching().length === 1);

    // 1. mail arrives; the connection is cut while the watcher sits in IDLE, twice
    await deliver(0, 40);
    await waitUntil('first replies', async () => smtp.messages.length >= 10, 60_000);
    await cutDuringIdle();
    await deliver(40, 70);
    await cutDuringIdle();

    // 2. the holder dies mid-processing (no logout, lease left to expire); the other process takes over
    const first = (await holderOf())!.holderId;
    const [dying, survivor] = first === supervisor(a).holderId ? [supervisor(a), supervisor(b)] : [supervisor(b), supervisor(a)];
    await deliver(70, 100);
    await dying.crash();
    await deliver(100, 120);
    await waitUntil('the survivor taking the lease', async () => (await holderOf())?.holderId === survivor.holderId, 30_000);
    dying.start(); // the killed watcher comes back and must not double up
    await deliver(120, 140);

    // 3. a rogue watcher ignoring the lease (same holder id) syncs alongside the real one
    const rogue = new MailboxWatcher(
      mailboxId,
      { mailboxes: a.get(MailboxesService), inbound: a.get(InboundMessagesService), leases: a.get(MailboxLeasesService) },
      { holderId: survivor.holderId, pollMs: 200, backoffMaxMs: 500, connectMs: 5000, maxMessageBytes: 30 * 1024 * 1024 },
      () => undefined,
    );
    rogue.start();
    await deliver(140, 165);
    await waitUntil('the rogue doing work', async () => rogue.passes >= 1, 60_000);
    await rogue.stop();

    // 4. UIDVALIDITY changes while mail is still being processed
    const rebuilt = await rebuildFolder();
    expect(rebuilt.after).not.toBe(rebuilt.before);
    expect(rebuilt.copies).toBe(165);
    await deliver(165, 190);

    // 5. the same Message-IDs delivered again: long answered ones byte-identical, ones likely still
    //    in progress with an extra trace header (their copies wait until the first copy is marked)
    const delivered = [...sent.values()];
    for (const raw of delivered.slice(0, REDELIVERED / 2)) await appendMail(imap, FOLDER, raw);
    for (const raw of delivered.slice(-REDELIVERED / 2)) await appendMail(imap, FOLDER, `Received: from relay.example by mx.acme.test; Fri, 14 Mar 2025 12:00:00 +0000\r\n${raw}`);
    proxy.dropAll();
    await deliver(190, TOTAL);
    expect(sent.size).toBe(TOTAL);

    // answered once: one reply per Message-ID, no more
    await waitUntil(`${TOTAL} replies`, async () => smtp.messages.length >= TOTAL, 240_000, 250).catch(async (error: Error) => {
      const statuses = await a.db.query(`SELECT status, route, count(*)::int AS n, count(action_applied_at)::int AS applied FROM inbound_messages GROUP BY 1, 2`);
      const taskStates = await a.db.query(`SELECT status, count(*)::int AS n FROM tasks GROUP BY 1`);
      const replied = new Set(smtp.messages.map((m) => m.parsed.inReplyTo));
      const missing = [...sent.keys()].filter((id) => !replied.has(id));
      throw new Error(`${error.message}: ${smtp.messages.length} replies; inbound ${JSON.stringify(statuses)}; tasks ${JSON.stringify(taskStates)}; missing ${missing.length} ${JSON.stringify(missing.slice(0, 5))}`);
    });

    // processed once: one record per mail, each final with its mailbox action applied where the mail now is
    const rows = await waitUntil(
      'every action applied',
      async () => {
        const items = await messagesOf(a, org.key, mailboxId);
        return items.length === TOTAL && items.every((r) => r.actionAppliedAt) && items;
      },
      60_000,
      250,
    ).catch(async (error: Error) => {
      const stuck = await a.db.query(
        `SELECT i.message_id, i.status, i.uid_validity, i.uid, m.uid_validity AS folder_uid_validity, i.action_due_at IS NOT NULL AS due
           FROM inbound_messages i JOIN mailboxes m ON m.id = i.mailbox_id WHERE i.action_applied_at IS NULL LIMIT 10`,
      );
      throw new Error(`${error.message}: unapplied ${JSON.stringify(stuck)}`);
    });
    // room for a late duplicate (a second reply, task or charge) to show up before counting
    await new Promise((r) => setTimeout(r, 3000));

    const replyTo = smtp.messages.map((m) => m.parsed.inReplyTo);
    expect(replyTo.length).toBe(TOTAL);
    expect(new Set(replyTo)).toEqual(new Set(sent.keys()));
    expect(rows.length).toBe(TOTAL);
    expect(new Set(rows.map((r) => r.messageId))).toEqual(new Set(sent.keys()));
    expect(rows.filter((r) => r.status === 'done').length).toBe(TOTAL);
    // every record now points at its copy under the new UIDVALIDITY
    const located = await a.db.query(`SELECT uid_validity::text AS v, count(*)::int AS n FROM inbound_messages WHERE mailbox_id = $1 GROUP BY 1`, [mailboxId]);
    expect(located).toEqual([{ v: rebuilt.after, n: TOTAL }]);

    // one task per mail, each succeeded
    const tasks: { id: string; status: string; cost: string }[] = await a.db.query(`SELECT id, status, cost::text AS cost FROM tasks WHERE organization_id = $1`, [org.organizationId]);
    expect(tasks.length).toBe(TOTAL);
    expect(tasks.filter((task) => task.status !== 'succeeded')).toEqual([]);
    const linked = rows.flatMap((r) => r.tasks.map((t) => t.taskId));
    expect(new Set(linked)).toEqual(new Set(tasks.map((task) => task.id)));
    expect(linked.length).toBe(TOTAL);

    // charged once: per task one hold (captured) and one charge of exactly its cost; no other charge; balance moved by the sum
    const ledger: { id: string; cost: string; holds: number; charges: number; charged: string }[] = await a.db.query(
      `SELECT t.id, t.cost::text AS cost,
              (SELECT count(*) FROM credit_holds h WHERE h.organization_id = t.organization_id AND h.reference_id = t.id::text AND h.status = 'captured')::int AS holds,
              count(e.id) FILTER (WHERE e.type IN ('debit', 'capture'))::int AS charges,
              (-COALESCE(sum(e.amount) FILTER (WHERE e.type IN ('debit', 'capture')), 0))::text AS charged
         FROM tasks t LEFT JOIN credit_ledger_entries e ON e.organization_id = t.organization_id AND e.reference_id = t.id::text
        WHERE t.organization_id = $1 GROUP BY t.id, t.cost`,
      [org.organizationId],
    );
    expect(ledger.filter((l) => l.holds !== 1 || l.charges !== 1 || l.charged !== l.cost)).toEqual([]);
    const [charges] = await a.db.query(`SELECT count(*)::int AS n FROM credit_ledger_entries WHERE organization_id = $1 AND type IN ('debit', 'capture')`, [org.organizationId]);
    expect(charges.n).toBe(TOTAL);
    const spent = tasks.reduce((sum, task) => sum + BigInt(task.cost), 0n);
    expect(spent).toBeGreaterThan(0n);
    const after = await balance(a, org.key);
    const micros = (v: string) => BigInt(Math.round(Number(v) * 1_000_000));
    expect(micros(before.balance) - micros(after.balance)).toBe(spent);
    expect(after.held).toBe('0');

    // nothing lost in the mailbox: every mail is there, and every copy of it (re-deliveries too) carries the keyword
    const flags = await waitUntil(
      'every copy marked',
      async () => {
        const all = await flagsOf(dovecot, user, password, FOLDER);
        return all.length === TOTAL + REDELIVERED && all.every((f) => f.flags.includes(KEYWORD)) && all;
      },
      30_000,
      250,
    ).catch(async (error: Error) => {
      const all = await flagsOf(dovecot, user, password, FOLDER);
      const unmarked = all.filter((f) => !f.flags.includes(KEYWORD));
      const records = await a.db.query(`SELECT message_id, status, uid_validity, uid, action_applied_at IS NOT NULL AS applied FROM inbound_messages WHERE message_id = ANY($1)`, [unmarked.map((f) => f.messageId)]);
      throw new Error(`${error.message}: ${all.length} mails in the folder, unmarked ${JSON.stringify(unmarked.slice(0, 10))}; their records ${JSON.stringify(records.slice(0, 10))}`);
    });
    const copies = new Map<string, number>();
    for (const f of flags) copies.set(f.messageId ?? '', (copies.get(f.messageId ?? '') ?? 0) + 1);
    expect(new Set(copies.keys())).toEqual(new Set(sent.keys()));
    expect([...copies.values()].filter((n) => n === 2).length).toBe(REDELIVERED);
  }, 420_000);
});
