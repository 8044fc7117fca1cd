import { LoggerService } from '@nestjs/common';
import { currentRequestId } from './request-context';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

const SECRET_KEYS = /pass(word)?|secret|token|authorization|api[-_]?key|cookie|contentBase64/i;

/** Replaces values under secret-looking keys so a log line never carries a credential. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redact(inner, depth + 1);
  }
  return out;
}

/** Structured JSON lines on stdout, one object per event, with the request id when there is one. */
export class JsonLogger implements LoggerService {
  constructor(private readonly level: LogLevel = 'info') {}

  private write(level: Exclude<LogLevel, 'silent'>, message: unknown, context?: string, extra?: unknown) {
    if (LEVELS[level] < LEVELS[this.level]) return;
    const line: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    const requestId = currentRequestId();
    if (requestId) line.requestId = requestId;
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      Object.assign(line, redact(message));
    } else {
      line.msg = message instanceof Error ? message.message : String(message);
    }
    if (extra !== undefined) line.detail = redact(extra);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  log(message: unknown, context?: string) { this.write('info', message, context); }
  error(message: unknown, trace?: string, context?: string) { this.write('error', message, context, trace); }
  warn(message: unknown, context?: string) { this.write('warn', message, context); }
  debug(message: unknown, context?: string) { this.write('debug', message, context); }
  verbose(message: unknown, context?: string) { this.write('debug', message, context); }
}
