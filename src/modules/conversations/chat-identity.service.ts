import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { normaliseEmail } from '../auth/auth.service';
import { User } from '../auth/entities/user.entity';
import { assertSameOrganization, Principal } from '../auth/principal';
import { Membership, roleAtLeast } from '../organizations/entities/membership.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { LinkCodeInvalidError, WorkspaceLinkedElsewhereError } from './conversations.errors';
import { ChatIdentity } from './entities/chat-identity.entity';
import { ChatProvider, ChatWorkspace } from './entities/chat-workspace.entity';
import { LinkCode } from './entities/link-code.entity';
import { SecretBox } from '../../common/secret-box';

export const LINK_CODE_TTL_MS = 30 * 60_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export type ChatUserResolution =
  | { status: 'ok'; organizationId: string; principal: Principal }
  | { status: 'workspace_not_linked' }
  | { status: 'not_a_member'; organizationId: string };

/** Who is this chat user in Steward? Workspaces link to one organization; people to members. */
@Injectable()
export class ChatIdentityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * `verifiedEmail` is asked only when the account is not known yet (Slack users.info); a
   * provider without verified e-mail (Discord) passes nothing and relies on link codes.
   */
  async resolve(provider: ChatProvider, workspaceId: string | null, externalUserId: string, verifiedEmail?: () => Promise<string | null>): Promise<ChatUserResolution> {
    if (workspaceId === null) return this.resolveDirect(provider, externalUserId);
    const workspace = await this.db.getRepository(ChatWorkspace).findOneBy({ provider, externalId: workspaceId });
    if (!workspace?.organizationId) return { status: 'workspace_not_linked' };
    const organizationId = workspace.organizationId;
    const identity = await this.db.getRepository(ChatIdentity).findOneBy({ provider, workspaceExternalId: workspaceId, externalUserId });
    if (identity && identity.organizationId === organizationId) {
      const principal = await this.principalFor(organizationId, identity.userId);
      if (principal) return { status: 'ok', organizationId, principal };
    }
    const email = verifiedEmail ? await verifiedEmail() : null;
    if (email) {
      const user = await this.db.getRepository(User).findOneBy({ email: normaliseEmail(email) });
      const principal = user ? await this.principalFor(organizationId, user.id) : null;
      if (user && principal) {
        await this.remember(organizationId, provider, workspaceId, externalUserId, user.id, 'email');
        return { status: 'ok', organizationId, principal };
      }
    }
    return { status: 'not_a_member', organizationId };
  }

  /** Direct messages carry no workspace: the account's one linked organization answers. */
  private async resolveDirect(provider: ChatProvider, externalUserId: string): Promise<ChatUserResolution> {
    const identities = await this.db.getRepository(ChatIdentity).find({ where: { provider, externalUserId }, order: { createdAt: 'DESC' } });
    for (const identity of identities) {
      const principal = await this.principalFor(identity.organizationId, identity.userId);
      if (principal) return { status: 'ok', organizationId: identity.organizationId, principal };
    }
    return { status: 'workspace_not_linked' };
  }

  async organizationName(organizationId: string): Promise<string> {
    return (await this.db.getRepository(Organization).findOneBy({ id: organizationId }))?.name ?? 'your organization';
  }

  async createLinkCode(organizationId: string, provider: ChatProvider, principal: Principal, email?: string) {
    assertSameOrganization(principal, organizationId);
    if (!principal.isPlatformAdmin && !roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('Link codes need the admin role or higher.');
    let userId = principal.kind === 'user' ? principal.userId : null;
    if (email) {
      const user = await this.db.getRepository(User).findOneBy({ email: normaliseEmail(email) });
      const member = user ? await this.db.getRepository(Membership).findOneBy({ organizationId, userId: user.id }) : null;
      if (!user || !member) throw new NotFoundError(`A member with the e-mail ${email}`);
      userId = user.id;
    }
    const code = Array.from({ length: 8 }, (_, i) => (i === 4 ? '-' : '') + CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const expiresAt = new Date(Date.now() + LINK_CODE_TTL_MS);
    await this.db.getRepository(LinkCode).insert({ organizationId, provider, codeHash: hashCode(code), userId, createdBy: principal.userId ?? principal.apiKeyId, expiresAt });
    return { code, provider, expiresAt: expiresAt.toISOString(), linksMember: userId !== null };
  }

  /** `link <code>` in a chat: links the workspace to the code's organization, and the person when the code names one. */
  async redeemLinkCode(provider: ChatProvider, workspaceId: string, workspaceName: string | null, externalUserId: string, code: string) {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query(`SELECT id FROM chat_link_codes WHERE code_hash = $1 FOR UPDATE`, [hashCode(code)]);
      const row = rows[0] ? await tx.getRepository(LinkCode).findOneBy({ id: rows[0].id }) : null;
      if (!row || row.provider !== provider || row.usedAt || row.expiresAt.getTime() < Date.now()) throw new LinkCodeInvalidError();
      const workspaces = tx.getRepository(ChatWorkspace);
      let workspace = await workspaces.findOneBy({ provider, externalId: workspaceId });
      if (workspace?.organizationId && workspace.organizationId !== row.organizationId) throw new WorkspaceLinkedElsewhereError();
      workspace ??= workspaces.create({ provider, externalId: workspaceId, organizationId: null, name: workspaceName, botTokenCiphertext: null, botUserId: null, linkedAt: null });
      const newlyLinked = !workspace.organizationId;
      workspace.organizationId = row.organizationId;
      workspace.linkedAt ??= new Date();
      workspace.name = workspaceName ?? workspace.name;
      await workspaces.save(workspace);
      await tx.getRepository(LinkCode).update({ id: row.id }, { usedAt: new Date(), usedInWorkspace: workspaceId });
      if (row.userId) {
        await tx.getRepository(ChatIdentity).upsert(
          { organizationId: row.organizationId, provider, workspaceExternalId: workspaceId, externalUserId, userId: row.userId, method: 'link' },
          ['provider', 'workspaceExternalId', 'externalUserId'],
        );
      }
      const organization = await tx.getRepository(Organization).findOneByOrFail({ id: row.organizationId });
      return { organizationId: row.organizationId, organizationName: organization.name, newlyLinked, memberLinked: row.userId !== null };
    });
  }

  /** Stores an OAuth installation; the token is sealed with the instance encryption key. */
  async saveInstallation(provider: ChatProvider, workspaceId: string, name: string | null, botToken: string, botUserId: string | null) {
    const sealed = new SecretBox(this.config.encryptionKey).seal(botToken);
    const repo = this.db.getRepository(ChatWorkspace);
    const existing = await repo.findOneBy({ provider, externalId: workspaceId });
    if (existing) {
      await repo.update({ id: existing.id }, { botTokenCiphertext: sealed, botUserId, name: name ?? existing.name });
    } else {
      await repo.insert({ provider, externalId: workspaceId, organizationId: null, name, botTokenCiphertext: sealed, botUserId, linkedAt: null });
    }
  }

  async installation(provider: ChatProvider, workspaceId: string): Promise<{ botToken: string; botUserId: string | null } | null> {
    const row = await this.db.getRepository(ChatWorkspace).findOneBy({ provider, externalId: workspaceId });
    if (!row?.botTokenCiphertext) return null;
    return { botToken: new SecretBox(this.config.encryptionKey).open(row.botTokenCiphertext), botUserId: row.botUserId };
  }

  private async remember(organizationId: string, provider: ChatProvider, workspaceId: string, externalUserId: string, userId: string, method: string) {
    await this.db
      .getRepository(ChatIdentity)
      .upsert({ organizationId, provider, workspaceExternalId: workspaceId, externalUserId, userId, method }, ['provider', 'workspaceExternalId', 'externalUserId']);
  }

  private async principalFor(organizationId: string, userId: string): Promise<Principal | null> {
    const membership = await this.db.getRepository(Membership).findOneBy({ organizationId, userId });
    if (!membership) return null;
    return { kind: 'channel', userId, apiKeyId: null, isPlatformAdmin: false, organizationId, role: membership.role };
  }
}

function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase().replace(/[^A-Z0-9]/g, '')).digest('hex');
}
