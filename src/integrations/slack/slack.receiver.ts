import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { HTTPResponseAck, verifySlackRequest } from '@slack/bolt';
import type { Request, Response } from 'express';
import type { Logger } from '@slack/logger';

/** Runs Bolt's processing of an already acknowledged request later (SlackBot's work queue). */
export type Dispatch = (run: () => Promise<void>) => void;

/**
 * Requests whose acknowledgement carries what a listener computes (an options list, a modal's
 * response_action, a legacy message replacement). Steward registers none of these today; they
 * go through Bolt before the response so such a listener would still work.
 */
const ANSWERED_BY_LISTENER = new Set(['block_suggestion', 'dialog_suggestion', 'view_submission', 'interactive_message']);

/**
 * Bolt's receiver, mounted on the Nest HTTP server (POST /slack/events) instead of a server
 * of its own. Verifies the signature over the raw body (5-minute window: stale or forged → 401),
 * answers url_verification and ssl_check, and then acknowledges at once with an empty 200:
 * Slack needs nothing else within its 3 seconds. Bolt (authorize, middleware, listeners) runs
 * after the response, through `dispatch`, so a burst of commands is acknowledged before any
 * of them costs a database round trip. Events API retries still reach Bolt with their
 * retry number; the listeners' idempotency claim keeps them from running twice.
 */
export class NestSlackReceiver implements Receiver {
  private app?: App;

  constructor(
    private readonly signingSecret: string,
    private readonly logger: Logger,
    private readonly dispatch: Dispatch,
    private readonly now: () => number = Date.now,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Express handler; never throws, always answers. */
  handle(req: Request & { rawBody?: Buffer }, res: Response): void {
    const raw = req.rawBody?.toString('utf8') ?? '';
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': header(req, 'x-slack-signature'), 'x-slack-request-timestamp': Number(header(req, 'x-slack-request-timestamp')) },
        nowMilliseconds: this.now(),
        logger: this.logger,
      });
    } catch (error) {
      this.logger.warn(`rejected a Slack request: ${(error as Error).message}`);
      res.status(401).json({ error: { code: 'unauthorized', message: 'The Slack signature is missing, wrong or older than 5 minutes.' } });
      return;
    }
    let body: Record<string, any>;
    try {
      body = parseBody(raw, header(req, 'content-type'));
    } catch {
      res.status(400).json({ error: { code: 'invalid_request', message: 'The Slack request body could not be parsed.' } });
      return;
    }
    if (body.ssl_check === '1') {
      res.status(200).end();
      return;
    }
    if (body.type === 'url_verification') {
      res.status(200).json({ challenge: body.challenge });
      return;
    }
    if (!this.app) {
      res.status(503).json({ error: { code: 'unavailable', message: 'Slack is starting; try again.' } });
      return;
    }
    const app = this.app;
    const retryNum = header(req, 'x-slack-retry-num');
    const event = (ack: ReceiverEvent['ack']): ReceiverEvent => ({
      body,
      ack,
      retryNum: retryNum ? Number(retryNum) : undefined,
      retryReason: header(req, 'x-slack-retry-reason') || undefined,
      customProperties: {},
    });
    if (ANSWERED_BY_LISTENER.has(body.type)) {
      const ack = new HTTPResponseAck({ logger: this.logger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res });
      app.processEvent(event(ack.bind())).catch((error: Error) => {
        this.logger.error(`Slack listener failed: ${error.message}`);
        if (!res.headersSent) res.status(500).end();
      });
      return;
    }
    res.status(200).end();
    this.dispatch(() => app.processEvent(event(acknowledged)).catch((error: Error) => this.logger.error(`Slack listener failed: ${error.message}`)));
  }
}

/** The listener's ack() after the receiver has already answered: nothing left to send. */
async function acknowledged(): Promise<void> {}

function header(req: Request, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Slash commands and interactivity are form-encoded (interactivity as a JSON `payload` field); events are JSON. */
export function parseBody(raw: string, contentType: string): Record<string, any> {
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, any>;
  const form = Object.fromEntries(new URLSearchParams(raw));
  return typeof form.payload === 'string' ? (JSON.parse(form.payload) as Record<string, any>) : form;
}
