import type { ToolName } from './ai-ceo.tools';

export interface Intent {
  tool: ToolName;
  args: Record<string, unknown>;
}

const PERIOD = /\b(today|this week|week|weekly|this month|month|monthly)\b/i;

const RULES: { tool: ToolName; pattern: RegExp; args?: (text: string) => Record<string, unknown> }[] = [
  { tool: 'get_balance', pattern: /\b(balance|credits? (?:left|remaining|available)|how (?:much|many) credits?|available)\b/i },
  {
    tool: 'get_usage',
    pattern: /\b(usage|spen[dt]|spending|costs?|used)\b/i,
    args: (text) => {
      const period = PERIOD.exec(text)?.[1].toLowerCase() ?? 'month';
      return { period: period.includes('today') ? 'today' : period.includes('week') ? 'week' : 'month' };
    },
  },
  { tool: 'get_forecast', pattern: /\b(forecast|run out|runway|burn|last us|how long)\b/i },
  { tool: 'list_budgets', pattern: /\bbudgets?\b/i },
  { tool: 'list_recent_tasks', pattern: /\b(tasks?|jobs?|agents? (?:did|ran|run))\b/i, args: () => ({ limit: 5 }) },
  { tool: 'list_top_leads', pattern: /\b(leads?|pipeline|prospects?|deals?)\b/i, args: () => ({ limit: 5 }) },
];

/** Offline understanding: which of the AI CEO's tools a question asks for (in order, no duplicates). */
export function matchIntents(text: string): Intent[] {
  const found: Intent[] = [];
  for (const rule of RULES) {
    if (rule.pattern.test(text)) found.push({ tool: rule.tool, args: rule.args?.(text) ?? {} });
  }
  return found;
}

export function isGreeting(text: string): boolean {
  return /^\s*(hi|hello|hey|good (morning|afternoon|evening)|hallo|hola|bonjour)\b/i.test(text);
}

/** One sentence per tool result, for offline answers. */
export function describeResult(tool: ToolName, result: Record<string, unknown>): string {
  if (result.error) return `I could not look that up: ${String(result.error)}.`;
  switch (tool) {
    case 'get_balance':
      return `You have ${String(result.available)} credits available (balance ${String(result.balance)}, ${String(result.held)} held for running tasks).`;
    case 'get_usage': {
      const lines = (result.byOperation as { label: string; cost: string }[]) ?? [];
      const period = result.period === 'today' ? 'today' : `this ${String(result.period)}`;
      const top = lines.length ? ` Mostly ${lines.slice(0, 3).map((l) => `${l.label} (${l.cost})`).join(', ')}.` : '';
      return `You spent ${String(result.total)} credits ${period}.${top}`;
    }
    case 'get_forecast':
      return String(result.summary ?? 'No forecast is available yet.');
    case 'list_budgets': {
      const budgets = (result.budgets as { name: string; spent: string; limit: string }[]) ?? [];
      return budgets.length ? `Budgets: ${budgets.map((b) => `${b.name} ${b.spent} of ${b.limit} spent`).join('; ')}.` : 'No budget is set.';
    }
    case 'list_top_leads': {
      const leads = (result.leads as { name: string; company: string | null; status: string; score: number | null }[]) ?? [];
      return leads.length
        ? `Best leads: ${leads.map((l) => `${l.name}${l.company ? ` (${l.company})` : ''} ${l.status}, score ${l.score ?? 'n/a'}`).join('; ')}.`
        : 'There are no leads in the CRM yet.';
    }
    case 'list_recent_tasks': {
      const tasks = (result.tasks as { agent: string; status: string }[]) ?? [];
      return tasks.length ? `Latest tasks: ${tasks.map((t) => `${t.agent} ${t.status}`).join(', ')}.` : 'No tasks have run yet.';
    }
  }
}
