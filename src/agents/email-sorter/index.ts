export { EMAIL_CATEGORIES, EMAIL_CATEGORY_DESCRIPTIONS, isEmailCategory, type EmailCategory } from './categories';
export { classifyEmail, type ClassifyEmailOptions, type EmailClassification, type EmailSortMethod } from './email-sorter';
export { extractEmailText, type EmailAttachmentInfo, type EmailText } from './email-parse';
export { runEmailSorterAgent } from './email-sorter.agent';
export { classifyEmailFiles } from './classify-email-files';
export type { EmailCorrection } from './corrections';
