import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { formatCredits, parseCredits } from '../../common/money';
import { actorOf, systemPrincipal, type Principal } from '../../modules/auth/principal';
import { TasksService } from '../../modules/tasks/tasks.service';
import type { ListProposalsQuery, UpdatePolicyDto } from './dto/agentic.dto';
import { AgenticPolicy } from './entities/agentic-policy.entity';
import { Proposal } from './entities/proposal.entity';

export const PROPOSAL_DECIDED = 'agentic.proposal.decided';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** actions that start an autonomous task when approved; the rest are acknowledgements */
const TASK_ACTIONS = new Set(['lead_followup', 'social_media_post', 'email_campaign']);

export interface Decider {
  /** rest | slack | discord | policy | … */
  via: string;
  /** who decided, as the channel knows them (user id, chat user id) */
  by?: string | null;
  /** the acting principal (its organization must match); the system acts for policy and chat */
  principal?: Principal;
}

/**
 * Proposals and the policy. `decide` is the one way to approve or decline — REST, Slack
 * buttons, Discord components and the auto-approve policy all call it. Approving a task
 * action creates the task (billed like any other) with the proposal as idempotency key.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly events: DomainEvents,
  ) {}

  async list(organizationId: string, query: ListProposalsQuery) {
    const rows = await this.db.getRepository(Proposal).find({
      where: { organizationId, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC' },
      take: query.limit ?? 50,
    });
    return { items: rows.map(proposalView) };
  }

  async get(organizationId: string, id: string) {
    return proposalView(await this.load(organizationId, id));
  }

  async decide(organizationId: string, id: string, decision: 'approve' | 'decline', decider: Decider) {
    const proposal = await this.load(organizationId, id);
    if (proposal.status !== 'pending') {
      // a repeated click on the same button answers with the decision already made
      if ((decision === 'approve') === (proposal.status === 'approved')) return proposalView(proposal);
      throw new DomainError('conflict', `This proposal was already ${proposal.status}${proposal.decidedVia ? ` via ${proposal.decidedVia}` : ''}.`);
    }
    const principal = decider.principal ?? systemPrincipal(organizationId);
    const by = decider.by ?? actorOf(principal).actorId ?? decider.via;
    if (decision === 'decline') {
      await this.settle(proposal, { status: 'declined', decidedVia: decider.via, decidedBy: by });
    } else {
      let taskId: string | null = null;
      if (TASK_ACTIONS.has(proposal.action)) {
        try {
          const task = await this.tasks.create(
            organizationId,
            { agent: proposal.action, input: { text: proposal.reason, ...proposal.params, runKey: proposal.id } as never, channel: 'engine', idempotencyKey: `proposal-${proposal.id}` },
            principal,
          );
          taskId = task.id;
        } catch (error) {
          // refused (credits, budget, plan): the proposal stays pending and says why
          if (error instanceof DomainError) {
            await this.db.getRepository(Proposal).update({ id: proposal.id }, { executionError: error.message });
          }
          throw error;
        }
      }
      await this.settle(proposal, { status: 'approved', decidedVia: decider.via, decidedBy: by, taskId, executionError: null });
    }
    const fresh = await this.load(organizationId, id);
    this.events.publish(PROPOSAL_DECIDED, organizationId, { proposal: proposalView(fresh) });
    return proposalView(fresh);
  }

  async policy(organizationId: string): Promise<AgenticPolicy> {
    await this.db.query(`INSERT INTO agentic_policies (organization_id) VALUES ($1) ON CONFLICT (organization_id) DO NOTHING`, [organizationId]);
    return this.db.getRepository(AgenticPolicy).findOneByOrFail({ organizationId });
  }

  async policyView(organizationId: string) {
    return policyView(await this.policy(organizationId));
  }

  async updatePolicy(organizationId: string, input: UpdatePolicyDto) {
    const policy = await this.policy(organizationId);
    const { runCreditCap, ...rest } = input;
    Object.assign(policy, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (runCreditCap !== undefined) {
      const cap = parseCredits(runCreditCap, 'runCreditCap');
      if (cap < 0n) throw new DomainError('validation_failed', 'runCreditCap cannot be negative.');
      policy.runCreditCap = cap;
    }
    return policyView(await this.db.getRepository(AgenticPolicy).save(policy));
  }

  private async settle(proposal: Proposal, changes: Partial<Proposal>) {
    const result = await this.db
      .createQueryBuilder()
      .update(Proposal)
      .set({ ...changes, decidedAt: new Date() } as never)
      .where('id = :id AND status = :pending', { id: proposal.id, pending: 'pending' })
      .execute();
    if (!result.affected) throw new DomainError('conflict', 'This proposal was decided at the same moment by someone else.');
  }

  private async load(organizationId: string, id: string) {
    const proposal = UUID.test(id) ? await this.db.getRepository(Proposal).findOneBy({ organizationId, id }) : null;
    if (!proposal) throw new NotFoundError('Proposal');
    return proposal;
  }
}

export function proposalView(p: Proposal) {
  return {
    id: p.id,
    action: p.action,
    insightType: p.insightType,
    reason: p.reason,
    confidence: p.confidence,
    estimatedCost: formatCredits(p.estimatedCost),
    status: p.status,
    params: p.params,
    decidedVia: p.decidedVia,
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt,
    taskId: p.taskId,
    executionError: p.executionError,
    runId: p.runId,
    createdAt: p.createdAt,
  };
}

export function policyView(p: AgenticPolicy) {
  return {
    enabled: p.enabled,
    autoApprove: p.autoApprove,
    runCreditCap: formatCredits(p.runCreditCap),
    confidenceThreshold: p.confidenceThreshold,
    staleLeadDays: p.staleLeadDays,
    weeklyPostTarget: p.weeklyPostTarget,
    backlogThreshold: p.backlogThreshold,
    digestChannel: p.digestChannel,
    digestTarget: p.digestTarget,
    updatedAt: p.updatedAt,
  };
}
