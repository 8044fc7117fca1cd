import type { INestApplicationContext } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { AuthService } from '../auth/auth.service';
import type { CommandReply } from './command-reply';
import { CommandsService } from './commands.service';
import { renderText } from './render/text.renderer';

export interface CommandCliOptions {
  /** an organization API key (stw_…): the command runs as that key */
  apiKey?: string;
  /** print the reply model as JSON instead of text */
  json?: boolean;
  out: Writable;
  err: Writable;
  /** a running application (tests); otherwise one is started for the command and closed after */
  app?: INestApplicationContext;
  /** starts the application context when `app` is not given (the lead wires AppModule here) */
  boot?: () => Promise<INestApplicationContext>;
}

/**
 * `steward command [--json] [--key KEY] "<text>"`: the same command language as Slack,
 * Discord, e-mail and REST. Exit 0 when the command succeeded, 1 when it answered with an
 * error, 2 for bad usage or a bad key.
 */
export async function runCommandCli(argv: string[], options: CommandCliOptions): Promise<number> {
  const args = [...argv];
  let json = options.json ?? false;
  let apiKey = options.apiKey;
  const words: string[] = [];
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '--json') json = true;
    else if (arg === '--key') apiKey = args.shift();
    else words.push(arg);
  }
  const text = words.join(' ').trim();
  if (!text) return usage(options.err, 'command needs the text of a command, e.g. steward command "balance"');
  if (!apiKey) return usage(options.err, 'command needs an organization API key: --key stw_…');
  const app = options.app ?? (await options.boot?.());
  if (!app) return usage(options.err, 'no application to run the command in');
  try {
    const principal = await app.get(AuthService, { strict: false }).principalFromApiKey(apiKey);
    if (!principal?.organizationId) return usage(options.err, 'the API key is not valid for an organization (revoked, or a platform key)');
    const reply: CommandReply = await app
      .get(CommandsService, { strict: false })
      .execute({ channel: 'cli', organizationId: principal.organizationId, principal, threadKey: `cli:${principal.apiKeyId}` }, text);
    options.out.write(json ? `${JSON.stringify(reply)}\n` : `${renderText(reply)}\n`);
    return reply.ok ? 0 : 1;
  } finally {
    if (!options.app) await app.close();
  }
}

function usage(err: Writable, problem: string): number {
  err.write(`steward: ${problem}\n`);
  return 2;
}
