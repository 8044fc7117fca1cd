import type { EmailCategory } from './categories';
import { type ParsedEmail, siteOfAddress } from './email-parse';
import { claimedBrand, namedSite } from './sender-claims';

/**
 * Evidence from headers, sender and attachments, as log-score adjustments per category.
 * These signals are hard to fake in the body text and do not depend on the language, so
 * they complement the text classifier. `decisive` marks evidence strong enough to decide
 * on its own (e.g. a PDF named "Rechnung").
 */
export interface HeaderEvidence {
  boosts: Partial<Record<EmailCategory, number>>;
  reasons: string[];
  decisive: EmailCategory | null;
  /** the decisive category holds however sure the text is (an impostor's receipt reads like a receipt) */
  certain: boolean;
}

const NOREPLY_RE =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|notifications?|notify|alerts?|mailer-daemon|postmaster|system|automated|bounce[s]?|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|no[-_.]?responder)\b/i;
const BULK_SENDER_RE = /^(news|newsletter|info|marketing|digest|updates|hello|team|promo|offers?)\b/i;
const INVOICE_FILE_RE = /(invoice|rechnung|facture|factura|fattura|fatura|faktura|factuur|bill\b|billing)/i;
const RECEIPT_FILE_RE = /(receipt|quittung|beleg|re[cç]u|recibo|ricevuta|kvitto|payment[-_ ]?confirmation|zahlungsbest)/i;
const SPAMMY_ATTACHMENT_RE = /\.(exe|scr|js|vbs|bat|cmd|jar|iso|html?|zip)$/i;
/** Programs and scripts, and a document name with a program's ending ("Rechnung.pdf.js"): what no bill or receipt comes as. */
const EXECUTABLE_RE = /\.(?:exe|scr|js|jse|vbs|vbe|wsf|wsh|bat|cmd|com|pif|jar|msi|ps1|hta|lnk|iso|img|vhdx?)$|\.(?:pdf|docx?|xlsx?|jpe?g|png|txt)\.[a-z0-9]{2,4}$/i;
const ARCHIVE_RE = /\.(?:zip|rar|7z|gz|tgz|cab|ace|arj)$/i;

type Boosts = Partial<Record<EmailCategory, number>>;

/** "bezahlt", "paid", "payée", "betaald" — not after a "not", "noch nicht", "non" */
const PAID = /(?<!\b(?:not|nicht|noch|non|niet|ikke|inte|no|nie|yet|pas|sin|ne)\s+(?:yet\s+|noch\s+|encore\s+)?)\b(?:bezahlt|beglichen|paid(?: in full)?|pay[ée]e?s?|pagad[oa]s?|pagat[oa]|betaald|betalt|betald|maksettu|zap[łl]acon[oa]|zaplaceno|uhrazeno)\b/iu;
const ZERO_BALANCE =
  /(?:offene[rn]? (?:saldo|betrag)|restbetrag|saldo|balance(?: due)?|amount due|outstanding(?: amount)?|solde|reste [àa] payer|openstaand(?: bedrag)?|importe pendiente|da pagare)\s*:?\s*(?:[€$£¤]|eur|chf|usd|gbp)?\s*0[.,]00(?!\d)/i;

/** The mail says its bill is paid: in the subject, or a zero balance or a payment made in the text. */
function saysPaid(mail: ParsedEmail): boolean {
  return PAID.test(mail.subject) || ZERO_BALANCE.test(mail.text) || /\b(?:bezahlt am|paid on|payé le|pagado el|betaald op)\b/i.test(mail.text);
}

export function headerEvidence(mail: ParsedEmail): HeaderEvidence {
  const boosts: Boosts = {};
  const reasons: string[] = [];
  let decisive: EmailCategory | null = null;
  let certain = false;
  const add = (reason: string, b: Boosts) => {
    reasons.push(reason);
    for (const [k, v] of Object.entries(b) as [EmailCategory, number][]) boosts[k] = (boosts[k] ?? 0) + v;
  };
  const h = mail.headers;
  const localPart = mail.fromAddress.split('@')[0] ?? '';

  const isList = Boolean(h['list-unsubscribe'] || h['list-id']);
  const precedence = (h['precedence'] ?? '').toLowerCase();
  if (isList) {
    add(h['list-id'] ? 'header:list-id' : 'header:list-unsubscribe', {
      newsletter: 2,
      notification: 0.6,
      spam: 0.4,
      personal: -2,
      sales_lead: -1.5,
      support_request: -1.5,
      meeting_request: -1.5,
    });
  }
  if (/bulk|list|junk/.test(precedence)) {
    add(`header:precedence=${precedence}`, { newsletter: 1, notification: 0.5, spam: 0.5, personal: -1.5, sales_lead: -1 });
  }
  const autoSubmitted = (h['auto-submitted'] ?? '').toLowerCase();
  // auto-replied (out-of-office) comes from a person's mailbox, not from a system: weaker.
  if (autoSubmitted.startsWith('auto-replied')) {
    add('header:auto-submitted=auto-replied', { notification: 0.5, other: 0.5, personal: -1, sales_lead: -1 });
  } else if (autoSubmitted && autoSubmitted !== 'no') {
    add(`header:auto-submitted=${autoSubmitted}`, {
      notification: 3,
      receipt: 0.5,
      invoice: 0.3,
      personal: -2,
      sales_lead: -2,
      meeting_request: -1,
      newsletter: -0.5,
    });
  }
  if (h['x-autoreply'] || h['x-autorespond']) add('header:x-autoreply', { notification: 1.5, personal: -1 });
  if (NOREPLY_RE.test(localPart)) {
    add(`sender:${localPart}`, {
      notification: 1.5,
      receipt: 0.8,
      invoice: 0.6,
      newsletter: 0.4,
      personal: -2,
      sales_lead: -2,
      support_request: -1.5,
      meeting_request: -1,
    });
  } else if (BULK_SENDER_RE.test(localPart)) {
    add(`sender:${localPart}`, { newsletter: 0.5, personal: -0.5 });
  }

  const spamFlag = /^yes/i.test(h['x-spam-flag'] ?? '') || /^yes/i.test(h['x-spam-status'] ?? '');
  if (spamFlag) add('header:x-spam-flag', { spam: 3 });
  const auth = `${h['authentication-results'] ?? ''}\n${h['received-spf'] ?? ''}`.toLowerCase();
  const authFailures = ['spf', 'dkim', 'dmarc'].filter((m) => new RegExp(`\\b${m}=(fail|softfail|permerror)`).test(auth));
  if (/^\s*(fail|softfail)\b/.test(h['received-spf']?.toLowerCase() ?? '') && !authFailures.includes('spf')) authFailures.push('spf');
  if (authFailures.length > 0) {
    add(`auth:${authFailures.join('+')}=fail`, { spam: 1 + authFailures.length, personal: -0.5, invoice: -0.5, receipt: -0.5 });
  } else if (/dkim=pass/.test(auth) && /(spf|dmarc)=pass/.test(auth)) {
    add('auth:pass', { spam: -0.7 });
  }
  if (mail.replyTo && mail.fromAddress && siteOfAddress(mail.replyTo) !== siteOfAddress(mail.fromAddress) && !isList) {
    add('header:reply-to-other-domain', { spam: 0.6 });
  }

  // phishing: links that lie about where they lead, a display name that names another site
  // (list mail rewrites links through its own tracker more often than it lies: weaker there)
  const weight = isList ? 0.5 : 1;
  const lyingLink = mail.deceptiveLinks.find((link) => link.startsWith('shown:'));
  const ipLink = mail.deceptiveLinks.find((link) => link.startsWith('ip:'));
  if (lyingLink) add(`links:${lyingLink}`, { spam: 3 * weight, invoice: -2 * weight, receipt: -2 * weight, notification: -2 * weight, newsletter: -weight });
  if (ipLink) add(`links:${ipLink}`, { spam: 1.5 * weight, invoice: -0.5 * weight, receipt: -0.5 * weight, notification: -0.5 * weight });
  const impersonated = namedSite(mail.fromName, mail.fromAddress);
  if (impersonated) add(`sender:display-name-names-${impersonated}`, { spam: 1.5, invoice: -0.5, receipt: -0.5, notification: -0.5 });
  const brand = claimedBrand(mail.fromName, mail.fromAddress);
  if (brand) {
    add(`sender:claims-${brand.brand.replace(/ /g, '-')}-from-${brand.freeMail ? 'a-free-mailbox' : 'another-site'}`, { spam: brand.freeMail ? 3 : 1.5, invoice: -1, receipt: -1, notification: -1 });
    // a brand writing from a mailbox anyone can open is an impostor
    if (brand.freeMail && !isList) {
      decisive = 'spam';
      certain = true;
    }
  }
  // a link that lies, with a second sign of deceit, decides it
  if (lyingLink && !isList && (ipLink || impersonated || authFailures.length > 0)) decisive = 'spam';

  if (mail.isReply) add('thread:reply', { spam: -1.5, newsletter: -1.5, notification: -0.7 });
  if (mail.linkCount >= 8) add(`body:${mail.linkCount}-links`, { newsletter: 1, spam: 0.5, personal: -1, support_request: -0.5 });

  for (const a of mail.attachments) {
    const name = a.filename.toLowerCase();
    const isPdf = a.contentType === 'application/pdf' || name.endsWith('.pdf');
    const program = [name, ...(a.entries ?? [])].find((file) => EXECUTABLE_RE.test(file));
    if (program) {
      // malspam: a program, or one packed in an archive, whatever the mail says it is
      add(`attachment:program:${program}`, { spam: 4, invoice: -2, receipt: -2 });
      decisive = 'spam';
      continue;
    }
    if (ARCHIVE_RE.test(name) && (INVOICE_FILE_RE.test(name) || RECEIPT_FILE_RE.test(name))) {
      // bills come as PDFs (or e-invoice XML), not packed
      add(`attachment:packed-bill:${a.filename}`, { spam: 2.5, invoice: -1, receipt: -1 });
      continue;
    }
    if ((a.contentType === 'text/calendar' || name.endsWith('.ics')) && a.calendarMethod === 'REPLY') {
      // "Accepted: …", "Geaccepteerd: …": a calendar's automatic answer to an invitation, a notice
      add('attachment:calendar-reply', { notification: 3, meeting_request: -1 });
      decisive ??= 'notification';
    } else if (a.contentType === 'text/calendar' || name.endsWith('.ics')) {
      add('attachment:calendar-invite', { meeting_request: 3, notification: 0.3 });
      decisive ??= 'meeting_request';
    } else if (INVOICE_FILE_RE.test(name) && !RECEIPT_FILE_RE.test(name) && saysPaid(mail)) {
      // a copy of a bill the mail says is paid ("Ihre Rechnung … (bezahlt)", "Offener Saldo: 0,00"): proof of payment
      add(`attachment:${a.filename}:paid`, { receipt: isPdf ? 3 : 2, invoice: 0.5 });
      if (isPdf && !decisive) {
        decisive = 'receipt';
        // nothing left to pay, in figures, settles it whatever the words around it
        certain ||= ZERO_BALANCE.test(mail.text);
      }
    } else if (INVOICE_FILE_RE.test(name) && !RECEIPT_FILE_RE.test(name)) {
      add(`attachment:${a.filename}`, { invoice: isPdf ? 3 : 2, receipt: 0.5 });
      if (isPdf) decisive ??= 'invoice';
    } else if (RECEIPT_FILE_RE.test(name)) {
      add(`attachment:${a.filename}`, { receipt: isPdf ? 3 : 2, invoice: 0.5 });
      if (isPdf) decisive ??= 'receipt';
    } else if (SPAMMY_ATTACHMENT_RE.test(name)) {
      add(`attachment:${a.filename}`, { spam: 1.5 });
    } else if (isPdf) {
      add('attachment:pdf', { invoice: 0.4, receipt: 0.2, newsletter: -0.3 });
    }
  }
  // A spoofed "invoice" with failing authentication is phishing, not a bill.
  if (decisive === 'invoice' && authFailures.length >= 2) decisive = null;
  return { boosts, reasons, decisive, certain };
}
