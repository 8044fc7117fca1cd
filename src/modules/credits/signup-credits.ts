import { createHash } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/domain-events';
import { parseCredits } from '../../common/money';
import { AppConfig } from '../../config/app-config';
import { ORGANIZATION_CREATED } from '../organizations/organizations.service';
import { CreditsService } from './credits.service';
import { LedgerRepository } from './ledger.repository';

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * One mailbox, one spelling: lower case, no "+tag", and for Gmail no dots and one domain,
 * so "J.Doe+x@GoogleMail.com" and "jdoe@gmail.com" earn free credits once between them.
 */
export function normaliseSignupEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at).split('+')[0];
  let domain = trimmed.slice(at + 1);
  if (GMAIL.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

export function signupEmailHash(email: string): string {
  return createHash('sha256').update(`steward-signup:${normaliseSignupEmail(email)}`).digest('hex');
}

/** Gives a new organization's owner the free signup credits, once per e-mail address ever. */
@Injectable()
export class SignupCreditsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SignupCredits');
  private unsubscribe?: () => void;

  constructor(
    private readonly events: DomainEvents,
    private readonly config: AppConfig,
    private readonly ledger: LedgerRepository,
    private readonly credits: CreditsService,
  ) {}

  onModuleInit() {
    this.unsubscribe = this.events.subscribe(ORGANIZATION_CREATED, async (event) => {
      const { organizationId, ownerEmail } = event.payload as { organizationId: string; ownerEmail: string | null };
      if (ownerEmail) await this.grantOnce(organizationId, ownerEmail);
    });
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }

  /** Returns true when credits were granted. The claim is kept even if the org is deleted. */
  async grantOnce(organizationId: string, ownerEmail: string): Promise<boolean> {
    const amount = parseCredits(this.config.freeCreditsOnSignup, 'FREE_CREDITS_ON_SIGNUP');
    if (amount <= 0n) return false;
    const claimed = await this.ledger.db.query(
      `INSERT INTO signup_credit_claims (email_hash, organization_id) VALUES ($1, $2) ON CONFLICT (email_hash) DO NOTHING RETURNING email_hash`,
      [signupEmailHash(ownerEmail), organizationId],
    );
    if (!claimed.length) {
      this.logger.log({ msg: 'signup credits already claimed by this e-mail address', organizationId });
      return false;
    }
    try {
      await this.credits.grant({ organizationId, amount, idempotencyKey: `signup:${organizationId}`, reason: 'free signup credits' });
    } catch (error) {
      // give the address its chance back if the grant itself failed
      await this.ledger.db.query(`DELETE FROM signup_credit_claims WHERE email_hash = $1 AND organization_id = $2`, [signupEmailHash(ownerEmail), organizationId]);
      throw error;
    }
    return true;
  }
}
