import { simpleParser, type ParsedMail } from 'mailparser';
import { zipEntryNames } from './archive-entries';

export interface EmailAttachmentInfo {
  filename: string;
  contentType: string;
  size: number;
  /** the file names inside a ZIP attachment */
  entries?: string[];
  /** an iCalendar part's METHOD: REQUEST (an invitation), REPLY (an answer to one: accepted, declined), CANCEL */
  calendarMethod?: string;
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
  /** links made to deceive: shown as one site but leading to another (click trackers aside), or to a bare IP address */
  deceptiveLinks: string[];
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
    attachments: (mail.attachments ?? []).map((a) => {
      const filename = a.filename ?? '';
      const contentType = a.contentType ?? 'application/octet-stream';
      const zip = /\.zip$/i.test(filename) || /zip/i.test(contentType);
      const calendar = (contentType === 'text/calendar' || /\.ics$/i.test(filename)) && Buffer.isBuffer(a.content);
      const method = calendar ? /^METHOD:\s*([A-Z-]+)/im.exec(a.content.subarray(0, 65_536).toString('utf8'))?.[1].toUpperCase() : undefined;
      return {
        filename,
        contentType,
        size: a.size ?? a.content?.length ?? 0,
        ...(zip && Buffer.isBuffer(a.content) ? { entries: zipEntryNames(a.content) } : {}),
        ...(method ? { calendarMethod: method } : {}),
      };
    }),
    headers,
    hasHtml: html.length > 0,
    linkCount: countLinks(html || text),
    deceptiveLinks: deceptiveLinks(html),
    isReply: Boolean(mail.inReplyTo) || /^\s*(re|aw|sv|antw|rif|res)\s*:/i.test(subject),
  };
}

/** Subjects of out-of-office and other automatic replies, in the languages mail clients write them. */
const AUTO_REPLY_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|automatiskt svar|automatisk svar|automaattinen vastaus|automatyczna odpowied[źz]|automatick[áa] odpov[ěe][ďd]|resposta autom[áa]tica|otomatik yan[ıi]t)\b/i;

/** An automatic reply (RFC 3834 Auto-Submitted, Precedence: auto_reply, an out-of-office subject): no person wrote it. */
export function isAutoReply(mail: Pick<ParsedEmail, 'headers' | 'subject'>): boolean {
  const submitted = (mail.headers['auto-submitted'] ?? '').trim().toLowerCase();
  if (submitted && submitted !== 'no') return true;
  if (/^auto[_-]?reply$/i.test((mail.headers['precedence'] ?? '').trim()) || mail.headers['x-autoreply'] || mail.headers['x-autorespond']) return true;
  return AUTO_REPLY_SUBJECT.test(mail.subject);
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
/** "On … wrote:", "Am … schrieb …:", "Le … a écrit :": where a quoted message begins. */
const QUOTE_INTRO =
  /^\s*(?:on .{4,80} wrote:|am .{4,80} schrieb .*:|le .{4,80} a écrit ?:|el .{4,80} escribió:|il .{4,80} ha scritto:|op .{4,80} schreef .*:|em .{4,80} escreveu:|den .{4,80} skrev .*:)\s*$/i;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|ursprungligt meddelande|oryginalna wiadomość|původní zpráva)/i;
/** An Outlook reply header: "From:/Von:/De :/Od:" over "Sent:/Gesendet:/Envoyé :/Wysłano:". */
const REPLY_FROM = /^\s*(?:from|von|de|od|da|van|fra|från)\s?:/i;
const REPLY_SENT = /^\s*(?:sent|gesendet|envoyé|enviado|wysłano|inviato|verzonden|sendt|skickat|odesláno)\s?:/i;

/**
 * The sender's own part of a message: quoted history ("> …", "On … wrote:", "-----Original
 * Message-----", an Outlook "From: … / Sent: …" block) goes, and with `keepSignature: false` (the
 * classifier's reading) the signature after "-- " goes too.
 */
export function freshBody(text: string, options: { keepSignature?: boolean } = {}): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!options.keepSignature && /^-- ?$/.test(line)) break;
    if (QUOTE_INTRO.test(line) || ORIGINAL_MESSAGE.test(line) || (REPLY_FROM.test(line) && REPLY_SENT.test(lines[i + 1] ?? ''))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** "---------- Forwarded message ---------", "Begin forwarded message:", "-------- Message transféré --------". */
const FORWARDED =
  /^\s*-*\s*(?:forwarded message|begin forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|mensaje reenviado|(?:inizio )?messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|vidarebefordrat meddelande|videresendt (?:melding|meddelelse)|przekazana wiadomo[śs][ćc]|p[řr]eposlan[áa] zpr[áa]va|v[äa]litetty viesti)\s*:?\s*-*\s*$/i;
/** A header line of a forwarded or quoted message ("Von: …", "Subject: …", "Objet : …"). */
const QUOTED_HEADER =
  /^\s*(?:from|von|de|da|od|van|fra|fr[åa]n|l[äa]hett[äa]j[äa]|sent|gesendet|envoy[ée]|enviado|inviato|verzonden|sendt|skickat|wys[łl]ano|odesl[áa]no|date|datum|data|fecha|dato|p[äa]iv[äa]m[äa][äa]r[äa]|to|an|[àa]|a|para|til|till|aan|do|komu|vastaanottaja|cc|bcc|subject|sujet|pour|exp[ée]diteur|destinataire|betreff|objet|oggetto|asunto|onderwerp|assunto|[äa]mne|emne|temat|p[řr]edm[ěe]t|aihe|reply-to)\s?:/i;

/**
 * The message a mail forwards or quotes ("---------- Forwarded message ---------", "-----Original
 * Message-----", "On … wrote:", an Outlook "Von: … / Gesendet: …" block, or "> " lines), without
 * its header block and quote marks: where a forwarded invoice is. Null when there is none.
 */
export function earlierMessage(text: string): string | null {
  const raw = text.split(/\r?\n/);
  // (the marker of a forward may itself be quoted: "> -------- Message transféré --------")
  const lines = raw.map((line) => line.replace(/^\s*(?:>\s?)+/, ''));
  const marker = (line: string) => FORWARDED.test(line) || QUOTE_INTRO.test(line) || ORIGINAL_MESSAGE.test(line);
  let start = lines.findIndex((line, i) => marker(line) || (REPLY_FROM.test(line) && REPLY_SENT.test(lines[i + 1] ?? '')));
  if (start >= 0 && marker(lines[start])) start += 1;
  if (start < 0) start = raw.findIndex((line) => /^\s*>/.test(line));
  if (start < 0) return null;
  let body = start;
  while (body < lines.length && (QUOTED_HEADER.test(lines[body]) || (body === start && lines[body].trim() === ''))) body += 1;
  const rest = lines.slice(body).join('\n').trim();
  return rest || null;
}

function countLinks(body: string): number {
  return (body.match(/https?:\/\//gi) ?? []).length;
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a>/gi;
const SHOWN_DOMAIN = /^\s*(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?\s*$/i;

/** The host of a link, lower-cased, or null when it is not a web link. */
function hostOf(href: string): string | null {
  try {
    const url = new URL(href.replace(/&amp;/g, '&'));
    return /^https?:$/.test(url.protocol) ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The registrable part of a host, roughly: "login.paypal.com" → "paypal.com" ("example.co.uk" kept whole). */
export function siteOf(host: string): string {
  const labels = host.replace(/\.$/, '').split('.');
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2]);
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** The site an address belongs to ("billing@mail.acme.co.uk" → "acme.co.uk"); '' without a domain. */
export function siteOfAddress(address: string): string {
  const host = address.split('@')[1]?.toLowerCase();
  return host ? siteOf(host) : '';
}

/** Mail services that rewrite every link for click tracking: a shown URL leading there is no deceit. */
const CLICK_TRACKERS = /(?:^|\.)(?:sendgrid\.net|list-manage\.com|mandrillapp\.com|mailgun\.org|mailgun\.net|hubspotlinks\.com|hubspotemail\.net|sparkpostmail\.com|awstrack\.me|exct\.net|rs6\.net|klclick\.com|klclick1\.com|customeriomail\.com|pstmrk\.it|mjt\.lu|sendibt\d?\.com|sendinblue\.com|brevo\.com|mailchimp\.com|mcusercontent\.com|cmail\d*\.com|createsend\.com|safelinks\.protection\.outlook\.com|urldefense\.com|google\.com|t\.co|lnkd\.in)$/;

/** Anchors whose visible text names another site than the link goes to, and links to bare IP addresses. */
function deceptiveLinks(html: string): string[] {
  const found = new Set<string>();
  for (const [, href, inner] of html.slice(0, 200_000).matchAll(ANCHOR)) {
    const host = hostOf(href);
    if (!host) continue;
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) found.add(`ip:${host}`);
    const shown = SHOWN_DOMAIN.exec(inner.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' '));
    if (shown && siteOf(shown[1].toLowerCase()) !== siteOf(host) && !CLICK_TRACKERS.test(host)) found.add(`shown:${shown[1].toLowerCase()}→${host}`);
  }
  return [...found].slice(0, 5);
}
