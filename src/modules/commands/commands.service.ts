import { Injectable, Logger } from '@nestjs/common';
import { AiCeoService } from '../../agents/ai-ceo/ai-ceo.service';
import { DomainError, ForbiddenError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { roleAtLeast } from '../organizations/entities/membership.entity';
import { ChatIdentityService } from '../conversations/chat-identity.service';
import { LinkOnlyInChatError } from '../conversations/conversations.errors';
import { COMMANDS, commandSpec } from './command-catalog';
import type { CommandContext, InboundMessage } from './command-context';
import { parseCommand, ParsedCommand } from './command-parser';
import { CommandReply, errorReply } from './command-reply';
import { MoneyCommands } from './handlers/money.commands';
import { CrmCommands } from './handlers/crm.commands';
import { TaskCommands } from './handlers/task.commands';

const CHANNEL_NAMES = { slack: 'Slack workspace', discord: 'Discord server' } as const;

/**
 * The one command language: parse → authorize → run a module service → a reply model.
 * Every channel (Slack, Discord, e-mail, REST, CLI) goes through `execute`.
 */
@Injectable()
export class CommandsService {
  private readonly logger = new Logger('Commands');

  constructor(
    private readonly identities: ChatIdentityService,
    private readonly money: MoneyCommands,
    private readonly tasks: TaskCommands,
    private readonly crm: CrmCommands,
    private readonly aiCeo: AiCeoService,
  ) {}

  async execute(context: CommandContext, text: string): Promise<CommandReply> {
    const parsed = parseCommand(text);
    try {
      return await this.run(context, parsed);
    } catch (error) {
      return this.failure(parsed, error);
    }
  }

  /** Chat entry: `link` works before anyone is known; everything else needs a linked member. */
  async handleInbound(message: InboundMessage): Promise<CommandReply> {
    const parsed = parseCommand(message.text);
    try {
      if (parsed.kind === 'command' && parsed.name === 'link') return await this.link(message, parsed.args[0]);
      const who = await this.identities.resolve(message.provider, message.workspaceId, message.externalUserId, message.verifiedEmail);
      if (who.status === 'workspace_not_linked') return this.notLinked(message);
      if (who.status === 'not_a_member') return this.notAMember(message, await this.identities.organizationName(who.organizationId));
      const runs = parsed.kind === 'command' && parsed.name === 'run';
      const context: CommandContext = {
        channel: message.provider,
        organizationId: who.organizationId,
        principal: who.principal,
        threadKey: message.threadKey,
        attachment: message.attachment ?? (runs && message.attachedFile ? await message.attachedFile() : undefined),
        replyTarget: message.replyTarget,
        idempotencyKey: message.idempotencyKey,
      };
      return await this.run(context, parsed);
    } catch (error) {
      return this.failure(parsed, error);
    }
  }

  private async run(context: CommandContext, parsed: ParsedCommand): Promise<CommandReply> {
    if (parsed.kind === 'unknown') return this.unknown(parsed.input, parsed.suggestion);
    if (parsed.kind === 'ask') return this.ask(context, parsed.question);
    const spec = commandSpec(parsed.name)!;
    const writing = parsed.name === 'budget' && parsed.args[0]?.toLowerCase() === 'set';
    this.authorize(context, writing && spec.writeRole ? spec.writeRole : spec.role, writing ? `${spec.name} set` : spec.name);
    switch (parsed.name) {
      case 'help':
        return this.help(parsed.args[0]);
      case 'balance':
        return this.money.balance(context);
      case 'usage':
        return this.money.usage(context, parsed.args[0]);
      case 'forecast':
        return this.money.forecast(context);
      case 'budget':
        return writing ? this.money.setBudget(context, parsed.args[1]) : this.money.budgets(context);
      case 'tasks':
        return this.tasks.recent(context, parsed.args[0]);
      case 'run':
        return this.tasks.run(context, parsed.args[0], parsed.rest.slice((parsed.args[0] ?? '').length).trim());
      case 'leads':
        return this.crm.leads(context);
      case 'lead':
        return this.crm.lead(context, parsed.rest);
      case 'proposals':
        return this.crm.pending(context);
      case 'approve':
      case 'decline':
        return this.crm.decide(context, parsed.name, parsed.args[0]);
      case 'ask':
        return this.ask(context, parsed.rest);
      case 'link':
        throw new LinkOnlyInChatError();
      default:
        return this.unknown(parsed.name, 'help');
    }
  }

  private authorize(context: CommandContext, role: 'member' | 'admin' | 'owner', what: string) {
    if (context.principal.isPlatformAdmin) return;
    if (!roleAtLeast(context.principal.role, role)) {
      throw new ForbiddenError(`\`${what}\` needs the ${role} role or higher; you are ${context.principal.role ?? 'not a member'}.`);
    }
  }

  private async ask(context: CommandContext, question: string): Promise<CommandReply> {
    if (!question.trim()) return this.help('ask');
    const answer = await this.aiCeo.ask(
      { organizationId: context.organizationId, principal: context.principal, channel: context.channel, threadKey: context.threadKey ?? `${context.channel}:${context.principal.userId ?? context.principal.apiKeyId}` },
      question,
    );
    return {
      ok: true,
      command: 'ask',
      title: answer.name,
      blocks: [{ kind: 'text', text: answer.text }],
      visibility: 'in_channel',
      cost: formatCredits(answer.cost),
      mode: answer.mode,
      data: { mode: answer.mode, usage: answer.usage, cost: formatCredits(answer.cost), tools: answer.toolsUsed },
    };
  }

  help(name?: string): CommandReply {
    const spec = name ? commandSpec(name.toLowerCase()) : undefined;
    if (name && !spec) return this.unknown(name, parseCommand(name).kind === 'unknown' ? (parseCommand(name) as { suggestion: string }).suggestion : 'help');
    if (spec) {
      const roleNote = spec.writeRole ? `Members can read; changing needs ${spec.writeRole}.` : `Needs the ${spec.role} role.`;
      return { ok: true, command: 'help', title: spec.usage, blocks: [{ kind: 'text', text: `${capitalise(spec.summary)}. ${roleNote}` }, { kind: 'list', items: spec.examples }], visibility: 'ephemeral', cost: null };
    }
    return {
      ok: true,
      command: 'help',
      title: 'Steward commands',
      blocks: [{ kind: 'list', items: COMMANDS.map((command) => `${command.usage} — ${command.summary}`) }, { kind: 'text', text: 'Any other text goes to the AI CEO.' }],
      visibility: 'ephemeral',
      cost: null,
    };
  }

  private unknown(input: string, suggestion: string): CommandReply {
    const message = `I don't know the command "${input}". Did you mean \`${suggestion}\`?`;
    return { ...errorReply('unknown', 'unknown_command', message, [{ kind: 'list', items: COMMANDS.map((command) => command.usage) }]), data: { suggestion } };
  }

  private async link(message: InboundMessage, code: string | undefined): Promise<CommandReply> {
    if (!code) return this.help('link');
    if (!message.workspaceId) throw new DomainError('invalid_request', `Type \`link <code>\` in a channel of the ${CHANNEL_NAMES[message.provider]} you want to link, not in a direct message.`);
    const result = await this.identities.redeemLinkCode(message.provider, message.workspaceId, message.workspaceName, message.externalUserId, code);
    const where = CHANNEL_NAMES[message.provider];
    const lines = [result.newlyLinked ? `This ${where} is now linked to ${result.organizationName}.` : `This ${where} was already linked to ${result.organizationName}.`];
    if (result.memberLinked) lines.push('Your chat account is linked to your Steward membership.');
    return { ok: true, command: 'link', title: 'Linked', blocks: [{ kind: 'text', text: lines.join(' ') }], visibility: 'ephemeral', cost: null, data: { organizationId: result.organizationId } };
  }

  private notLinked(message: InboundMessage): CommandReply {
    const where = message.workspaceId ? `This ${CHANNEL_NAMES[message.provider]}` : 'Your account';
    return errorReply(
      'link',
      'not_linked',
      `${where} is not linked to a Steward organization yet. An admin can create a code with POST /api/v1/integrations/link-codes ({"provider":"${message.provider}"}) and then type \`link <code>\` here.`,
    );
  }

  private notAMember(message: InboundMessage, organization: string): CommandReply {
    return errorReply(
      'link',
      'not_a_member',
      `Sorry, I can't match your ${message.provider === 'slack' ? 'Slack' : 'Discord'} account to a member of ${organization}. Ask an admin to add you as a member with the e-mail address you use here, or to give you a link code, then type \`link <code>\`.`,
    );
  }

  private failure(parsed: ParsedCommand, error: unknown): CommandReply {
    const command = parsed.kind === 'command' ? parsed.name : parsed.kind;
    if (error instanceof DomainError) return { ...errorReply(command, error.code, error.message), ...(error.details ? { data: error.details } : {}) };
    this.logger.error({ msg: 'command failed', command, error: (error as Error).message, stack: (error as Error).stack });
    return errorReply(command, 'internal_error', 'Something went wrong on our side; it has been logged. Please try again.');
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
