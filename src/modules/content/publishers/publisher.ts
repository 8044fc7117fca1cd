import type { ContentPost, PostChannel } from '../entities/content-post.entity';

/**
 * Publishing outcome classes: `transient` means the provider said no for now and nothing was
 * posted (retry later); `permanent` means retrying cannot help (bad token, rejected content);
 * `unknown` means the request may or may not have been posted (network failure mid-request),
 * so we never retry blindly and risk a double post.
 */
export class PublishError extends Error {
  constructor(
    readonly kind: 'transient' | 'permanent' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

export interface PublishCredentials {
  accessToken: string;
  authorUrn: string;
}

/** One channel's publisher: a small class with no database access. */
export interface Publisher {
  readonly channel: PostChannel;
  publish(post: Pick<ContentPost, 'id' | 'text'>, credentials: PublishCredentials): Promise<{ externalId: string }>;
}
