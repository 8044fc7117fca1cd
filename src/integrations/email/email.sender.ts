import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type { SmtpConnectionSettings } from '../../modules/mailboxes/mailbox.settings';
import type { ComposedReply } from '../../modules/mailboxes/reply-composer';
import { classifyMailError, MailError } from './email.client';

function transportOptions(settings: SmtpConnectionSettings, pool: boolean) {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    pool,
    maxConnections: 4,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}

/** Sends replies with nodemailer over SMTP; one pooled transport per server and login. */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly transports = new Map<string, Transporter>();

  async send(settings: SmtpConnectionSettings, reply: ComposedReply): Promise<string> {
    const info = await this.transport(settings).sendMail({
      from: reply.from,
      to: reply.to,
      subject: reply.subject,
      messageId: reply.messageId,
      inReplyTo: reply.inReplyTo,
      references: reply.references,
      text: reply.text,
      html: reply.html,
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    });
    return info.messageId ?? reply.messageId;
  }

  async test(settings: SmtpConnectionSettings): Promise<{ ok: true } | { ok: false; error: MailError }> {
    const transport = nodemailer.createTransport(transportOptions(settings, false));
    try {
      await transport.verify();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: classifyMailError(error, `${settings.host}:${settings.port}`) };
    } finally {
      transport.close();
    }
  }

  onModuleDestroy() {
    for (const transport of this.transports.values()) transport.close();
    this.transports.clear();
  }

  private transport(settings: SmtpConnectionSettings): Transporter {
    const key = JSON.stringify([settings.host, settings.port, settings.secure, settings.user ?? '', settings.password ?? '']);
    let transport = this.transports.get(key);
    if (!transport) {
      transport = nodemailer.createTransport(transportOptions(settings, true));
      this.transports.set(key, transport);
    }
    return transport;
  }
}
