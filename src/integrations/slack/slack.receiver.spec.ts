import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import express from 'express';
import { eventBody, signSlackRequest, slashCommandBody } from '../../../test/support/fake-slack';
import { NestSlackReceiver } from './slack.receiver';

const SECRET = 'receiver-spec-secret';
const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

/** The receiver behind a plain Express route (raw body as Nest keeps it), with a real Bolt app on it. */
describe('NestSlackReceiver', () => {
  let server: Server;
  let url: string;
  const dispatched: (() => Promise<void>)[] = [];
  const seen: Record<string, unknown>[] = [];

  const post = (body: string, contentType: string, headers: Record<string, string> = signSlackRequest(SECRET, body)) =>
    fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  const runDispatched = async () => {
    for (const run of dispatched.splice(0)) await run();
  };

  beforeAll(async () => {
    const receiver = new NestSlackReceiver(SECRET, silent, (run) => dispatched.push(run));
    const bolt = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-spec' }), convoStore: false, logger: silent, logLevel: LogLevel.ERROR });
    bolt.command('/steward', async ({ command, ack }) => {
      await ack();
      seen.push({ command: command.text });
    });
    bolt.event('app_mention', async ({ event, context }) => void seen.push({ mention: event.text, retryNum: context.retryNum }));
    bolt.view('survey', async ({ ack }) => ack({ response_action: 'errors', errors: { answer: 'Say something.' } }));
    const http = express();
    http.post('/slack/events', express.raw({ type: () => true }), (req, res) => receiver.handle(Object.assign(req, { rawBody: req.body as Buffer }), res));
    server = await new Promise<Server>((resolve) => {
      const listening = http.listen(0, '127.0.0.1', () => resolve(listening));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    dispatched.length = 0;
    seen.length = 0;
  });

  it('acknowledges a verified slash command with an empty 200 before Bolt runs, then runs it', async () => {
    const res = await post(slashCommandBody({ text: 'balance', responseUrl: 'http://127.0.0.1:9/respond/x' }), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(dispatched).toHaveLength(1);
    expect(seen).toEqual([]);
    await runDispatched();
    expect(seen).toEqual([{ command: 'balance' }]);
  });

  it('answers a forged, stale or unsigned request with 401 and dispatches nothing', async () => {
    const body = slashCommandBody({ text: 'balance', responseUrl: 'http://127.0.0.1:9/respond/x' });
    const form = 'application/x-www-form-urlencoded';
    expect((await post(body, form, signSlackRequest('not-the-secret', body))).status).toBe(401);
    expect((await post(body, form, signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60))).status).toBe(401);
    expect((await post(body, form, {})).status).toBe(401);
    expect(dispatched).toHaveLength(0);
  });

  it('hands an Events API retry to the listeners with its retry number', async () => {
    const body = eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> hi', channel: 'C1', ts: '1.2' }, { eventId: 'EvSPEC' });
    const res = await post(body, 'application/json', { ...signSlackRequest(SECRET, body), 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(res.status).toBe(200);
    await runDispatched();
    expect(seen).toEqual([{ mention: '<@UBOT> hi', retryNum: 2 }]);
  });

  it('lets a listener put its answer in the response when the ack carries one (view_submission)', async () => {
    const payload = { type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, view: { id: 'V1', callback_id: 'survey', state: { values: {} } } };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await post(body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { answer: 'Say something.' } });
    expect(dispatched).toHaveLength(0);
  });
});
