/** A mail as the adapter hands it to the core (src/integrations/email maps mailparser to this). */
export interface InboundAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  content: Buffer;
  /** an inline image referenced from the HTML (logos, signatures) */
  related: boolean;
  /** found inside a forwarded message/rfc822 part */
  forwarded: boolean;
}

export interface AuthenticationVerdicts {
  spf?: string;
  dkim?: string;
  dmarc?: string;
}

export interface InboundEmail {
  messageId: string | null;
  from: { address: string; name: string | null } | null;
  replyTo: string | null;
  subject: string;
  date: Date | null;
  references: string[];
  text: string;
  attachments: InboundAttachment[];
  authentication: AuthenticationVerdicts | null;
}

/** What the watcher records before anything else happens. */
export interface InboundEnvelope {
  uidValidity: string;
  uid: number;
  messageId: string;
  contentHash: string;
  fromAddress: string | null;
  subject: string | null;
  size: number;
  /** null when the mail is over the size limit (it is recorded and answered with the limit) */
  raw: Buffer | null;
}
