#!/usr/bin/env node
import 'reflect-metadata';

const USAGE = `Usage: steward <command> [arguments]

Commands:
  extract-invoice FILE...      extract invoice fields; one JSON object per file (JSON Lines)
  classify-email FILE.eml...   sort e-mails into categories; one JSON object per file
  command [--json] --key KEY "TEXT"
                               run a chat command (balance, usage, forecast, run ...) as an
                               organization API key; KEY may also come from STEWARD_API_KEY.
                               Uses DATABASE_URL, or the embedded DATA_DIR when Steward is stopped
  help                         this text

Agents run offline unless OPENAI_API_KEY or OPENAI_BASE_URL is set.
Exit codes: 0 ok (also when a file yields nothing), 2 missing or unreadable file or bad usage.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'extract-invoice': {
      if (args.length === 0) return usage('extract-invoice needs at least one FILE');
      const { extractInvoiceFiles, shutdownInvoiceSandbox } = await import('./agents/invoice-processor');
      try {
        return await extractInvoiceFiles(args, process.stdout);
      } finally {
        await shutdownInvoiceSandbox();
      }
    }
    case 'classify-email': {
      if (args.length === 0) return usage('classify-email needs at least one FILE.eml');
      const { classifyEmailFiles } = await import('./agents/email-sorter');
      return classifyEmailFiles(args, process.stdout);
    }
    case 'command': {
      const { runCommandCli } = await import('./modules/commands/command.cli');
      return runCommandCli(args, { apiKey: process.env.STEWARD_API_KEY, out: process.stdout, err: process.stderr, boot: bootContext });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      return usage(`unknown command "${command}"`);
  }
}

/** The application without HTTP or job workers, for commands that need the database. */
async function bootContext() {
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('./app.module');
  const { AppConfig } = await import('./config/app-config');
  const { JsonLogger } = await import('./common/json-logger');
  const config = AppConfig.fromEnv(process.env, 'cli');
  return NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: new JsonLogger('error') });
}

function usage(problem: string): number {
  process.stderr.write(`steward: ${problem}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`steward: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
