import { closestCommand, levenshtein, parseCommand } from './command-parser';
import { renderDiscord, splitMessage } from './render/discord.renderer';
import { renderSlack } from './render/slack.renderer';
import { renderText } from './render/text.renderer';
import type { CommandReply } from './command-reply';

describe('parseCommand', () => {
  it.each([
    ['balance', { kind: 'command', name: 'balance', args: [] }],
    ['  /steward usage week ', { kind: 'command', name: 'usage', args: ['week'] }],
    ['Budget set 500', { kind: 'command', name: 'budget', args: ['set', '500'] }],
    ['', { kind: 'command', name: 'help', args: [] }],
    ['balanse', { kind: 'unknown', input: 'balanse', suggestion: 'balance' }],
    ['forcast', { kind: 'unknown', input: 'forcast', suggestion: 'forecast' }],
    ['tsks recent', { kind: 'unknown', input: 'tsks', suggestion: 'tasks' }],
    ['hello', { kind: 'ask', question: 'hello' }],
    ['how are we doing this month?', { kind: 'ask', question: 'how are we doing this month?' }],
  ])('%j', (input, expected) => {
    expect(parseCommand(input)).toMatchObject(expected);
  });

  it('keeps the text after the agent name for run', () => {
    expect(parseCommand('run email-sorter  Hello there,\nsee you')).toMatchObject({ name: 'run', rest: 'email-sorter  Hello there,\nsee you' });
  });

  it('measures edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(closestCommand('budgett')).toEqual({ name: 'budget', distance: 1 });
  });
});

describe('renderers say the same words', () => {
  const reply: CommandReply = {
    ok: true,
    command: 'balance',
    title: '5 credits available',
    blocks: [{ kind: 'fields', fields: [{ label: 'Balance', value: '5' }] }, { kind: 'list', items: ['a <b> & c'] }],
    visibility: 'ephemeral',
    cost: '0',
  };

  it('renders text, Slack and Discord', () => {
    expect(renderText(reply)).toBe('5 credits available\nBalance: 5\n• a <b> & c\nCost: 0 credits');
    const slack = renderSlack(reply);
    expect(slack.response_type).toBe('ephemeral');
    expect(slack.blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '• a &lt;b&gt; &amp; c' } });
    expect(renderDiscord(reply)).toEqual(['**5 credits available**\n**Balance:** 5\n• a <b> & c\n-# Cost: 0 credits']);
  });

  it('splits long Discord messages at line breaks, each at most 2,000 characters, losing nothing', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(lines.join('\n'));
    expect(splitMessage('y'.repeat(4500)).map((p) => p.length)).toEqual([2000, 2000, 500]);
  });
});
