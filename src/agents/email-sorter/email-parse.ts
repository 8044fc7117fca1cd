import { simpleParser, type ParsedMail } from 'mailparser';

export interface EmailAttachmentInfo {
  filename: string;
  contentType: string;
  size: number;
}

/** What other agents may reuse: the readable parts of a message. */
export interface EmailText {
  subject: string;
  from: string;
  text: string;
  attachments: EmailAttachmentInfo[];
}

/** EmailText plus the header evidence the sorter looks at. */
export interface ParsedEmail extends EmailText {
  fromAddress: string;
  fromName: string;
  replyTo: string;
  /** lower-cased header name → raw value(s) joined by "\n" */
  headers: Record<string, string>;
  hasHtml: boolean;
  linkCount: number;
  isReply: boolean;
}

const MAX_TEXT = 20_000;

export async function parseEmail(raw: Buffer | string): Promise<ParsedEmail> {
  const mail: ParsedMail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines ?? []) {
    const value = line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers[line.key] = headers[line.key] ? `${headers[line.key]}\n${value}` : value;
  }
  const from = mail.from?.value?.[0];
  const html = typeof mail.html === 'string' ? mail.html : '';
  const text = (mail.text ?? '').slice(0, MAX_TEXT);
  const subject = mail.subject ?? '';
  return {
    subject,
    from: mail.from?.text ?? '',
    fromAddress: (from?.address ?? '').toLowerCase(),
    fromName: from?.name ?? '',
    replyTo: (mail.replyTo?.value?.[0]?.address ?? '').toLowerCase(),
    text,
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename ?? '',
      contentType: a.contentType ?? 'application/octet-stream',
      size: a.size ?? a.content?.length ?? 0,
    })),
    headers,
    hasHtml: html.length > 0,
    linkCount: countLinks(html || text),
    isReply: Boolean(mail.inReplyTo) || /^\s*(re|aw|sv|antw|rif|res)\s*:/i.test(subject),
  };
}

/** Subject, sender, plain text and attachment list of a raw RFC 822 message. */
export async function extractEmailText(raw: Buffer | string): Promise<EmailText> {
  const { subject, from, text, attachments } = await parseEmail(raw);
  return { subject, from, text, attachments };
}

/**
 * The part of the body written for this message: quoted replies, forwarded history and
 * the "-- " signature are cut, so an old thread does not decide the label.
 */
export function freshBody(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    if (/^-- ?$/.test(line)) break;
    if (/^\s*(on .{4,80} wrote:|am .{4,80} schrieb .*:|le .{4,80} a écrit ?:|el .{4,80} escribió:)\s*$/i.test(line)) break;
    if (/^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original)/i.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

function countLinks(body: string): number {
  return (body.match(/https?:\/\//gi) ?? []).length;
}
