import { z, type ZodType } from 'zod';
import type { LlmClient, TokenUsage } from '../llm/llm.types';
import type { RawRecord } from './free-text';
import type { FieldSpec, TargetSpec } from './target.types';

/** Confidence we give to a value the model extracted (before coercion confidence). */
const LLM_FIELD_CONFIDENCE = 0.85;

function fieldSchema(field: FieldSpec): ZodType {
  const base = field.type === 'number' || field.type === 'integer' ? z.union([z.number(), z.string()]) : field.type === 'boolean' ? z.union([z.boolean(), z.string()]) : z.string();
  const described = base.describe(
    [field.type, field.enum ? `one of ${field.enum.join(', ')}` : '', field.required ? 'required' : ''].filter(Boolean).join('; '),
  );
  return described.nullable().optional();
}

export function llmRecordsSchema(target: TargetSpec) {
  const shape: Record<string, ZodType> = {};
  for (const f of target.fields) shape[f.name] = fieldSchema(f);
  return z.object({ records: z.array(z.object(shape)) });
}

/**
 * Structured extraction of free text. The values come back as raw strings/numbers and go
 * through the same coercion and validation as offline parsing, so the model cannot put an
 * invalid e-mail or an out-of-enum status into a record.
 */
export async function extractWithLlm(
  llm: LlmClient,
  text: string,
  target: TargetSpec,
): Promise<{ records: RawRecord[]; usage: TokenUsage } | { error: string; usage: TokenUsage }> {
  const schema = llmRecordsSchema(target);
  const system = [
    `Extract ${target.name} records from the user's text. Fields:`,
    ...target.fields.map((f) => `- ${f.name} (${f.type}${f.enum ? `: ${f.enum.join('|')}` : ''}${f.required ? ', required' : ''})`),
    'Only use information present in the text; leave unknown fields null. One record per person/item.',
  ].join('\n');
  try {
    const { value, usage } = await llm.structured(schema, system, text.slice(0, 12_000));
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { error: 'invalid structured output', usage };
    const records = parsed.data.records.map((r) => {
      const raw: RawRecord = {};
      for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
        if (v !== null && v !== undefined && String(v).trim() !== '') raw[k] = { raw: String(v), confidence: LLM_FIELD_CONFIDENCE };
      }
      return raw;
    });
    return { records, usage };
  } catch (err) {
    return { error: (err as Error).message, usage: { inputTokens: 0, outputTokens: 0 } };
  }
}
