import { webApi } from '@slack/bolt';
import type { SlackMessage } from '../../modules/commands/render/slack.renderer';

/** Slack allows 5 posts to one response_url within 30 minutes. */
export const RESPONSE_URL_MAX_POSTS = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60_000;
const MAX_RETRY_AFTER_MS = 30_000;

export interface ResponseTarget {
  responseUrl?: string;
  channel: string;
  user?: string;
  threadTs?: string;
}

/** Bolt's own copy of @slack/web-api, so clients from listeners and ours are one type. */
export type WebClient = webApi.WebClient;

export function slackWebClient(token: string | undefined, slackApiUrl: string): WebClient {
  // the SDK waits out Retry-After on 429 and retries
  return new webApi.WebClient(token, { slackApiUrl, retryConfig: { retries: 3, factor: 1.5, minTimeout: 200, maxTimeout: 5_000 } });
}

/**
 * Answers a slash command: through its response_url while that is allowed (at most 5 posts in
 * 30 minutes), else through chat.postEphemeral / chat.postMessage. Waits out Retry-After.
 */
export class SlackResponder {
  private readonly uses = new Map<string, { count: number; firstAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async send(target: ResponseTarget, message: SlackMessage, client: () => Promise<WebClient>): Promise<'response_url' | 'api'> {
    if (target.responseUrl && this.take(target.responseUrl)) {
      const posted = await postWithRetryAfter(target.responseUrl, { ...message, replace_original: false });
      if (posted) return 'response_url';
    }
    const web = await client();
    if (message.response_type === 'ephemeral' && target.user) {
      await web.chat.postEphemeral({ channel: target.channel, user: target.user, text: message.text, blocks: message.blocks as never, thread_ts: target.threadTs });
    } else {
      await web.chat.postMessage({ channel: target.channel, text: message.text, blocks: message.blocks as never, thread_ts: target.threadTs });
    }
    return 'api';
  }

  private take(url: string): boolean {
    const now = this.now();
    if (this.uses.size > 5_000) for (const [key, use] of this.uses) if (now - use.firstAt > RESPONSE_URL_TTL_MS) this.uses.delete(key);
    const use = this.uses.get(url);
    if (!use || now - use.firstAt > RESPONSE_URL_TTL_MS) {
      if (use) return false; // an expired response_url cannot be used again
      this.uses.set(url, { count: 1, firstAt: now });
      return true;
    }
    if (use.count >= RESPONSE_URL_MAX_POSTS) return false;
    use.count += 1;
    return true;
  }
}

/** true when Slack took the post; false when the URL is spent or gone (use the Web API instead). */
export async function postWithRetryAfter(url: string, body: unknown, attempts = 3): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    if (res.ok) return true;
    if (res.status === 429 && attempt < attempts) {
      const seconds = Number(res.headers.get('retry-after') ?? '1');
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number.isFinite(seconds) ? seconds * 1000 : 1000, MAX_RETRY_AFTER_MS)));
      continue;
    }
    if (res.status >= 500 && attempt < attempts) continue;
    return false;
  }
  return false;
}
