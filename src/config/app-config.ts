import { randomBytes, createHash } from 'node:crypto';
import * as path from 'node:path';
import { configSchema, RawConfig } from './config.schema';

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
    if (this.role === 'worker' && !this.raw.REDIS_URL) {
      problems.push('REDIS_URL must be set to run a separate worker (without Redis, `npm start` runs jobs in process)');
    }
    if (this.role === 'worker' && !this.raw.DATABASE_URL) {
      problems.push('DATABASE_URL must be set to run a separate worker (the embedded database serves one process)');
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
  /** Whether this process runs job handlers. */
  get runsJobs() { return this.role === 'all' || this.role === 'worker'; }
  /** Whether this process serves HTTP. */
  get servesHttp() { return this.role === 'all' || this.role === 'api'; }
  get bootstrapToken() { return this.raw.STEWARD_BOOTSTRAP_TOKEN; }
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

  private generatedJwtSecret?: string;
  /**
   * Without JWT_SECRET (development, embedded) a secret is derived per data dir so tokens
   * survive restarts of the same installation but never leak between installations.
   */
  get jwtSecret(): string {
    if (this.raw.JWT_SECRET) return this.raw.JWT_SECRET;
    this.generatedJwtSecret ??= this.embeddedDatabase
      ? createHash('sha256').update(`steward-jwt:${this.dataDir}`).digest('hex')
      : randomBytes(32).toString('hex');
    return this.generatedJwtSecret;
  }

  /** 32-byte key for secrets at rest; derived from STEWARD_ENCRYPTION_KEY or the JWT secret. */
  get encryptionKey(): Buffer {
    return createHash('sha256').update(this.raw.STEWARD_ENCRYPTION_KEY ?? `steward-enc:${this.jwtSecret}`).digest();
  }
}
