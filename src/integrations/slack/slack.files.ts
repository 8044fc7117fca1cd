import { DomainError, ValidationFailedError } from '../../common/domain-error';
import { downloadAttachment } from '../../modules/commands/attachment-download';
import type { Attachment } from '../../modules/commands/command-context';

/** The parts of a file object in a Slack message event that Steward reads. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
  /** 'hidden_by_limit' and 'tombstone' files come without URLs */
  mode?: string;
}

/**
 * The file shared with a mention or DM, as a download for `run <agent>` (nothing is fetched
 * unless a member runs that command). Slack serves it to the bot token only — and only with the
 * files:read scope; without it Slack answers 200 with its sign-in page — so the token goes
 * nowhere but Slack's own file host.
 */
export function attachedSlackFile(files: SlackFile[] | undefined, botToken: string | undefined, slackApiUrl: string): (() => Promise<Attachment>) | undefined {
  if (!files?.length) return undefined;
  return async () => {
    if (files.length > 1) throw new ValidationFailedError(`\`run\` takes one file, and this message has ${files.length}; please send them one per message.`);
    const [file] = files;
    const filename = file.name ?? file.title ?? file.id;
    const url = file.url_private_download ?? file.url_private;
    if (!url) throw new DomainError('unavailable', `Slack does not let Steward read ${filename}${file.mode === 'hidden_by_limit' ? ' (it is hidden by the workspace plan)' : ''}.`);
    if (!onSlackFileHost(url, slackApiUrl)) throw new DomainError('invalid_request', `${filename} is not on Slack's file host, so Steward will not fetch it.`);
    return downloadAttachment(
      { url, filename, mimeType: file.mimetype, size: file.size, headers: botToken ? { authorization: `Bearer ${botToken}` } : {} },
      { refuse: (response) => (signInPageInstead(response, file.mimetype) ? 'Slack sent its sign-in page; the app needs the files:read scope' : undefined) },
    );
  };
}

/** files.slack.com for https://slack.com/api/ — the API's host or one under it. */
export function onSlackFileHost(url: string, slackApiUrl: string): boolean {
  const file = new URL(url);
  const api = new URL(slackApiUrl);
  return file.protocol === api.protocol && (file.hostname === api.hostname || file.hostname.endsWith(`.${api.hostname}`));
}

function signInPageInstead(response: Response, expected: string | undefined): boolean {
  return (response.headers.get('content-type') ?? '').startsWith('text/html') && !expected?.startsWith('text/html');
}
