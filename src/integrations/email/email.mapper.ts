import { createHash } from 'node:crypto';
import { AddressObject, simpleParser } from 'mailparser';
import type { InboundAttachment, InboundEmail } from '../../modules/mailboxes/inbound-email';
import { parseAuthenticationResults } from '../../modules/mailboxes/sender-rules';

/** headers that name the mail; trace headers (Received, Delivered-To, …) differ per delivery */
const IDENTITY_HEADERS = ['message-id', 'from', 'to', 'cc', 'subject', 'date', 'in-reply-to'];
const MAX_FORWARD_DEPTH = 3;

export interface MailIdentity {
  messageId: string;
  contentHash: string;
  fromAddress: string | null;
  subject: string | null;
}

function headerBlock(raw: Buffer): { headers: Map<string, string>; body: Buffer } {
  let split = raw.indexOf('\r\n\r\n');
  let skip = 4;
  if (split < 0) {
    split = raw.indexOf('\n\n');
    skip = 2;
  }
  const head = (split < 0 ? raw : raw.subarray(0, split)).toString('latin1');
  const body = split < 0 ? Buffer.alloc(0) : raw.subarray(split + skip);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/**
 * What the watcher records before any work: Message-ID and a content hash over the identity
 * headers and the body, so the same mail delivered again (or seen again after a UIDVALIDITY
 * change) is recognised even under a new UID.
 */
export function identifyMail(raw: Buffer): MailIdentity {
  const { headers, body } = headerBlock(raw);
  const hash = createHash('sha256');
  for (const name of IDENTITY_HEADERS) hash.update(`${name}:${(headers.get(name) ?? '').replace(/\s+/g, ' ')}\n`);
  hash.update(body.toString('latin1').replace(/\r\n/g, '\n').replace(/\s+$/, ''), 'latin1');
  const from = headers.get('from') ?? '';
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /([^\s<>"]+@[^\s<>"]+)/.exec(from)?.[1] ?? null;
  return {
    messageId: (headers.get('message-id') ?? '').slice(0, 998),
    contentHash: hash.digest('hex'),
    fromAddress: address ? address.toLowerCase() : null,
    subject: headers.get('subject') ?? null,
  };
}

/** Identity of a mail too big to download: headers and size stand in for the body. */
export function identifyHeadersOnly(headers: Buffer, size: number): MailIdentity {
  return identifyMail(Buffer.concat([headers, Buffer.from(`\r\n\r\n[size:${size}]`)]));
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): { address: string; name: string | null } | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  for (const group of list) {
    for (const entry of group.value) {
      if (entry.address) return { address: entry.address.toLowerCase(), name: entry.name || null };
    }
  }
  return null;
}

async function collectAttachments(raw: Buffer, depth: number, forwarded: boolean, out: InboundAttachment[]) {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  for (const attachment of parsed.attachments) {
    if (attachment.contentType === 'message/rfc822' && depth < MAX_FORWARD_DEPTH) {
      await collectAttachments(attachment.content, depth + 1, true, out);
      continue;
    }
    out.push({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size ?? attachment.content.length,
      content: attachment.content,
      related: Boolean(attachment.related),
      forwarded,
    });
  }
  return parsed;
}

/** mailparser → the core's InboundEmail; a forwarded mail's own attachments are included. */
export async function parseEmail(raw: Buffer): Promise<InboundEmail> {
  const attachments: InboundAttachment[] = [];
  const parsed = await collectAttachments(raw, 0, false, attachments);
  const references = parsed.references === undefined ? [] : Array.isArray(parsed.references) ? parsed.references : [parsed.references];
  const authHeader = parsed.headers.get('authentication-results');
  return {
    messageId: parsed.messageId ?? null,
    from: firstAddress(parsed.from),
    replyTo: firstAddress(parsed.replyTo)?.address ?? null,
    subject: parsed.subject ?? '',
    date: parsed.date ?? null,
    references,
    text: parsed.text ?? '',
    attachments,
    authentication: parseAuthenticationResults(Array.isArray(authHeader) ? String(authHeader[0]) : typeof authHeader === 'string' ? authHeader : null),
  };
}

/** The headers a reply threads on, read from the header block only (no body parsing). */
export async function parseReplyHeaders(raw: Buffer): Promise<{ to: string | null; subject: string; messageId: string | null; references: string[] }> {
  const { body } = headerBlock(raw);
  const parsed = await simpleParser(raw.subarray(0, raw.length - body.length), { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const references = parsed.references === undefined ? [] : Array.isArray(parsed.references) ? parsed.references : [parsed.references];
  return {
    to: firstAddress(parsed.replyTo)?.address ?? firstAddress(parsed.from)?.address ?? null,
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? null,
    references,
  };
}
