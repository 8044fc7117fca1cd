import { randomBytes, createHash } from 'node:crypto';
import * as path from 'node:path';
import { configSchema, RawConfig } from './config.schema';
import { installationSecrets } from './installation-secrets';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Steward cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type ProcessRole = 'all' | 'api' | 'worker' | 'cli';

/** Typed, validated configuration. Built once from the environment at start. */
export class AppConfig {
  private constructor(
    private readonly raw: RawConfig,
    readonly role: ProcessRole,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env, role: ProcessRole = 'all'): AppConfig {
    const parsed = configSchema.safeParse(env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
      throw new ConfigError(problems);
    }
    const config = new AppConfig(parsed.data, role);
    const problems = config.crossFieldProblems();
    if (problems.length) throw new ConfigError(problems);
    return config;
  }

  private crossFieldProblems(): string[] {
    const problems: string[] = [];
    if (this.raw.NODE_ENV === 'production' && !this.raw.JWT_SECRET) {
      problems.push('JWT_SECRET must be set when NODE_ENV=production (any long random string)');
    }
    if (this.raw.DATABASE_URL && !this.raw.JWT_SECRET && this.raw.NODE_ENV !== 'test' && this.role !== 'cli') {
      problems.push('JWT_SECRET must be set with DATABASE_URL: every process sharing the database signs tokens and encrypts stored secrets with it');
    }
    if (this.role === 'worker' && !this.raw.REDIS_URL) {
      problems.push('REDIS_URL must be set to run a separate worker (without Redis, `npm start` runs jobs in process)');
    }
    if (this.role === 'worker' && !this.raw.DATABASE_URL) {
      problems.push('DATABASE_URL must be set to run a separate worker (the embedded database serves one process)');
    }
    if (this.raw.SLACK_CLIENT_ID && !this.raw.SLACK_CLIENT_SECRET) problems.push('SLACK_CLIENT_SECRET must be set together with SLACK_CLIENT_ID (OAuth install)');
    if ((this.raw.SLACK_BOT_TOKEN || this.raw.SLACK_CLIENT_ID) && !this.raw.SLACK_SIGNING_SECRET && !this.raw.SLACK_APP_TOKEN) {
      problems.push('SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) must be set to receive Slack requests');
    }
    return problems;
  }

  get nodeEnv() { return this.raw.NODE_ENV; }
  get port() { return this.raw.PORT; }
  get host() { return this.raw.HOST; }
  get logLevel() { return this.raw.LOG_LEVEL; }
  get databaseUrl() { return this.raw.DATABASE_URL; }
  get databasePoolSize() { return this.raw.DATABASE_POOL_SIZE; }
  /** `memory://` keeps the embedded database in memory (tests). */
  get dataDir() { return this.raw.DATA_DIR === 'memory://' ? 'memory://' : path.resolve(this.raw.DATA_DIR); }
  get embeddedDatabase() { return !this.raw.DATABASE_URL; }
  get redisUrl() { return this.raw.REDIS_URL; }
  get queuePrefix() { return this.raw.QUEUE_PREFIX; }
  get workerConcurrency() { return this.raw.WORKER_CONCURRENCY; }
  /** how long a BullMQ worker holds a job before it counts as stalled and is redelivered */
  get jobLockMs() { return this.raw.JOB_LOCK_MS; }
  /** Whether this process runs job handlers. */
  get runsJobs() { return this.role === 'all' || this.role === 'worker'; }
  /** Whether this process serves HTTP. */
  get servesHttp() { return this.role === 'all' || this.role === 'api'; }
  get bootstrapToken() { return this.raw.STEWARD_BOOTSTRAP_TOKEN; }
  /** how long an API key lookup is cached per process; revocation reaches other processes within it */
  get authCacheSeconds() { return this.raw.AUTH_CACHE_SECONDS; }
  get throttleLoginPerMinute() { return this.raw.THROTTLE_LOGIN_PER_MINUTE; }
  get throttleKeysPerMinute() { return this.raw.THROTTLE_KEYS_PER_MINUTE; }
  get metricsEnabled() { return this.raw.METRICS_ENABLED; }
  get docsEnabled() { return this.raw.DOCS_ENABLED; }
  get jwtTtlSeconds() { return this.raw.JWT_TTL_SECONDS; }
  get openaiApiKey() { return this.raw.OPENAI_API_KEY; }
  get openaiBaseUrl() { return this.raw.OPENAI_BASE_URL; }
  get llmModel() { return this.raw.LLM_MODEL; }
  get freeCreditsOnSignup() { return this.raw.FREE_CREDITS_ON_SIGNUP; }
  get holdTtlSeconds() { return this.raw.HOLD_TTL_SECONDS; }
  get lowBalanceThreshold() { return this.raw.LOW_BALANCE_THRESHOLD; }
  /** LinkedIn REST base (UGC Posts API); a loopback server in tests */
  get linkedinApiUrl() { return this.raw.LINKEDIN_API_URL; }
  /** SMTP server for e-mail campaigns (smtp://user:pass@host:port); unset → campaigns are refused */
  get campaignSmtpUrl() { return this.raw.CAMPAIGN_SMTP_URL; }
  get campaignFrom() { return this.raw.CAMPAIGN_FROM ?? 'Steward <no-reply@steward.invalid>'; }
  get agenticEngineIntervalMs() { return this.raw.AGENTIC_ENGINE_INTERVAL_MINUTES * 60_000; }
  get leadScoringRetrainMs() { return this.raw.LEAD_SCORING_RETRAIN_HOURS * 3_600_000; }
  get contentPublishSweepMs() { return this.raw.CONTENT_PUBLISH_SWEEP_SECONDS * 1000; }
  get slackSigningSecret() { return this.raw.SLACK_SIGNING_SECRET; }
  get slackBotToken() { return this.raw.SLACK_BOT_TOKEN; }
  get slackClientId() { return this.raw.SLACK_CLIENT_ID; }
  get slackClientSecret() { return this.raw.SLACK_CLIENT_SECRET; }
  get slackAppToken() { return this.raw.SLACK_APP_TOKEN; }
  /** Web API base, ending in a slash as @slack/web-api expects */
  get slackApiUrl() { return withTrailingSlash(this.raw.SLACK_API_URL ?? 'https://slack.com/api/'); }
  /** Slack is on when requests can be verified (HTTP) or Socket Mode is configured. */
  get slackEnabled() { return Boolean(this.raw.SLACK_SIGNING_SECRET || this.raw.SLACK_APP_TOKEN); }
  get discordBotToken() { return this.raw.DISCORD_BOT_TOKEN; }
  get discordApplicationId() { return this.raw.DISCORD_APPLICATION_ID; }
  /** REST base such as https://discord.com/api; the gateway URL is read from it */
  get discordRestUrl() { return (this.raw.DISCORD_REST_URL ?? 'https://discord.com/api').replace(/\/+$/, ''); }
  get discordEnabled() { return Boolean(this.raw.DISCORD_BOT_TOKEN); }

  /** run inbox watchers in this process (only processes that run jobs watch) */
  get mailWatchersEnabled() { return this.raw.MAIL_WATCHERS_ENABLED && this.runsJobs; }
  /** safety-net re-check of every watched folder, on top of IDLE */
  get mailPollIntervalMs() { return this.raw.MAIL_POLL_INTERVAL_MS; }
  /** a watcher renews its mailbox lease every third of this; a dead holder's lease is taken after it */
  get mailLeaseTtlMs() { return this.raw.MAIL_LEASE_TTL_MS; }
  get mailBackoffMaxMs() { return this.raw.MAIL_BACKOFF_MAX_MS; }
  get mailConnectTimeoutMs() { return this.raw.MAIL_CONNECT_TIMEOUT_MS; }
  /** a `mailbox.alert` event fires when a mailbox has not synced for this long */
  get mailStaleAfterMs() { return this.raw.MAIL_STALE_AFTER_MS; }
  get mailMaxMessageBytes() { return this.raw.MAIL_MAX_MESSAGE_BYTES; }
  get mailMaxAttachmentBytes() { return this.raw.MAIL_MAX_ATTACHMENT_BYTES; }
  get mailMaxAttachments() { return this.raw.MAIL_MAX_ATTACHMENTS; }

  private generatedJwtSecret?: string;
  /**
   * JWT_SECRET, or (embedded, no JWT_SECRET) a random secret the installation keeps in its
   * data dir, so tokens survive restarts and are never guessable. With a shared PostgreSQL
   * every process must be given the same JWT_SECRET (checked at start, outside tests).
   */
  get jwtSecret(): string {
    if (this.raw.JWT_SECRET) return this.raw.JWT_SECRET;
    this.generatedJwtSecret ??= this.embeddedDatabase && this.dataDir !== 'memory://' ? installationSecrets(this.dataDir).jwtSecret : randomBytes(32).toString('hex');
    return this.generatedJwtSecret;
  }

  /** 32-byte key for secrets at rest; derived from STEWARD_ENCRYPTION_KEY or the JWT secret. */
  get encryptionKey(): Buffer {
    return createHash('sha256').update(this.raw.STEWARD_ENCRYPTION_KEY ?? `steward-enc:${this.jwtSecret}`).digest();
  }
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
