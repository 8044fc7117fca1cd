import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { QueueService } from '../../queue/queue.service';
import { Public } from '../auth/auth.decorators';

type Check = { status: 'ok' | 'error'; latencyMs?: number; error?: string; kind?: string };

async function timed(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref())]);
    return { status: 'ok', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'error', error: (error as Error).message };
  }
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  /** 200 when storage (and Redis, when configured) answer; 503 naming the failing check. */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, Check> = {
      storage: { ...(await timed(() => this.db.query('SELECT 1'))), kind: this.config.embeddedDatabase ? 'pglite' : 'postgres' },
    };
    if (this.config.redisUrl) checks.redis = await timed(() => this.queue.ping());
    const ok = Object.values(checks).every((check) => check.status === 'ok');
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', checks, queue: this.queue.kind, uptimeSeconds: Math.round(process.uptime()) };
  }
}
