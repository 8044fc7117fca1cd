import type { InboundAttachment, InboundEmail } from './inbound-email';

export interface MailLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
}

export type RoutePlan =
  | { route: 'command'; command: string }
  | { route: 'limit'; message: string }
  | { route: 'invoice'; invoices: InboundAttachment[]; useBodyText: boolean }
  | { route: 'sort' };

const COMMAND_SUBJECT = /^\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*steward\s*:\s*(.+?)\s*$/i;
const INVOICE_WORDING = /\b(invoices?|rechnung(?:en)?|facture|factura|fattura|faktura|bill(?:ing)? statement|amount due|payment due|tax invoice)\b/i;
const INVOICE_FILE = /\.(pdf|png|jpe?g|tiff?|webp|xml)$/i;
const INVOICE_TYPES = /^(application\/pdf|image\/(png|jpe?g|tiff|webp)|application\/xml|text\/xml)$/i;
/** inline images this small are logos and signatures, not scanned invoices */
const MIN_IMAGE_BYTES = 8 * 1024;

function invoiceLike(attachment: InboundAttachment): boolean {
  const type = attachment.contentType.toLowerCase().split(';')[0]!.trim();
  const byType = INVOICE_TYPES.test(type);
  const byName = attachment.filename ? INVOICE_FILE.test(attachment.filename) : false;
  if (!byType && !byName) return false;
  const isImage = type.startsWith('image/') || /\.(png|jpe?g|tiff?|webp)$/i.test(attachment.filename ?? '');
  if (isImage && (attachment.related || attachment.size < MIN_IMAGE_BYTES)) return false;
  if (/xml/.test(type) || /\.xml$/i.test(attachment.filename ?? '')) {
    return /Invoice|CrossIndustryInvoice|CreditNote/.test(attachment.content.subarray(0, 4096).toString('utf8'));
  }
  return true;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`;
}

/**
 * What to do with an allowed mail: a command subject, a limit breach (answered, not processed),
 * invoices (one Invoice Processor task each, forwarded mails' inner files count) or sorting.
 */
export function planRoute(mail: InboundEmail, limits: MailLimits): RoutePlan {
  const command = COMMAND_SUBJECT.exec(mail.subject);
  if (command) return { route: 'command', command: command[1]! };
  const files = mail.attachments.filter((a) => !a.related);
  if (files.length > limits.maxAttachments) {
    return { route: 'limit', message: `The mail has ${files.length} attachments; the limit is ${limits.maxAttachments} per mail. Please send them in smaller batches.` };
  }
  const tooBig = files.find((a) => a.size > limits.maxAttachmentBytes);
  if (tooBig) {
    return {
      route: 'limit',
      message: `The attachment ${tooBig.filename ?? '(unnamed)'} is ${megabytes(tooBig.size)}; the limit is ${megabytes(limits.maxAttachmentBytes)} per attachment.`,
    };
  }
  const invoices = mail.attachments.filter(invoiceLike);
  if (invoices.length) return { route: 'invoice', invoices, useBodyText: false };
  if (INVOICE_WORDING.test(mail.subject) && INVOICE_WORDING.test(`${mail.subject}\n${mail.text}`) && /\d/.test(mail.text)) {
    return { route: 'invoice', invoices: [], useBodyText: true };
  }
  return { route: 'sort' };
}
