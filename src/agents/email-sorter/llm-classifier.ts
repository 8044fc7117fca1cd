import { z } from 'zod';
import type { LlmClient, TokenUsage } from '../llm/llm.types';
import { EMAIL_CATEGORIES, EMAIL_CATEGORY_DESCRIPTIONS, type EmailCategory } from './categories';
import type { EmailCorrection } from './corrections';
import type { ParsedEmail } from './email-parse';

export const llmAnswerSchema = z.object({
  category: z.enum(EMAIL_CATEGORIES),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()).max(5).default([]),
});

export type LlmAnswer = z.infer<typeof llmAnswerSchema>;

/** Below this self-reported confidence the offline answer is used instead. */
export const LLM_MIN_CONFIDENCE = 0.55;

const SYSTEM = [
  'You sort e-mails for a small business. Pick exactly one category:',
  ...EMAIL_CATEGORIES.map((c) => `- ${c}: ${EMAIL_CATEGORY_DESCRIPTIONS[c]}`),
  'Mail may be in any language. Headers such as List-Unsubscribe or Auto-Submitted and attachment names are evidence.',
  'Report confidence between 0 and 1 honestly; give up to three short reasons.',
].join('\n');

export interface LlmClassification {
  answer: LlmAnswer | null;
  usage: TokenUsage;
  error?: string;
}

export async function classifyWithLlm(
  llm: LlmClient,
  mail: ParsedEmail,
  body: string,
  examples: EmailCorrection[],
): Promise<LlmClassification> {
  const hints = ['list-unsubscribe', 'list-id', 'precedence', 'auto-submitted', 'authentication-results']
    .filter((k) => mail.headers[k])
    .map((k) => `${k}: ${mail.headers[k].slice(0, 200)}`);
  const user = [
    examples.length > 0
      ? `This organization re-labelled similar mail before:\n${examples
          .map((e) => `- "${e.text.slice(0, 200).replace(/\s+/g, ' ')}" → ${e.category}`)
          .join('\n')}\n`
      : '',
    `From: ${mail.from}`,
    `Subject: ${mail.subject}`,
    ...hints,
    `Attachments: ${mail.attachments.map((a) => `${a.filename} (${a.contentType})`).join(', ') || 'none'}`,
    '',
    body.slice(0, 4000),
  ].join('\n');
  try {
    const { value, usage } = await llm.structured(llmAnswerSchema, SYSTEM, user);
    const parsed = llmAnswerSchema.safeParse(value);
    if (!parsed.success) return { answer: null, usage, error: 'invalid structured output' };
    return { answer: parsed.data, usage };
  } catch (err) {
    return { answer: null, usage: { inputTokens: 0, outputTokens: 0 }, error: (err as Error).message };
  }
}

export function isConfident(answer: LlmAnswer | null): answer is LlmAnswer & { category: EmailCategory } {
  return answer !== null && answer.confidence >= LLM_MIN_CONFIDENCE;
}
