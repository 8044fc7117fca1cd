import { DomainError } from '../../common/domain-error';
import { MAX_FILE_BYTES } from '../tasks/tasks.errors';
import type { Attachment } from './command-context';

/** The same ceiling as a task's file from any other channel. */
export const MAX_ATTACHMENT_BYTES = MAX_FILE_BYTES;
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** A file a chat provider holds for us: where it is and what the provider says about it. */
export interface RemoteFile {
  url: string;
  filename: string;
  mimeType?: string;
  /** bytes, as the provider announces them (checked before downloading, and again while reading) */
  size?: number;
  headers?: Record<string, string>;
}

export interface DownloadOptions {
  maxBytes?: number;
  /** a reason to refuse a 200 response that is not the file (Slack's login page, say) */
  refuse?: (response: Response) => string | undefined;
}

/**
 * Downloads a chat attachment for `run <agent>`: refused with a clear, coded error when it is
 * bigger than the limit (before any byte is fetched when the size is announced, else as soon
 * as the stream passes it), or when the provider does not hand it over.
 */
export async function downloadAttachment(file: RemoteFile, options: DownloadOptions = {}): Promise<Attachment> {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  const tooBig = (size: string) => new DomainError('payload_too_large', `${file.filename} is ${size}; a file for \`run\` can be up to ${megabytes(maxBytes)}.`, { maxBytes });
  if (file.size !== undefined && file.size > maxBytes) throw tooBig(megabytes(file.size));
  const unavailable = (why: string) => new DomainError('unavailable', `I could not download ${file.filename} (${why}); please attach it again.`);
  let response: Response;
  try {
    response = await fetch(file.url, { headers: file.headers, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw unavailable((error as Error).name === 'TimeoutError' ? 'it took too long' : 'the download failed');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw unavailable(`HTTP ${response.status}`);
  }
  const refusal = options.refuse?.(response);
  if (refusal) {
    await response.body?.cancel();
    throw unavailable(refusal);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body ?? []) {
    received += chunk.byteLength;
    // leaving the loop cancels the rest of the download
    if (received > maxBytes) throw tooBig(`more than ${megabytes(maxBytes)}`);
    chunks.push(chunk);
  }
  const mimeType = file.mimeType ?? response.headers.get('content-type')?.split(';')[0]?.trim();
  return { filename: file.filename, contentBase64: Buffer.concat(chunks).toString('base64'), ...(mimeType ? { mimeType } : {}) };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
