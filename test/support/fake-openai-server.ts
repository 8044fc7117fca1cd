import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback server speaking OpenAI's chat-completions API, for tests that run the real
 * OpenAI SDK / LangChain ChatOpenAI. Tests script the replies (a queue, then a fallback
 * handler) and assert on the recorded requests.
 *
 *   const openai = await startFakeOpenAI();
 *   openai.enqueue({ toolCalls: [{ name: 'balance', arguments: {} }] }, { text: 'You have 12 credits.' });
 *   const client = createLlmClient(llmSettings({ baseUrl: openai.baseUrl, maxRetries: 0 }));
 *   ...
 *   expect(openai.requests[1].messages.at(-1)).toMatchObject({ role: 'tool' });
 *   await openai.close();
 */

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  content?: string | { type: string; text?: string }[] | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
  name?: string;
}

export interface ChatTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  tools?: ChatTool[];
  tool_choice?: 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };
  response_format?: { type: 'text' | 'json_object' | 'json_schema'; json_schema?: { name: string; schema?: Record<string, unknown>; strict?: boolean } };
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [field: string]: unknown;
}

export interface FakeUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface FakeToolCall {
  name: string;
  /** an object is JSON-encoded; a string is sent as is (to simulate malformed arguments) */
  arguments: unknown;
  id?: string;
}

interface ReplyCommon {
  /** omitted: estimated from the text (about 4 characters a token) */
  usage?: FakeUsage;
  /** set false to send no usage at all, as some local servers do */
  includeUsage?: boolean;
  delayMs?: number;
}

export type FakeReply =
  | (ReplyCommon & { text: string; finishReason?: 'stop' | 'length' | 'content_filter' })
  /** Structured output: sent as a forced tool call when the request forces one, else as JSON content. */
  | (ReplyCommon & { json: unknown })
  | (ReplyCommon & { toolCalls: FakeToolCall[]; text?: string })
  | { error: { status: number; message?: string; type?: string; code?: string }; headers?: Record<string, string>; delayMs?: number };

export type FakeReplyHandler = (request: ChatCompletionRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:41234/v1, the OPENAI_BASE_URL for the code under test */
  readonly baseUrl: string;
  /** request bodies, in arrival order */
  readonly requests: ChatCompletionRequest[];
  /** request headers, parallel to `requests` */
  readonly headers: IncomingHttpHeaders[];
  /** replies used one per request, before the handler */
  enqueue(...replies: (FakeReply | FakeReplyHandler)[]): void;
  /** the reply for every request once the queue is empty */
  reply(handler: FakeReplyHandler): void;
  /** queued replies not yet used */
  pending(): number;
  /** forget requests, queued replies and the handler */
  reset(): void;
  close(): Promise<void>;
}

const MODELS_LIST = { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: 'fake-openai' }] };

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: ChatCompletionRequest[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const queue: (FakeReply | FakeReplyHandler)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let handler: FakeReplyHandler | undefined;
  let sequence = 0;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0].replace(/\/+$/, '');
    if (req.method === 'GET' && (path === '/v1/models' || path === '/models')) return sendJson(res, 200, MODELS_LIST);
    if (req.method !== 'POST' || (path !== '/v1/chat/completions' && path !== '/chat/completions')) {
      return sendError(res, { status: 404, message: `Unknown route ${req.method} ${path}`, type: 'invalid_request_error' });
    }
    let body: ChatCompletionRequest;
    try {
      body = JSON.parse(await readBody(req)) as ChatCompletionRequest;
    } catch {
      return sendError(res, { status: 400, message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' });
    }
    requests.push(body);
    headers.push(req.headers);
    const invalid = requestProblem(body);
    if (invalid) return sendError(res, { status: 400, message: invalid, type: 'invalid_request_error' });

    const next = queue.shift() ?? handler;
    if (!next) {
      return sendError(res, { status: 500, message: `fake-openai: no reply scripted for request #${requests.length}`, type: 'server_error' });
    }
    const reply = typeof next === 'function' ? await next(body) : next;
    if (reply.delayMs) await delay(reply.delayMs);
    if (res.destroyed) return;
    if ('error' in reply) return sendError(res, reply.error, reply.headers);

    const completion = buildCompletion(body, reply, `chatcmpl-fake-${++sequence}`, sequence);
    if (body.stream) return sendStream(res, completion, body.stream_options?.include_usage === true);
    sendJson(res, 200, completion);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, { status: 500, message: `fake-openai crashed: ${String(error)}`, type: 'server_error' });
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    headers,
    enqueue: (...replies) => void queue.push(...replies),
    reply: (next) => void (handler = next),
    pending: () => queue.length,
    reset: () => {
      requests.length = 0;
      headers.length = 0;
      queue.length = 0;
      handler = undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        timers.forEach(clearTimeout);
        timers.clear();
        sockets.forEach((socket) => socket.destroy());
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The text of a message, whether sent as a string or as content parts. */
export function messageText(message: ChatMessage | undefined): string {
  if (!message?.content) return '';
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => part.text ?? '').join('');
}

/** The tool results the client sent after the last assistant turn (for handlers that answer them). */
export function toolResults(request: ChatCompletionRequest): { toolCallId: string; content: string }[] {
  const results: { toolCallId: string; content: string }[] = [];
  for (let i = request.messages.length - 1; i >= 0 && request.messages[i].role === 'tool'; i--) {
    results.unshift({ toolCallId: request.messages[i].tool_call_id ?? '', content: messageText(request.messages[i]) });
  }
  return results;
}

interface Completion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: { index: 0; message: { role: 'assistant'; content: string | null; refusal: null; tool_calls?: ChatMessage['tool_calls'] }; finish_reason: string; logprobs: null }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

function buildCompletion(request: ChatCompletionRequest, reply: Exclude<FakeReply, { error: unknown }>, id: string, sequence: number): Completion {
  let content: string | null = null;
  let toolCalls: FakeToolCall[] = [];
  let finishReason = 'stop';
  if ('json' in reply) {
    const forced = forcedToolName(request);
    if (forced) toolCalls = [{ name: forced, arguments: reply.json }];
    else content = JSON.stringify(reply.json);
  } else if ('toolCalls' in reply) {
    toolCalls = reply.toolCalls;
    content = reply.text ?? null;
  } else {
    content = reply.text;
    finishReason = reply.finishReason ?? 'stop';
  }
  const tool_calls = toolCalls.map((call, index) => ({
    id: call.id ?? `call_${sequence}_${index}`,
    type: 'function' as const,
    function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {}) },
  }));
  if (tool_calls.length) finishReason = 'tool_calls';

  const completionText = (content ?? '') + tool_calls.map((call) => call.function.name + call.function.arguments).join('');
  const usage = reply.usage ?? { promptTokens: estimateTokens(JSON.stringify(request.messages)), completionTokens: Math.max(1, estimateTokens(completionText)) };
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, ...(tool_calls.length ? { tool_calls } : {}) },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
    ...(reply.includeUsage === false
      ? {}
      : { usage: { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens } }),
  };
}

/** Server-sent events as OpenAI streams them: role, content pieces, tool-call fragments, finish, usage, [DONE]. */
function sendStream(res: ServerResponse, completion: Completion, includeUsage: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const { id, created, model } = completion;
  const choice = completion.choices[0];
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    ({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);

  send(chunk({ role: 'assistant', content: '' }));
  for (const piece of splitForStreaming(choice.message.content ?? '')) send(chunk({ content: piece }));
  (choice.message.tool_calls ?? []).forEach((call, index) => {
    send(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }));
    for (const piece of halves(call.function.arguments)) send(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  send(chunk({}, choice.finish_reason));
  if (includeUsage && completion.usage) send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: completion.usage });
  res.end('data: [DONE]\n\n');
}

/** What the real API rejects with 400, so client bugs in tool round trips show up here too. */
function requestProblem(body: ChatCompletionRequest): string | undefined {
  if (typeof body.model !== 'string' || !body.model) return "you must provide a model parameter";
  if (!Array.isArray(body.messages) || body.messages.length === 0) return "'messages' must be a non-empty array";
  const open = new Set<string>();
  for (const [index, message] of body.messages.entries()) {
    if (message.role === 'tool') {
      if (!message.tool_call_id || !open.has(message.tool_call_id)) {
        return `Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls' (messages[${index}]).`;
      }
      open.delete(message.tool_call_id);
      continue;
    }
    if (open.size) {
      return `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. Missing: ${[...open].join(', ')} (messages[${index}]).`;
    }
    for (const call of message.tool_calls ?? []) open.add(call.id);
  }
  const forced = forcedToolName(body);
  if (forced && !body.tools?.some((tool) => tool.function.name === forced)) return `tool_choice names '${forced}', which is not in tools`;
  return undefined;
}

function forcedToolName(request: ChatCompletionRequest): string | undefined {
  const choice = request.tool_choice;
  if (choice && typeof choice === 'object' && choice.type === 'function') return choice.function.name;
  if (choice === 'required' && request.tools?.length === 1) return request.tools[0].function.name;
  return undefined;
}

function sendError(res: ServerResponse, error: { status: number; message?: string; type?: string; code?: string }, extraHeaders: Record<string, string> = {}): void {
  const type = error.type ?? defaultErrorType(error.status);
  const body = { error: { message: error.message ?? `Fake error ${error.status}`, type, param: null, code: error.code ?? null } };
  sendJson(res, error.status, body, extraHeaders);
}

function defaultErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 429) return 'rate_limit_exceeded';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...extraHeaders });
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function splitForStreaming(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function halves(text: string): string[] {
  const middle = Math.ceil(text.length / 2);
  return [text.slice(0, middle), text.slice(middle)].filter(Boolean);
}
