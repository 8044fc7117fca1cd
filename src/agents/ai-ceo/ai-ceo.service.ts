import { Inject, Injectable } from '@nestjs/common';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import type { Principal } from '../../modules/auth/principal';
import { AiCeoConfigService } from '../../modules/conversations/ai-ceo-config.service';
import { ChatIdentityService } from '../../modules/conversations/chat-identity.service';
import { ChatMemoryService } from '../../modules/conversations/chat-memory.service';
import { CreditsService } from '../../modules/credits/credits.service';
import { PricingService } from '../../modules/credits/pricing.service';
import { LLM_CLIENT } from '../../modules/tasks/llm.provider';
import { LlmError } from '../llm/llm-error';
import type { LlmClient, TokenUsage } from '../llm/llm.types';
import { UsageMeter } from '../llm/usage-meter';
import { AiCeoTools, ToolName } from './ai-ceo.tools';
import { describeResult, isGreeting, matchIntents } from './intent-grammar';
import { systemPrompt } from './system-prompt';

export const AI_CEO_OPERATION = 'ai-ceo-chat';
const MAX_MODEL_CALLS = 5;
const HISTORY_TURNS = 20;

export interface AiCeoRequest {
  organizationId: string;
  principal: Principal;
  channel: string;
  /** memory is kept per thread */
  threadKey: string;
}

export interface AiCeoAnswer {
  name: string;
  text: string;
  mode: 'offline' | 'llm';
  cost: bigint;
  usage: TokenUsage;
  toolsUsed: string[];
}

/**
 * The AI CEO. With a model: a tool-calling loop whose tools call module services, every model
 * call billed by its tokens. Offline: an intent grammar over the same tools, saying plainly
 * that free-form advice needs a model. Either way the exchange is kept as thread memory.
 */
@Injectable()
export class AiCeoService {
  constructor(
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    private readonly tools: AiCeoTools,
    private readonly settings: AiCeoConfigService,
    private readonly memory: ChatMemoryService,
    private readonly identities: ChatIdentityService,
    private readonly credits: CreditsService,
    private readonly pricing: PricingService,
  ) {}

  get mode(): 'offline' | 'llm' {
    return this.llm ? 'llm' : 'offline';
  }

  async ask(request: AiCeoRequest, question: string): Promise<AiCeoAnswer> {
    const settings = await this.settings.get(request.organizationId);
    const session = await this.memory.session(request.organizationId, request.channel, request.threadKey);
    const answer = this.llm ? await this.withModel(this.llm, request, question, settings, session.id, await this.memory.history(session, HISTORY_TURNS)) : await this.offline(request, question, settings.name);
    await this.memory.append(session, question, { content: answer.text, mode: answer.mode, inputTokens: answer.usage.inputTokens, outputTokens: answer.usage.outputTokens, cost: answer.cost });
    return answer;
  }

  private async offline(request: AiCeoRequest, question: string, name: string): Promise<AiCeoAnswer> {
    const intents = matchIntents(question);
    const sentences: string[] = [];
    for (const intent of intents) sentences.push(describeResult(intent.tool, await this.tools.run(request.organizationId, intent.tool, intent.args)));
    if (!intents.length) {
      if (isGreeting(question)) sentences.push(`Hello, I am ${name}.`);
      sentences.push(
        'Free-form advice needs a model configured (OPENAI_API_KEY or OPENAI_BASE_URL). Offline I can answer about your balance, usage, forecast, budgets, tasks and leads.',
      );
    }
    return { name, text: sentences.join(' '), mode: 'offline', cost: 0n, usage: { inputTokens: 0, outputTokens: 0 }, toolsUsed: intents.map((i) => i.tool) };
  }

  private async withModel(llm: LlmClient, request: AiCeoRequest, question: string, settings: { name: string } & Parameters<typeof systemPrompt>[0], sessionId: string, history: { role: string; content: string }[]): Promise<AiCeoAnswer> {
    await this.assertAffordable(request.organizationId);
    const model = llm.chatModel();
    if (!model.bindTools) throw new DomainError('unavailable', 'The configured model cannot call tools, so the AI CEO cannot use it.');
    const bound = model.bindTools(this.tools.forModel(request.organizationId));
    const organizationName = await this.identities.organizationName(request.organizationId);
    const messages: BaseMessage[] = [
      new SystemMessage(systemPrompt(settings, organizationName)),
      ...history.map((turn) => (turn.role === 'assistant' ? new AIMessage(turn.content) : new HumanMessage(turn.content))),
      new HumanMessage(question),
    ];
    const exchange = randomUUID();
    const total = { inputTokens: 0, outputTokens: 0 };
    const toolsUsed: string[] = [];
    let cost = 0n;
    for (let call = 0; call < MAX_MODEL_CALLS; call++) {
      const meter = new UsageMeter();
      let reply: AIMessage;
      try {
        reply = (await bound.invoke(messages, { callbacks: meter.callbacks() })) as AIMessage;
      } catch (error) {
        const usage = error instanceof LlmError ? error.usage : meter.total;
        cost += await this.bill(request, sessionId, exchange, call, usage);
        throw new DomainError('unavailable', `The AI CEO's model did not answer (${(error as Error).message}). Try again in a moment.`);
      }
      total.inputTokens += meter.total.inputTokens;
      total.outputTokens += meter.total.outputTokens;
      cost += await this.bill(request, sessionId, exchange, call, meter.total);
      messages.push(reply);
      if (!reply.tool_calls?.length) return { name: settings.name, text: reply.text.trim() || '(no answer)', mode: 'llm', cost, usage: total, toolsUsed };
      for (const toolCall of reply.tool_calls) {
        toolsUsed.push(toolCall.name);
        const result = await this.tools.run(request.organizationId, toolCall.name as ToolName, toolCall.args);
        messages.push(new ToolMessage({ content: JSON.stringify(result), tool_call_id: toolCall.id ?? `${toolCall.name}-${call}` }));
      }
    }
    return { name: settings.name, text: 'I looked a lot up but did not reach an answer in time; please ask a narrower question.', mode: 'llm', cost, usage: total, toolsUsed };
  }

  /** Refuse before calling the model when even one call cannot be paid. */
  private async assertAffordable(organizationId: string) {
    const [estimate, balance] = await Promise.all([this.pricing.estimate(organizationId, AI_CEO_OPERATION), this.credits.getBalance(organizationId)]);
    if (balance.available < estimate.total) {
      throw new DomainError(
        'insufficient_credits',
        `The AI CEO needs about ${formatCredits(estimate.total)} credits per answer and ${formatCredits(balance.available)} are available. Top up to keep chatting.`,
      );
    }
  }

  private async bill(request: AiCeoRequest, sessionId: string, exchange: string, call: number, usage: TokenUsage): Promise<bigint> {
    const charged = await this.credits.charge({
      organizationId: request.organizationId,
      operation: AI_CEO_OPERATION,
      usage: { quantity: 1, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens },
      idempotencyKey: `ai-ceo:${exchange}:${call}`,
      reference: { type: 'chat_session', id: sessionId },
      actor: request.principal,
      description: `AI CEO model call via ${request.channel}`,
    });
    return charged.breakdown.total;
  }
}
