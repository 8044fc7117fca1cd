/**
 * A real worker process for kill tests: the production AppModule in the worker role, plus a
 * `test-slow` agent that announces itself on stdout and then works for a few seconds.
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { AppConfig } from '../../src/config/app-config';
import { AGENT_RUNNERS } from '../../src/modules/tasks/agent-runner';
import { DEFAULT_AGENT_RUNNERS, runnerMap } from '../../src/modules/tasks/default-runners';

async function main() {
  const config = AppConfig.fromEnv(process.env, 'worker');
  const runners = runnerMap([
    ...DEFAULT_AGENT_RUNNERS,
    {
      name: 'test-slow',
      operation: 'email-sorter',
      timeoutMs: 60_000,
      accepts: ['text'],
      run: async (input) => {
        process.stdout.write(`STARTED ${input.text}\n`);
        await new Promise((resolve) => setTimeout(resolve, Number(process.env.TEST_SLOW_MS ?? 3000)));
        return { output: { done: input.text, pid: process.pid }, mode: 'offline', usage: { inputTokens: 10, outputTokens: 5 } };
      },
    },
  ]);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(AGENT_RUNNERS)
    .useValue(runners)
    .compile();
  const app = await moduleRef.init();
  process.stdout.write('WORKER READY\n');
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
