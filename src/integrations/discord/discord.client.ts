import { Client, GatewayIntentBits, Partials, SlashCommandBuilder } from 'discord.js';

/** discord.js against the configured REST base; the gateway URL comes from GET /gateway/bot there. */
export function createDiscordClient(restUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages],
    // DMs arrive on channels the client has not cached
    partials: [Partials.Channel, Partials.Message],
    rest: { api: restUrl },
  });
}

/** `/steward text:<command or question> [file:<attachment>]` as a guild command. */
export const STEWARD_COMMAND = new SlashCommandBuilder()
  .setName('steward')
  .setDescription('Talk to Steward: balance, usage, forecast, budget, tasks, run, ask, link, help')
  .addStringOption((option) => option.setName('text').setDescription('a command (try "help") or a question for the AI CEO').setRequired(true))
  .addAttachmentOption((option) => option.setName('file').setDescription('a file for "run <agent>" (up to 20 MB)').setRequired(false))
  .toJSON();
