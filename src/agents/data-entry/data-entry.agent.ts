import { PermanentAgentError, type AgentInput, type AgentRunContext, type AgentRunResult } from '../agent.types';
import { freshBody, isAutoReply, parseEmail } from '../email-sorter/email-parse';
import { parseMime } from '../invoice-processor/email-body';
import { extractRecords, type DataEntryResult } from './data-entry';
import { resolveTarget } from './targets';

/** The rentable "data-entry" agent: text (or a file, or an e-mail) + input.target → records. */
export async function runDataEntryAgent(
  input: AgentInput,
  ctx: AgentRunContext,
): Promise<AgentRunResult<Omit<DataEntryResult, 'usage'>>> {
  const target = resolveTarget(input.target);
  let text = input.text ?? '';
  const bytes = input.contentBase64 ? Buffer.from(input.contentBase64, 'base64') : null;
  if (bytes) text = decodeUpload(bytes);
  if (!text.trim()) throw new PermanentAgentError('empty_input', 'The data-entry agent needs text, a table or an e-mail.');
  if (ctx.signal?.aborted) throw new PermanentAgentError('aborted', 'The task was cancelled.');

  let sender: { name?: string; email?: string } | undefined;
  if (isEmail(input, text)) {
    // an uploaded message is parsed from its bytes: its own charset (windows-1251, ISO-2022-JP…) decodes its body
    const raw = bytes ?? text;
    const mail = await parseEmail(raw);
    // an out-of-office reply is no prospect, however complete its signature
    if (target.name === 'crm-lead' && isAutoReply(mail)) {
      const reason = `an automatic reply ("${mail.subject.slice(0, 80)}"): no person wrote it, so it holds no lead`;
      return { output: { records: [], confidence: [], rejected: [{ row: 1, reasons: [reason] }], dropped: [], target: target.name, method: 'free-text' }, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } };
    }
    // an HTML-only message: its paragraphs, rows and line breaks stay lines (a signature table is one detail per row)
    // the sender's own part: quoted history goes (with the other signatures in it), the sender's signature stays
    text = freshBody(mail.hasHtml && !/content-type:\s*text\/plain/i.test(text) ? (await parseMime(raw)).body : mail.text, { keepSignature: true });
    sender = { name: mail.fromName || undefined, email: mail.fromAddress || undefined };
  }
  const { usage, ...output } = await extractRecords(text, target, { llm: ctx.llm, sender });
  return { output, mode: output.method === 'llm' ? 'llm' : 'offline', usage };
}

function isEmail(input: AgentInput, text: string): boolean {
  if (input.mimeType === 'message/rfc822' || /\.eml$/i.test(input.filename ?? '')) return true;
  // A raw message starts with headers: "From:" plus "Subject:" or "Date:" before a blank line.
  const head = text.split(/\r?\n\r?\n/)[0];
  return /^(from|return-path|received|message-id):/im.test(head) && /^(subject|date):/im.test(head) && /^from:/im.test(head);
}

/**
 * An uploaded file's text: UTF-8 (or UTF-16 with its byte-order mark), else the Windows code page
 * Excel and Outlook save CSV in: Windows-1252 in Western Europe, Windows-1250 in Central Europe
 * (when the text reads as Polish, Czech or Hungarian letters in it, and as stray symbols in 1252).
 */
function decodeUpload(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const western = new TextDecoder('windows-1252').decode(bytes);
    const central = new TextDecoder('windows-1250').decode(bytes);
    // letters only Central European code pages have, read in 1252 as symbols: "ą" as "¹", "ł" as "³", "ś" as "œ", "ő" as "õ"…
    const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
    return count(central, /[ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰĺľŕĹĽŔ]/g) > 2 * count(western, /[àâãåæèêëìîïðòôõøùûýÿ]/gi) ? central : western;
  }
}
