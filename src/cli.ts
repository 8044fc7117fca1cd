#!/usr/bin/env node
import 'reflect-metadata';

const USAGE = `Usage: steward <command> [arguments]

Commands:
  extract-invoice FILE...      extract invoice fields; one JSON object per file (JSON Lines)
  classify-email FILE.eml...   sort e-mails into categories; one JSON object per file
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
