import { PermanentAgentError, type AgentInput, type AgentRunContext, type AgentRunResult } from '../agent.types';
import { classifyEmail, type EmailClassification } from './email-sorter';

/** The rentable "email-sorter" agent: input.text or input.contentBase64 holds the raw message. */
export async function runEmailSorterAgent(
  input: AgentInput,
  ctx: AgentRunContext,
): Promise<AgentRunResult<Omit<EmailClassification, 'usage'>>> {
  const raw = rawMessage(input);
  if (ctx.signal?.aborted) throw new PermanentAgentError('aborted', 'The task was cancelled.');
  const { usage, ...output } = await classifyEmail(raw, { corrections: ctx.emailCorrections, llm: ctx.llm });
  return { output, mode: output.method === 'llm' || (ctx.llm && usage.inputTokens > 0) ? 'llm' : 'offline', usage };
}

function rawMessage(input: AgentInput): Buffer | string {
  if (input.contentBase64) {
    const buffer = Buffer.from(input.contentBase64, 'base64');
    if (buffer.length > 0) return buffer;
  }
  if (input.text && input.text.trim().length > 0) return input.text;
  throw new PermanentAgentError('empty_input', 'The e-mail sorter needs the raw message in text or contentBase64.');
}
