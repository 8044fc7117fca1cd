import { LogLevel, SocketModeReceiver, type App } from '@slack/bolt';
import type { Logger } from '@slack/logger';

const RETRY_AFTER_MS = [5_000, 15_000, 30_000, 60_000];
/**
 * The Socket Mode client's own policy for apps.connections.open (about a hundred tries, 1.3×
 * apart), with timers that do not hold a stopping process open while Slack is unreachable.
 */
const CONNECTIONS_OPEN_RETRY = { retries: 100, factor: 1.3, unref: true };

/**
 * Socket Mode (SLACK_APP_TOKEN): Bolt's receiver, told where the Web API is. Bolt's App does
 * not pass its clientOptions to the Socket Mode client, so without this `apps.connections.open`
 * would always go to slack.com whatever SLACK_API_URL says. `onEnvelope` hears every envelope
 * as it arrives, before Bolt acknowledges it.
 */
export function socketModeReceiver(appToken: string, slackApiUrl: string, logger: Logger, onEnvelope: () => void): SocketModeReceiver {
  const receiver = new SocketModeReceiver({ appToken, logger, logLevel: LogLevel.WARN, installerOptions: { clientOptions: { slackApiUrl, retryConfig: CONNECTIONS_OPEN_RETRY } } });
  receiver.client.on('slack_event', onEnvelope);
  return receiver;
}

/**
 * Opens the Socket Mode connection in the background, so a Slack outage cannot stop the API
 * from starting. Once connected, the Socket Mode client reconnects by itself; a first connection
 * that fails (Slack unreachable, a refused token) is tried again here, less and less often.
 */
export class SocketModeConnection {
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly app: App,
    private readonly onFailure: (error: Error, retryInMs: number) => void,
  ) {}

  open(attempt = 0): void {
    this.app.start().catch((error: Error) => {
      if (this.stopped) return;
      const wait = RETRY_AFTER_MS[Math.min(attempt, RETRY_AFTER_MS.length - 1)];
      this.onFailure(error, wait);
      this.retry = setTimeout(() => this.open(attempt + 1), wait);
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.app.stop().catch(() => undefined);
  }
}
