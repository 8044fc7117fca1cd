import { COMMAND_NAMES } from './command-catalog';

export type ParsedCommand =
  | { kind: 'command'; name: string; args: string[]; rest: string }
  | { kind: 'unknown'; input: string; suggestion: string }
  | { kind: 'ask'; question: string };

const ALIASES: Record<string, string> = { '?': 'help', bal: 'balance', credits: 'balance', budgets: 'budget', task: 'tasks' };

/**
 * Text → command. A known first word is a command; a word that is almost one (a typo, at most
 * one edit per three letters) is an unknown command with the closest suggestion; anything
 * else ("hello", "how are we doing?") is a question for the AI CEO.
 */
export function parseCommand(input: string): ParsedCommand {
  const text = input.trim().replace(/^\/?steward\b\s*/i, '');
  if (!text) return { kind: 'command', name: 'help', args: [], rest: '' };
  const [first, ...others] = text.split(/\s+/);
  const word = first.toLowerCase();
  const name = COMMAND_NAMES.includes(word) ? word : ALIASES[word];
  if (name) {
    const rest = text.slice(first.length).trim();
    return { kind: 'command', name, args: others, rest };
  }
  const { name: closest, distance } = closestCommand(word);
  const typo = distance <= Math.max(1, Math.floor(word.length / 3)) && others.length <= 2;
  if (typo) return { kind: 'unknown', input: first, suggestion: closest };
  return { kind: 'ask', question: text };
}

export function closestCommand(word: string): { name: string; distance: number } {
  let best = { name: 'help', distance: Number.POSITIVE_INFINITY };
  for (const name of COMMAND_NAMES) {
    const distance = levenshtein(word.toLowerCase(), name);
    if (distance < best.distance) best = { name, distance };
  }
  return best;
}

export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
