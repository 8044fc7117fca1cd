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
  JOB_LOCK_MS: integer(30000, 500, 600000),
  JWT_SECRET: optionalString,
  JWT_TTL_SECONDS: integer(3600, 60, 60 * 60 * 24 * 30),
  STEWARD_BOOTSTRAP_TOKEN: optionalString.superRefine((value, ctx) => {
    if (value !== undefined && value.length < 16) {
      ctx.addIssue({ code: 'custom', message: 'must be at least 16 characters so it cannot be guessed' });
    }
  }),
  STEWARD_ENCRYPTION_KEY: optionalString,
  AUTH_CACHE_SECONDS: integer(5, 0, 60),
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
  // CRM, content and the agentic engine (issue 7)
  LINKEDIN_API_URL: url(['http:', 'https:']).transform((v) => (v ?? 'https://api.linkedin.com').replace(/\/+$/, '')),
  CAMPAIGN_SMTP_URL: url(['smtp:', 'smtps:']),
  CAMPAIGN_FROM: optionalString,
  AGENTIC_ENGINE_INTERVAL_MINUTES: integer(60, 1, 24 * 60),
  LEAD_SCORING_RETRAIN_HOURS: integer(24, 1, 24 * 30),
  CONTENT_PUBLISH_SWEEP_SECONDS: integer(60, 5, 3600),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url(['http:', 'https:']),
  DISCORD_BOT_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_REST_URL: url(['http:', 'https:']),
  MAIL_WATCHERS_ENABLED: booleanFlag(true),
  MAIL_POLL_INTERVAL_MS: integer(60000, 200, 3600000),
  MAIL_LEASE_TTL_MS: integer(30000, 1000, 600000),
  MAIL_BACKOFF_MAX_MS: integer(60000, 100, 3600000),
  MAIL_CONNECT_TIMEOUT_MS: integer(15000, 500, 120000),
  MAIL_STALE_AFTER_MS: integer(900000, 1000, 7 * 24 * 3600000),
  MAIL_MAX_MESSAGE_BYTES: integer(30 * 1024 * 1024, 1024, 200 * 1024 * 1024),
  MAIL_MAX_ATTACHMENT_BYTES: integer(10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  MAIL_MAX_ATTACHMENTS: integer(10, 1, 100),
});

export type RawConfig = z.output<typeof configSchema>;
