import { Injectable } from '@nestjs/common';
import { ProposalsService } from '../../../agents/agentic-engine/proposals.service';
import { ValidationFailedError } from '../../../common/domain-error';
import { CrmService } from '../../crm/crm.service';
import type { CommandContext } from '../command-context';
import type { CommandReply } from '../command-reply';
import { proposalBlocks } from './proposal.replies';

/** `leads`, `lead <name>`, `proposals`, `approve <id>`, `decline <id>`: the CRM and the engine's proposals in chat. */
@Injectable()
export class CrmCommands {
  constructor(
    private readonly crm: CrmService,
    private readonly proposals: ProposalsService,
  ) {}

  async leads(context: CommandContext): Promise<CommandReply> {
    const { items, total, text } = await this.crm.leads(context.organizationId);
    return {
      ok: true,
      command: 'leads',
      title: total ? `Open leads (${total})` : 'No open leads',
      blocks: [{ kind: 'text', text }],
      visibility: 'in_channel',
      cost: null,
      data: { total, items: items.map((lead) => ({ id: lead.id, name: lead.name, company: lead.company, status: lead.status, score: lead.score })) },
    };
  }

  async lead(context: CommandContext, name: string): Promise<CommandReply> {
    if (!name.trim()) throw new ValidationFailedError('Say which lead: `lead <name>`.');
    const { lead, text } = await this.crm.lead(context.organizationId, name);
    return { ok: true, command: 'lead', title: lead.name, blocks: [{ kind: 'text', text }], visibility: 'in_channel', cost: null, data: { lead } };
  }

  async pending(context: CommandContext): Promise<CommandReply> {
    const { items } = await this.proposals.list(context.organizationId, { status: 'pending', limit: 10 } as never);
    return {
      ok: true,
      command: 'proposals',
      title: items.length ? `${items.length} proposal${items.length === 1 ? '' : 's'} waiting for a decision` : 'No proposals waiting',
      blocks: items.length
        ? [...proposalBlocks(items), { kind: 'text', text: 'Use the buttons, or answer with `approve <id>` or `decline <id>`.' }]
        : [{ kind: 'text', text: 'The agentic engine files proposals when it finds something worth doing.' }],
      visibility: 'in_channel',
      cost: null,
      data: { items },
    };
  }

  async decide(context: CommandContext, decision: 'approve' | 'decline', idOrPrefix: string | undefined): Promise<CommandReply> {
    if (!idOrPrefix) throw new ValidationFailedError(`Say which proposal: \`${decision} <id>\` (see \`proposals\`).`);
    const id = await this.resolveId(context, idOrPrefix);
    const decided = await this.proposals.decide(context.organizationId, id, decision, {
      via: context.channel,
      by: context.principal.userId ?? context.principal.apiKeyId,
      principal: context.principal,
    });
    const started = decided.taskId ? ` Task ${decided.taskId} was started; its cost is charged when it finishes.` : '';
    return {
      ok: true,
      command: decision,
      title: `Proposal ${decided.status}`,
      blocks: [{ kind: 'text', text: `${decided.action}: ${decided.reason}.${started}` }],
      visibility: 'in_channel',
      cost: decided.taskId ? decided.estimatedCost : null,
      data: { proposal: decided },
    };
  }

  /** People type the short id shown by `proposals`; it must match exactly one pending proposal. */
  private async resolveId(context: CommandContext, idOrPrefix: string): Promise<string> {
    if (/^[0-9a-f-]{36}$/i.test(idOrPrefix)) return idOrPrefix;
    const { items } = await this.proposals.list(context.organizationId, { limit: 200 } as never);
    const matches = items.filter((p) => p.id.startsWith(idOrPrefix.toLowerCase()));
    if (matches.length !== 1) throw new ValidationFailedError(matches.length ? `"${idOrPrefix}" matches several proposals; give more of the id.` : `No proposal starts with "${idOrPrefix}".`);
    return matches[0].id;
  }
}
