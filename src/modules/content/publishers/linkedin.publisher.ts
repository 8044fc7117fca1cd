import { PublishCredentials, PublishError, Publisher } from './publisher';

/** LinkedIn's UGC Posts API (`POST /v2/ugcPosts`) with the organization's OAuth token. */
export class LinkedInPublisher implements Publisher {
  readonly channel = 'linkedin' as const;

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 15_000,
  ) {}

  async publish(post: { id: string; text: string }, credentials: PublishCredentials): Promise<{ externalId: string }> {
    const body = {
      author: credentials.authorUrn,
      lifecycleState: 'PUBLISHED',
      specificContent: {
        'com.linkedin.ugc.ShareContent': { shareCommentary: { text: post.text }, shareMediaCategory: 'NONE' },
      },
      visibility: { 'com.linkedin.ugc.MemberNetworkVisibility': 'PUBLIC' },
    };
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v2/ugcPosts`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${credentials.accessToken}`,
          'Content-Type': 'application/json',
          'X-Restli-Protocol-Version': '2.0.0',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new PublishError('unknown', `LinkedIn did not answer (${(error as Error).message}); the post may or may not be live.`);
    }
    const text = await response.text();
    if (response.status === 201 || response.ok) {
      let id = response.headers.get('x-restli-id') ?? '';
      try {
        id ||= (JSON.parse(text) as { id?: string }).id ?? '';
      } catch {
        /* the id header is enough */
      }
      if (!id) throw new PublishError('unknown', 'LinkedIn accepted the post but returned no id.');
      return { externalId: id };
    }
    const detail = providerMessage(text) ?? response.statusText;
    if (response.status === 401) throw new PublishError('permanent', `LinkedIn refused the token (401: ${detail}); reconnect LinkedIn.`);
    if (response.status === 429 || response.status >= 500) throw new PublishError('transient', `LinkedIn is unavailable (${response.status}: ${detail}).`);
    throw new PublishError('permanent', `LinkedIn rejected the post (${response.status}: ${detail}).`);
  }
}

function providerMessage(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { message?: string };
    return parsed.message;
  } catch {
    return text ? text.slice(0, 200) : undefined;
  }
}
