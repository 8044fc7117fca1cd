import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../../common/domain-error';
import { formatCredits, parseCredits } from '../../../common/money';
import { BudgetsService } from '../../credits/budgets.service';
import { CreditsService } from '../../credits/credits.service';
import type { CommandContext } from '../command-context';
import type { CommandReply } from '../command-reply';
import { FiguresService, USAGE_PERIODS, UsagePeriod } from '../figures.service';


const ORGANIZATION_BUDGET = 'Organization';

/** balance, usage, forecast and budget: read by members, budgets set by admins. */
@Injectable()
export class MoneyCommands {
  constructor(
    private readonly credits: CreditsService,
    private readonly budgetsService: BudgetsService,
    private readonly figures: FiguresService,
  ) {}

  async balance(context: CommandContext): Promise<CommandReply> {
    const balance = await this.credits.getBalance(context.organizationId);
    const view = { balance: formatCredits(balance.balance), held: formatCredits(balance.held), available: formatCredits(balance.available) };
    return {
      ok: true,
      command: 'balance',
      title: `${view.available} credits available`,
      blocks: [{ kind: 'fields', fields: [{ label: 'Balance', value: view.balance }, { label: 'Held for running tasks', value: view.held }, { label: 'Available', value: view.available }] }],
      visibility: 'ephemeral',
      cost: '0',
      data: view,
    };
  }

  async usage(context: CommandContext, period = 'month'): Promise<CommandReply> {
    const chosen = period.toLowerCase() as UsagePeriod;
    if (!USAGE_PERIODS.includes(chosen)) throw new ValidationFailedError(`Usage covers today, week or month, not "${period}".`);
    const summary = await this.figures.usage(context.organizationId, chosen);
    return {
      ok: true,
      command: 'usage',
      title: `Spent ${summary.total} credits ${chosen === 'today' ? 'today' : `this ${chosen}`}`,
      blocks: summary.lines.length
        ? [{ kind: 'list', items: summary.lines.map((line) => `${line.label}: ${line.cost} credits (${line.count}×)`) }]
        : [{ kind: 'text', text: 'Nothing was spent in this period.' }],
      visibility: 'ephemeral',
      cost: '0',
      data: { period: chosen, total: summary.total, byOperation: summary.lines },
    };
  }

  async forecast(context: CommandContext): Promise<CommandReply> {
    const forecast = await this.figures.forecast(context.organizationId);
    return {
      ok: true,
      command: 'forecast',
      title: forecast.headline,
      blocks: [{ kind: 'fields', fields: forecast.fields }],
      visibility: 'ephemeral',
      cost: '0',
      data: forecast.data,
    };
  }

  async budgets(context: CommandContext): Promise<CommandReply> {
    const { items } = await this.budgetsService.list(context.organizationId);
    return {
      ok: true,
      command: 'budget',
      title: items.length ? `${items.length} monthly budget${items.length === 1 ? '' : 's'}` : 'No budget set',
      blocks: items.length
        ? [{ kind: 'list', items: items.map((b) => `${b.name}${scope(b)}: ${b.spent} of ${b.amountLimit} credits spent (${b.percentUsed}%)${b.hardStop ? ', hard stop' : ''}`) }]
        : [{ kind: 'text', text: 'An admin can set one with `budget set <credits>`.' }],
      visibility: 'ephemeral',
      cost: '0',
      data: { items: items.map((b) => ({ id: b.id, name: b.name, amountLimit: b.amountLimit, spent: b.spent, remaining: b.remaining })) },
    };
  }

  /** `budget set N`: the organization-wide monthly budget (created the first time). */
  async setBudget(context: CommandContext, amount: string | undefined): Promise<CommandReply> {
    if (!amount) throw new ValidationFailedError('Say how many credits: `budget set 500`.');
    const limit = parseCredits(amount.replace(/,/g, ''), 'budget');
    const { items } = await this.budgetsService.list(context.organizationId);
    const existing = items.find((b) => b.department === null && b.project === null);
    const budget = existing
      ? await this.budgetsService.update(context.organizationId, existing.id, { amountLimit: limit })
      : await this.budgetsService.create(context.organizationId, { name: ORGANIZATION_BUDGET, amountLimit: limit });
    return {
      ok: true,
      command: 'budget',
      title: `Monthly budget set to ${budget.amountLimit} credits`,
      blocks: [{ kind: 'fields', fields: [{ label: 'Spent this month', value: budget.spent }, { label: 'Remaining', value: budget.remaining }] }],
      visibility: 'in_channel',
      cost: '0',
      data: { id: budget.id, amountLimit: budget.amountLimit, spent: budget.spent },
    };
  }
}

function scope(budget: { department: string | null; project: string | null }): string {
  const parts = [budget.department && `department ${budget.department}`, budget.project && `project ${budget.project}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
