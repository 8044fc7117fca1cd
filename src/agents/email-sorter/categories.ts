/** Labels of the email-sorter, mirrored from shared/contracts/email-categories.json. */
export const EMAIL_CATEGORIES = [
  'invoice',
  'receipt',
  'sales_lead',
  'support_request',
  'meeting_request',
  'newsletter',
  'notification',
  'spam',
  'personal',
  'other',
] as const;

export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

export const EMAIL_CATEGORY_DESCRIPTIONS: Record<EmailCategory, string> = {
  invoice: 'a bill to pay or a copy of one (attached or in the body)',
  receipt: 'proof of a payment already made, order confirmation with amount paid',
  sales_lead: 'a prospect asking about buying, pricing, a quote or a demo',
  support_request: 'an existing customer reporting a problem or asking for help',
  meeting_request: 'asks to schedule, move or confirm a meeting or call',
  newsletter: 'bulk editorial or marketing mail the recipient subscribed to',
  notification: 'automated message from a system: alerts, shipping, password resets, CI',
  spam: 'unsolicited bulk mail, scams, phishing',
  personal: 'person-to-person mail that fits none of the above',
  other: 'anything else',
};

export function isEmailCategory(value: unknown): value is EmailCategory {
  return typeof value === 'string' && (EMAIL_CATEGORIES as readonly string[]).includes(value);
}
