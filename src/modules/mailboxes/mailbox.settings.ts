/** Decrypted connection settings handed to the e-mail adapter; never leave the process. */
export interface ImapConnectionSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password?: string;
  accessToken?: string;
  folder: string;
}

export interface SmtpConnectionSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface MailboxConnection {
  mailboxId: string;
  organizationId: string;
  imap: ImapConnectionSettings;
  smtp: SmtpConnectionSettings;
  processedKeyword: string;
}
