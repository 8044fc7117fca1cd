import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ZodType } from 'zod';
import type { LlmClient, TokenUsage } from '../../src/agents/llm/llm.types';
import { mailWithAttachment } from '../support/mime';
import {
  EMAIL_CATEGORIES,
  classifyEmail,
  classifyEmailFiles,
  extractEmailText,
  runEmailSorterAgent,
} from '../../src/agents/email-sorter';

const FIXTURES = join(__dirname, '../fixtures/emails');

function fixtures(): { category: string; path: string }[] {
  return EMAIL_CATEGORIES.flatMap((category) =>
    readdirSync(join(FIXTURES, category))
      .filter((f) => f.endsWith('.eml'))
      .map((f) => ({ category, path: join(FIXTURES, category, f) })),
  );
}

function mail(headers: Record<string, string>, body: string): string {
  const lines = Object.entries({ From: 'Someone <someone@example.com>', To: 'me@example.org', Subject: 'Hello', ...headers });
  return `${lines.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
}

/** A tiny LlmClient that answers with a fixed value and counts calls. */
class FakeLlm implements LlmClient {
  readonly model = 'fake-model';
  calls = 0;
  constructor(private readonly answer: unknown | Error) {}
  async structured<T>(schema: ZodType<T>): Promise<{ value: T; usage: TokenUsage }> {
    this.calls++;
    if (this.answer instanceof Error) throw this.answer;
    return { value: schema.parse(this.answer), usage: { inputTokens: 120, outputTokens: 15 } };
  }
  async complete(): Promise<{ text: string; usage: TokenUsage }> {
    throw new Error('not used');
  }
  chatModel(): never {
    throw new Error('not used');
  }
}

describe('email sorter on held-out fixtures', () => {
  it('has several fixtures for every category', () => {
    const all = fixtures();
    for (const c of EMAIL_CATEGORIES) expect(all.filter((f) => f.category === c).length).toBeGreaterThanOrEqual(3);
  });

  it('classifies the held-out set with accuracy of at least 0.7', async () => {
    const all = fixtures();
    let correct = 0;
    for (const f of all) {
      const result = await classifyEmail(readFileSync(f.path));
      expect(EMAIL_CATEGORIES).toContain(result.category);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      if (result.category === f.category) correct++;
    }
    expect(correct / all.length).toBeGreaterThanOrEqual(0.7);
  });
});

describe('header evidence', () => {
  const neutral = 'Please have a look at the attached document and tell me what you think.';

  it("takes a calendar's answer to an invitation (METHOD:REPLY) for a notice, and an invitation (METHOD:REQUEST) for a meeting request", async () => {
    const calendar = (method: string) => ({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: Buffer.from(`BEGIN:VCALENDAR\r\nMETHOD:${method}\r\nBEGIN:VEVENT\r\nSUMMARY:Afstemming groepsdiner\r\nDTSTART:20270514T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`),
    });
    const common = { from: 'Pieter van Dijk <p.vandijk@horizon.example>', to: 'me@example.org', text: neutral };
    const accepted = await classifyEmail(mailWithAttachment({ ...common, subject: 'Geaccepteerd: Afstemming groepsdiner', attachment: calendar('REPLY') }));
    expect(accepted.category).toBe('notification');
    expect(accepted.reasons.join(' ')).toContain('calendar-reply');
    const invited = await classifyEmail(mailWithAttachment({ ...common, subject: 'Afstemming groepsdiner', attachment: calendar('REQUEST') }));
    expect(invited.category).toBe('meeting_request');
  });

  it('takes a bill the mail says is paid (in the subject, or a zero balance) for a receipt, and one not yet paid for an invoice', async () => {
    const bill = { filename: 'Rechnung_88214.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n%%EOF') };
    const common = { from: 'Hotel Donaublick <reception@hotel-donaublick.example>', to: 'me@example.org', attachment: bill };
    const paid = await classifyEmail(mailWithAttachment({ ...common, subject: 'Ihre Rechnung Nr. 88214 (bezahlt)', text: 'Anbei Ihre Rechnung für den Aufenthalt.' }));
    expect(paid.category).toBe('receipt');
    const settled = await classifyEmail(mailWithAttachment({ ...common, subject: 'Ihre Rechnung Nr. 88214', text: 'Anbei Ihre Rechnung.\nOffener Saldo: € 0,00' }));
    expect(settled.category).toBe('receipt');
    const open = await classifyEmail(mailWithAttachment({ ...common, subject: 'Ihre Rechnung Nr. 88214 – noch nicht bezahlt', text: 'Anbei Ihre Rechnung, zahlbar bis 30.11.' }));
    expect(open.category).toBe('invoice');
  });

  it('treats a PDF named Rechnung as an invoice even when the body says little', async () => {
    const raw = mailWithAttachment({
      from: 'Buchhaltung <buchhaltung@firma.example>',
      to: 'me@example.org',
      subject: 'Dokument',
      text: neutral,
      attachment: { filename: 'Rechnung_4711.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n%%EOF') },
    });
    const result = await classifyEmail(raw);
    expect(result.category).toBe('invoice');
    expect(result.method).toBe('headers');
    expect(result.reasons).toContain('attachment:Rechnung_4711.pdf');
  });

  /** A stored (uncompressed) ZIP of the given files: local headers, central directory, end record. */
  function zipOf(files: Record<string, string>): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const [name, text] of Object.entries(files)) {
      const nameBytes = Buffer.from(name);
      const data = Buffer.from(text);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, nameBytes, data);
      centrals.push(central, nameBytes);
      offset += 30 + nameBytes.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Object.keys(files).length, 8);
    end.writeUInt16LE(Object.keys(files).length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }

  it('takes a program packed in an archive named like a bill for malspam, and a bill packed without one for suspect', async () => {
    const text = 'Sehr geehrter Kunde, anbei erhalten Sie Ihre Rechnung. Bitte begleichen Sie den offenen Betrag innerhalb von 7 Tagen.';
    const packedProgram = await classifyEmail(
      mailWithAttachment({ from: 'Buchhaltung <rechnung@billing-center.example>', to: 'me@example.org', subject: 'Rechnung 88213', text, attachment: { filename: 'Rechnung_88213.zip', contentType: 'application/zip', content: zipOf({ 'Rechnung_88213.pdf.js': 'WScript.Echo(1)' }) } }),
    );
    expect(packedProgram.category).toBe('spam');
    expect(packedProgram.reasons).toContain('attachment:program:Rechnung_88213.pdf.js');
    const packedPdf = await classifyEmail(
      mailWithAttachment({ from: 'Buchhaltung <rechnung@billing-center.example>', to: 'me@example.org', subject: 'Rechnung 88213', text, attachment: { filename: 'Rechnung_88213.zip', contentType: 'application/zip', content: zipOf({ 'Rechnung_88213.pdf': '%PDF-1.4' }) } }),
    );
    expect(packedPdf.reasons).toContain('attachment:packed-bill:Rechnung_88213.zip');
    expect(packedPdf.reasons).not.toContain('attachment:Rechnung_88213.zip');
  });

  it('List-Unsubscribe and Precedence: bulk push towards newsletter', async () => {
    const body = 'Here are some things we found interesting this week, with links to read more.';
    const plain = await classifyEmail(mail({}, body));
    const bulk = await classifyEmail(
      mail({ 'List-Unsubscribe': '<https://example.com/unsub>', 'List-Id': '<news.example.com>', Precedence: 'bulk' }, body),
    );
    expect(bulk.category).toBe('newsletter');
    expect(bulk.reasons).toEqual(expect.arrayContaining(['header:list-id', 'header:precedence=bulk']));
    expect(plain.reasons).not.toContain('header:list-id');
  });

  it('Auto-Submitted from a noreply sender points to notification', async () => {
    const result = await classifyEmail(
      mail({ From: 'Service <no-reply@service.example>', 'Auto-Submitted': 'auto-generated', Subject: 'Status' }, 'Your request was processed.'),
    );
    expect(result.category).toBe('notification');
    expect(result.reasons).toEqual(expect.arrayContaining(['header:auto-submitted=auto-generated', 'sender:no-reply']));
  });

  it('failing SPF/DKIM/DMARC raises the spam score', async () => {
    const body = 'Verify your account details now using the link below to keep access.';
    const failing = await classifyEmail(
      mail({ 'Authentication-Results': 'mx.example.org; spf=fail; dkim=fail; dmarc=fail' }, body),
    );
    expect(failing.category).toBe('spam');
    expect(failing.reasons).toContain('auth:spf+dkim+dmarc=fail');
  });

  it('a link that shows one site and leads to another, or a display name naming another site, is phishing', async () => {
    const html = (href: string, shown: string) =>
      [
        'From: Billing Department <billing@northbridge-supplies.example>',
        'To: me@example.org',
        'Subject: Invoice INV-2291 is overdue',
        'Content-Type: text/html; charset=utf-8',
        '',
        `<p>Your invoice INV-2291 over 1,240.00 EUR is overdue. Please pay today to avoid a late fee.</p><p>View and pay: <a href="${href}">${shown}</a></p>`,
        '',
      ].join('\r\n');
    const honest = await classifyEmail(html('https://portal.northbridge-supplies.example/inv/2291', 'portal.northbridge-supplies.example/inv/2291'));
    expect(honest.category).toBe('invoice');
    const lying = await classifyEmail(html('http://185.22.14.9/northbridge/pay.php', 'https://portal.northbridge-supplies.example/inv/2291'));
    expect(lying.category).toBe('spam');
    expect(lying.reasons.some((r) => r.startsWith('links:'))).toBe(true);
    // a click tracker in between is how newsletters and notifications link: no deceit
    const tracked = await classifyEmail(html('https://u4711.ct.sendgrid.net/ls/click?upn=abc', 'portal.northbridge-supplies.example/inv/2291'));
    expect(tracked.reasons.some((r) => r.startsWith('links:'))).toBe(false);

    const impersonating = await classifyEmail(
      mail({ From: '"service@paypal.com" <alerts@secure-mailer.example>', Subject: 'Your account' }, 'We noticed unusual activity. Confirm your details to keep your account.'),
    );
    expect(impersonating.reasons).toContain('sender:display-name-names-paypal.com');
    expect(impersonating.category).toBe('spam');
  });

  it('a brand writing from a mailbox anyone can open is an impostor; the brand from its own site is not', async () => {
    const body = 'Thank you for your purchase. Order total: $499.99, charged to your account today. If you did not authorize this payment, call our billing desk at +1 (808) 555-0143 within 24 hours.';
    const fake = await classifyEmail(mail({ From: 'PayPal Billing <paypal.billing.desk@gmail.com>', Subject: 'Receipt for your payment' }, body));
    expect(fake.reasons).toContain('sender:claims-paypal-from-a-free-mailbox');
    expect(fake.category).toBe('spam');
    const real = await classifyEmail(mail({ From: 'PayPal <service@paypal.de>', Subject: 'Receipt for your payment' }, 'You sent a payment of €49.99 EUR to Kaffee Braun GmbH. Transaction ID 7X4512. It may take a few moments for this transaction to appear in your account.'));
    expect(real.reasons.some((r) => r.startsWith('sender:claims-'))).toBe(false);
    expect(real.category).toBe('receipt');
    // a person named like a brand word in lower case, or a company mentioning none, is left alone
    const person = await classifyEmail(mail({ From: 'Anna Berg <anna.berg@gmail.com>', Subject: 'ups, wrong attachment' }, 'Hi, sorry, I attached the wrong photo. Here is the right one from the weekend. Anna'));
    expect(person.reasons.some((r) => r.startsWith('sender:claims-'))).toBe(false);
  });

  it('extractEmailText returns subject, sender, text and attachments', async () => {
    const text = await extractEmailText(readFileSync(join(FIXTURES, 'invoice/de-handwerker.eml')));
    expect(text.subject).toBe('Rechnung Nr. 2024-117 Elektroarbeiten');
    expect(text.from).toContain('buero@elektro-weber.de');
    expect(text.text).toContain('Elektroarbeiten');
    expect(text.attachments).toEqual([expect.objectContaining({ filename: 'Rechnung_2024-117.pdf', contentType: 'application/pdf' })]);
  });
});

describe('per-organization corrections', () => {
  const vendorMail = mail(
    { From: 'Portal <info@partnerportal.example>', Subject: 'Weekly partner stock report' },
    'Partner stock report for week 12: 14 SKUs below reorder level, 3 back in stock. Open the portal for details.',
  );

  it('a correction for a similar mail changes the answer', async () => {
    const before = await classifyEmail(vendorMail);
    const target = before.category === 'other' ? 'personal' : 'other';
    const after = await classifyEmail(vendorMail, {
      corrections: [{ text: 'Weekly partner stock report\nPartner stock report for week 11: 9 SKUs below reorder level, 1 back in stock. Open the portal for details.', category: target }],
    });
    expect(after.category).toBe(target);
    expect(after.method).toBe('correction');
  });

  it('an unrelated correction leaves the answer alone', async () => {
    const before = await classifyEmail(vendorMail);
    const after = await classifyEmail(vendorMail, { corrections: [{ text: 'Happy birthday grandma, see you Sunday for cake', category: 'spam' }] });
    expect(after.category).toBe(before.category);
    expect(after.method).not.toBe('correction');
  });
});

describe('LLM path', () => {
  const raw = mail({ Subject: 'Quote please' }, 'Could you send me a price for 200 mugs with our logo?');

  it('uses a confident structured answer and reports token usage', async () => {
    const llm = new FakeLlm({ category: 'sales_lead', confidence: 0.93, reasons: ['asks for a price'] });
    const result = await classifyEmail(raw, { llm });
    expect(result).toMatchObject({ category: 'sales_lead', method: 'llm', usage: { inputTokens: 120, outputTokens: 15 } });
    expect(llm.calls).toBe(1);
  });

  it('falls back to the offline classifier when the model is unsure', async () => {
    const llm = new FakeLlm({ category: 'spam', confidence: 0.2, reasons: [] });
    const result = await classifyEmail(raw, { llm });
    expect(result.method).not.toBe('llm');
    expect(result.category).toBe('sales_lead');
    expect(result.usage.inputTokens).toBe(120);
    expect(result.reasons).toContain('llm:unsure');
  });

  it('falls back when the model output is invalid or the call fails', async () => {
    for (const llm of [new FakeLlm({ category: 'banana', confidence: 2 }), new FakeLlm(new Error('timeout'))]) {
      const result = await classifyEmail(raw, { llm });
      expect(result.method).not.toBe('llm');
      expect(result.category).toBe('sales_lead');
    }
  });

  it('runEmailSorterAgent reads base64 input and the stored corrections', async () => {
    const run = await runEmailSorterAgent(
      { contentBase64: Buffer.from(raw).toString('base64') },
      { organizationId: 'org-1', llm: null, emailCorrections: [{ text: 'Quote please\nCould you send me a price for 300 mugs with our logo?', category: 'other' }] },
    );
    expect(run.mode).toBe('offline');
    expect(run.output).toMatchObject({ category: 'other', method: 'correction' });
    expect(run.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('runEmailSorterAgent rejects empty input', async () => {
    await expect(runEmailSorterAgent({}, { organizationId: 'o', llm: null })).rejects.toMatchObject({ code: 'empty_input' });
  });
});

describe('classifyEmailFiles (steward classify-email)', () => {
  it('prints one JSON line per file', async () => {
    const out = new PassThrough();
    const files = [join(FIXTURES, 'spam/en-lottery.eml'), join(FIXTURES, 'newsletter/en-digest.eml')];
    const code = await classifyEmailFiles(files, out);
    const lines = out.read().toString().trim().split('\n').map((l: string) => JSON.parse(l));
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]).sort()).toEqual(['category', 'confidence', 'file', 'method']);
    expect(lines.map((l: { category: string }) => l.category)).toEqual(['spam', 'newsletter']);
  });

  it('returns 2 for a missing file and still prints the others', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const code = await classifyEmailFiles(['/nonexistent/x.eml', join(FIXTURES, 'spam/en-lottery.eml')], out, err);
    expect(code).toBe(2);
    expect(out.read().toString().trim().split('\n')).toHaveLength(1);
    expect(err.read().toString()).toContain('/nonexistent/x.eml');
  });
});
