import WebSocket from 'ws';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { grant, waitForTask } from './task-helpers';

interface LiveMessage {
  type: string;
  data: Record<string, any>;
}

async function connect(url: string): Promise<{ socket: WebSocket; messages: LiveMessage[]; closed: Promise<number> }> {
  const socket = new WebSocket(url);
  const messages: LiveMessage[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as LiveMessage;
      if (message.type === 'ready') resolve();
      else messages.push(message);
    });
    socket.on('close', () => reject(new Error('closed before ready')));
    socket.on('error', reject);
  });
  return { socket, messages, closed };
}

describe.each([
  ['in process', false],
  ['relayed through Redis', true],
])('live events over WebSocket (%s)', (_label, redis) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', redis });
  });
  afterAll(() => t.close());

  it("pushes task and credit events to the organization's room only", async () => {
    const a = await createOrganizationWithKey(t, 'Live A');
    const b = await createOrganizationWithKey(t, 'Live B');
    await grant(t, a.organizationId, '10');
    await grant(t, b.organizationId, '10');
    const base = (await t.url()).replace(/^http/, 'ws');
    const clientA = await connect(`${base}/live?token=${a.key}`);
    const clientB = await connect(`${base}/live?token=${b.key}`);

    const created = await t.http().post('/api/v1/tasks').set(bearer(a.key)).send({ agent: 'email-sorter', input: { text: 'Subject: hello\r\n\r\nlunch on friday?' } }).expect(202);
    await waitForTask(t, a.key, created.body.id);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const statuses = clientA.messages.filter((m) => m.type === 'task.updated').map((m) => m.data.task.status);
    // running shows only when the sorter takes longer than CLAIM_AFTER_MS (a cold start)
    expect(statuses[0]).toBe('queued');
    expect(statuses[statuses.length - 1]).toBe('succeeded');
    expect(statuses.filter((status) => !['queued', 'running', 'succeeded'].includes(status))).toEqual([]);
    expect(clientA.messages.some((m) => m.type === 'credits.changed')).toBe(true);
    // B saw its own grant at most, never A's task or balance
    expect(clientB.messages.filter((m) => m.type === 'task.updated')).toEqual([]);
    expect(JSON.stringify(clientB.messages)).not.toContain(created.body.id);
    expect(JSON.stringify(clientB.messages)).not.toContain(a.organizationId);
    clientA.socket.close();
    clientB.socket.close();
  });

  it('closes unauthenticated connections with 4401', async () => {
    const base = (await t.url()).replace(/^http/, 'ws');
    const socket = new WebSocket(`${base}/live?token=stw_wrong`);
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4401);
  });
});
