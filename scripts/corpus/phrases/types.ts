import type { EmailCategory } from '../../../src/agents/email-sorter/categories';

/**
 * Hand-written phrase bank for one language. A generated mail is a subject, a greeting,
 * a few category lines in random order, optional neutral filler, a closing and a name.
 * Placeholders: {name} {company} {amount} {date} {time} {day} {product} {number} {url} {city}.
 */
export interface PhraseBank {
  language: string;
  greetings: string[];
  closings: string[];
  /** sentences that appear in mail of any category (so they carry no signal) */
  neutral: string[];
  categories: Record<EmailCategory, { subjects: string[]; lines: string[] }>;
}
