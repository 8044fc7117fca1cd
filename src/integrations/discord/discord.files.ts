import { DomainError, ValidationFailedError } from '../../common/domain-error';
import { downloadAttachment } from '../../modules/commands/attachment-download';
import type { Attachment } from '../../modules/commands/command-context';

/** What discord.js tells about a message attachment (or a slash command's attachment option). */
export interface DiscordFile {
  url: string;
  name: string;
  contentType: string | null;
  size: number;
}

/**
 * The file attached to a mention, DM or `/steward … file:`, as a download for `run <agent>`
 * (nothing is fetched unless a member runs that command). Discord's CDN links are signed, so
 * no token goes with them; links anywhere else are not followed.
 */
export function attachedDiscordFile(files: DiscordFile[], restUrl: string): (() => Promise<Attachment>) | undefined {
  if (!files.length) return undefined;
  return async () => {
    if (files.length > 1) throw new ValidationFailedError(`\`run\` takes one file, and this message has ${files.length}; please send them one per message.`);
    const [file] = files;
    if (!onDiscordFileHost(file.url, restUrl)) throw new DomainError('invalid_request', `${file.name} is not on Discord's file host, so Steward will not fetch it.`);
    return downloadAttachment({ url: file.url, filename: file.name, mimeType: file.contentType?.split(';')[0] ?? undefined, size: file.size });
  };
}

/** cdn.discordapp.com / media.discordapp.net, or the host of the configured REST base (a proxy, a test server). */
export function onDiscordFileHost(url: string, restUrl: string): boolean {
  const host = new URL(url).hostname;
  return host === 'discordapp.com' || host.endsWith('.discordapp.com') || host.endsWith('.discordapp.net') || host === new URL(restUrl).hostname;
}
