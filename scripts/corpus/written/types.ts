import type { EmailCategory } from '../../../src/agents/email-sorter/categories';

/** A whole mail written by hand as connected prose, with the label a careful reader gives it. */
export interface WrittenMail {
  category: EmailCategory;
  language: string;
  subject: string;
  body: string;
}
