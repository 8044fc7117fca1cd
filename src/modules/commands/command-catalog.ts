import type { Role } from '../organizations/entities/membership.entity';
import type { ReplyVisibility } from './command-reply';

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  /** the role needed for the read form */
  role: Role;
  /** a stricter role for the changing form (e.g. `budget set`) */
  writeRole?: Role;
  visibility: ReplyVisibility;
  examples: string[];
}

/** The command language every channel speaks. Order is the order `help` lists them in. */
export const COMMANDS: CommandSpec[] = [
  { name: 'help', usage: 'help [command]', summary: 'what Steward understands', role: 'member', visibility: 'ephemeral', examples: ['help', 'help budget'] },
  { name: 'balance', usage: 'balance', summary: 'credits: balance, held and available', role: 'member', visibility: 'ephemeral', examples: ['balance'] },
  { name: 'usage', usage: 'usage [today|week|month]', summary: 'what was spent, by operation', role: 'member', visibility: 'ephemeral', examples: ['usage', 'usage week'] },
  { name: 'forecast', usage: 'forecast', summary: 'how long the credits last at the current pace', role: 'member', visibility: 'ephemeral', examples: ['forecast'] },
  {
    name: 'budget',
    usage: 'budget [set N]',
    summary: 'the monthly budgets; admins set the organization budget',
    role: 'member',
    writeRole: 'admin',
    visibility: 'ephemeral',
    examples: ['budget', 'budget set 500'],
  },
  { name: 'tasks', usage: 'tasks [recent]', summary: 'the latest agent tasks and their status', role: 'member', visibility: 'in_channel', examples: ['tasks', 'tasks recent'] },
  {
    name: 'run',
    usage: 'run <agent> <text or attached file>',
    summary: 'start an agent task (invoice-processor, email-sorter, data-entry)',
    role: 'member',
    visibility: 'in_channel',
    examples: ['run email-sorter Can we meet on Tuesday?'],
  },
  { name: 'leads', usage: 'leads', summary: 'open leads, best conversion score first, with the reasons', role: 'member', visibility: 'in_channel', examples: ['leads'] },
  { name: 'lead', usage: 'lead <name>', summary: "one lead's score, reasons and latest activities", role: 'member', visibility: 'in_channel', examples: ['lead Anna Müller'] },
  { name: 'proposals', usage: 'proposals', summary: "the agentic engine's proposals waiting for a decision", role: 'member', visibility: 'in_channel', examples: ['proposals'] },
  { name: 'approve', usage: 'approve <id>', summary: 'approve a proposal (starts its task, billed like any other)', role: 'admin', visibility: 'in_channel', examples: ['approve 3f2a9c1b'] },
  { name: 'decline', usage: 'decline <id>', summary: 'decline a proposal', role: 'admin', visibility: 'in_channel', examples: ['decline 3f2a9c1b'] },
  { name: 'ask', usage: 'ask <question>', summary: 'ask the AI CEO (any other text does too)', role: 'member', visibility: 'in_channel', examples: ['ask how are we doing this month?'] },
  { name: 'link', usage: 'link <code>', summary: 'link this workspace or server (and you) to your organization', role: 'member', visibility: 'ephemeral', examples: ['link ABCD-EFGH'] },
];

export const COMMAND_NAMES = COMMANDS.map((command) => command.name);

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
