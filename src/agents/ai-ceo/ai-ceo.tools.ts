import { Injectable } from '@nestjs/common';
import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { z } from 'zod';
import { formatCredits } from '../../common/money';
import { BudgetsService } from '../../modules/credits/budgets.service';
import { CreditsService } from '../../modules/credits/credits.service';
import { FiguresService } from '../../modules/commands/figures.service';
import { LeadsService } from '../../modules/crm/leads.service';
import { TasksService } from '../../modules/tasks/tasks.service';

export const TOOL_NAMES = ['get_balance', 'get_usage', 'get_forecast', 'list_budgets', 'list_recent_tasks', 'list_top_leads'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

const periodSchema = z.object({ period: z.enum(['today', 'week', 'month']).describe('the period to sum') });
const limitSchema = z.object({ limit: z.number().int().min(1).max(20).optional().describe('how many tasks, newest first (default 5)') });
const noArgs = z.object({});
const leadsSchema = z.object({
  status: z.string().max(100).optional().describe('only leads in these statuses, comma-separated (e.g. new,qualified)'),
  limit: z.number().int().min(1).max(20).optional().describe('how many leads, best score first (default 5)'),
});

const SCHEMAS: Record<ToolName, { schema: z.ZodObject; description: string }> = {
  get_balance: { schema: noArgs, description: "The organization's credits: balance, held for running tasks, available." },
  get_usage: { schema: periodSchema, description: 'Credits spent today, this week or this month, by operation.' },
  get_forecast: { schema: noArgs, description: 'How fast credits are spent and when they run out at that pace.' },
  list_budgets: { schema: noArgs, description: 'Monthly budgets with spent and remaining credits.' },
  list_recent_tasks: { schema: limitSchema, description: 'The latest agent tasks with status and cost.' },
  list_top_leads: { schema: leadsSchema, description: 'CRM leads with the best win-probability score, with status and value.' },
};

/**
 * What the AI CEO can look up. Each tool calls a module service for one organization; the
 * model (tool calls) and the offline intent grammar use the same functions, and arguments
 * from the model are validated with zod before anything runs.
 */
@Injectable()
export class AiCeoTools {
  constructor(
    private readonly credits: CreditsService,
    private readonly figures: FiguresService,
    private readonly budgets: BudgetsService,
    private readonly tasks: TasksService,
    private readonly leads: LeadsService,
  ) {}

  async run(organizationId: string, name: string, rawArgs: unknown): Promise<Record<string, unknown>> {
    if (!TOOL_NAMES.includes(name as ToolName)) return { error: `unknown tool ${name}` };
    const parsed = SCHEMAS[name as ToolName].schema.safeParse(rawArgs ?? {});
    if (!parsed.success) return { error: `invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    const args = parsed.data as Record<string, unknown>;
    switch (name as ToolName) {
      case 'get_balance': {
        const b = await this.credits.getBalance(organizationId);
        return { balance: formatCredits(b.balance), held: formatCredits(b.held), available: formatCredits(b.available) };
      }
      case 'get_usage': {
        const summary = await this.figures.usage(organizationId, args.period as 'today' | 'week' | 'month');
        return { period: args.period, total: summary.total, byOperation: summary.lines };
      }
      case 'get_forecast': {
        const forecast = await this.figures.forecast(organizationId);
        return { ...forecast.data, summary: forecast.summary };
      }
      case 'list_budgets': {
        const { items } = await this.budgets.list(organizationId);
        return { budgets: items.map((b) => ({ name: b.name, limit: b.amountLimit, spent: b.spent, remaining: b.remaining, hardStop: b.hardStop })) };
      }
      case 'list_recent_tasks': {
        const { items } = await this.tasks.list(organizationId, { limit: (args.limit as number | undefined) ?? 5 });
        return { tasks: items.map((t) => ({ id: t.id, agent: t.agent, status: t.status, cost: t.cost, mode: t.mode })) };
      }
      case 'list_top_leads': {
        const { items, total } = await this.leads.list(organizationId, { status: args.status as string | undefined, limit: (args.limit as number | undefined) ?? 5, sort: 'score' } as never);
        return { total, leads: items.map((l) => ({ name: l.name, company: l.company, status: l.status, score: l.score, value: l.value })) };
      }
    }
  }

  /** LangChain tools bound to one organization, for bindTools(). */
  forModel(organizationId: string): StructuredToolInterface[] {
    return TOOL_NAMES.map((name) =>
      tool(async (args: unknown) => JSON.stringify(await this.run(organizationId, name, args)), {
        name,
        description: SCHEMAS[name].description,
        schema: SCHEMAS[name].schema,
      }),
    );
  }
}
