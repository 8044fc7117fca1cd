import { AppConfig, ConfigError } from '../../src/config/app-config';

describe('configuration', () => {
  it('starts with no settings at all (embedded mode)', () => {
    const config = AppConfig.fromEnv({});
    expect(config.port).toBe(3000);
    expect(config.embeddedDatabase).toBe(true);
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
  });

  it('explains every bad value in one error a person can act on', () => {
    let error: ConfigError | undefined;
    try {
      AppConfig.fromEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'not a url', STEWARD_BOOTSTRAP_TOKEN: 'short', METRICS_ENABLED: 'maybe' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.message;
    expect(text).toMatch(/PORT must be a whole number between 0 and 65535, got "eighty"/);
    expect(text).toMatch(/DATABASE_URL must start with postgres: or postgresql:/);
    expect(text).toMatch(/REDIS_URL is not a valid URL/);
    expect(text).toMatch(/STEWARD_BOOTSTRAP_TOKEN must be at least 16 characters/);
    expect(text).toMatch(/METRICS_ENABLED must be true or false/);
  });

  it('requires a JWT secret in production and PostgreSQL + Redis for a separate worker', () => {
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => AppConfig.fromEnv({}, 'worker')).toThrow(/REDIS_URL must be set to run a separate worker/);
  });

  it('documents every variable in .env.example', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const example = fs.readFileSync(`${__dirname}/../../.env.example`, 'utf8');
    const { configSchema } = require('../../src/config/config.schema') as typeof import('../../src/config/config.schema');
    for (const key of Object.keys(configSchema.shape)) expect(example).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });
});
