import { readFile } from 'node:fs/promises';
import { classifyEmail } from './email-sorter';

/**
 * `steward classify-email FILE.eml…`: one JSON line per file on `out`. Returns the exit
 * code: 0, or 2 when any file was missing or unreadable (the others are still printed).
 */
export async function classifyEmailFiles(
  paths: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let exitCode = 0;
  for (const file of paths) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (e) {
      err.write(`classify-email: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      exitCode = 2;
      continue;
    }
    const { category, confidence, method } = await classifyEmail(raw);
    out.write(`${JSON.stringify({ file, category, confidence, method })}\n`);
  }
  return exitCode;
}
