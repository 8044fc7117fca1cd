import { runDataEntryAgent } from '../../agents/data-entry';
import { runEmailSorterAgent } from '../../agents/email-sorter';
import { runInvoiceAgent, shutdownInvoiceSandbox } from '../../agents/invoice-processor';
import type { AgentRunner, AgentRunners } from './agent-runner';

/** The rentable agents (contracts/API.md): price key, time limit, accepted inputs. */
export const DEFAULT_AGENT_RUNNERS: AgentRunner[] = [
  { name: 'invoice-processor', operation: 'invoice-processor', timeoutMs: 90_000, accepts: ['file', 'text'], run: runInvoiceAgent, shutdown: shutdownInvoiceSandbox },
  { name: 'email-sorter', operation: 'email-sorter', timeoutMs: 30_000, accepts: ['text', 'file'], run: runEmailSorterAgent },
  { name: 'data-entry', operation: 'data-entry', timeoutMs: 45_000, accepts: ['text', 'file'], run: runDataEntryAgent },
];

export function runnerMap(runners: AgentRunner[]): AgentRunners {
  return new Map(runners.map((runner) => [runner.name, runner]));
}
