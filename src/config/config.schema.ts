import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const booleanFlag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      if (/^(1|true|yes|on)$/i.test(value)) return true;
      if (/^(0|false|no|off)$/i.test(value)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` });
      return fallback;
    });

const integer = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number between ${min} and ${max}, got "${value}"` });
        return fallback;
      }
      return parsed;
    });

const url = (protocols: string[]) =>
  optionalString.superRefine((value, ctx) => {
    if (value === undefined) return;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        ctx.addIssue({ code: 'custom', message: `must start with ${protocols.join(' or ')}//, got "${parsed.protocol}//"` });
      }
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid URL' });
    }
  });

/**
 * Every environment variable Steward reads. `.env.example` documents each with its default;
 * nothing outside src/config reads process.env.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional().default('development'),
  PORT: integer(3000, 0, 65535),
  HOST: optionalString.transform((v) => v ?? '0.0.0.0'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional().default('info'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: integer(20, 1, 500),
  DATA_DIR: optionalString.transform((v) => v ?? './data'),
  REDIS_URL: url(['redis:', 'rediss:']),
  QUEUE_PREFIX: optionalString.transform((v) => v ?? 'steward'),
  WORKER_CONCURRENCY: integer(8, 1, 256),
  JWT_SECRET: optionalString,
  JWT_TTL_SECONDS: integer(3600, 60, 60 * 60 * 24 * 30),
  STEWARD_BOOTSTRAP_TOKEN: optionalString.superRefine((value, ctx) => {
    if (value !== undefined && value.length < 16) {
      ctx.addIssue({ code: 'custom', message: 'must be at least 16 characters so it cannot be guessed' });
    }
  }),
  STEWARD_ENCRYPTION_KEY: optionalString,
  THROTTLE_LOGIN_PER_MINUTE: integer(10, 1, 10000),
  THROTTLE_KEYS_PER_MINUTE: integer(20, 1, 10000),
  METRICS_ENABLED: booleanFlag(true),
  DOCS_ENABLED: booleanFlag(true),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(['http:', 'https:']),
  LLM_MODEL: optionalString.transform((v) => v ?? 'gpt-4o-mini'),
  FREE_CREDITS_ON_SIGNUP: optionalString.transform((v) => v ?? '10'),
  HOLD_TTL_SECONDS: integer(3600, 10, 60 * 60 * 24 * 7),
  LOW_BALANCE_THRESHOLD: optionalString.transform((v) => v ?? '5'),
});

export type RawConfig = z.output<typeof configSchema>;
