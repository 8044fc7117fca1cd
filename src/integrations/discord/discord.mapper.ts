import type { ChatInputCommandInteraction, Message } from 'discord.js';
import type { Attachment, InboundMessage } from '../../modules/commands/command-context';

/** A mention or DM → InboundMessage; message ids de-duplicate redeliveries. */
export function fromMessage(message: Message, botUserId: string, attachedFile?: () => Promise<Attachment>): InboundMessage {
  const text = message.content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), '').trim();
  return {
    provider: 'discord',
    workspaceId: message.guildId ?? null,
    workspaceName: message.guild?.name ?? null,
    externalUserId: message.author.id,
    text,
    threadKey: `${message.guildId ?? 'dm'}:${message.channelId}`,
    idempotencyKey: `message:${message.id}`,
    replyTarget: { channel: message.channelId },
    ...(attachedFile ? { attachedFile } : {}),
  };
}

/** `/steward text:…` → InboundMessage; interaction ids de-duplicate redeliveries. */
export function fromInteraction(interaction: ChatInputCommandInteraction, attachedFile?: () => Promise<Attachment>): InboundMessage {
  return {
    provider: 'discord',
    workspaceId: interaction.guildId ?? null,
    workspaceName: interaction.guild?.name ?? null,
    externalUserId: interaction.user.id,
    text: interaction.options.getString('text', true),
    threadKey: `${interaction.guildId ?? 'dm'}:${interaction.channelId}`,
    idempotencyKey: `interaction:${interaction.id}`,
    replyTarget: { channel: interaction.channelId },
    ...(attachedFile ? { attachedFile } : {}),
  };
}
