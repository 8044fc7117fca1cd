import { readFileSync } from 'node:fs';
import { readPdfText } from '../../src/agents/invoice-processor/pdf-text';
(async () => {
  const t: any = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), 20);
  for (const l of t.lines) console.log(`p${l.page} y${l.y.toFixed(1)} | ` + l.cells.map((c: any) => `[${c.x.toFixed(0)}-${c.x2.toFixed(0)}]${c.text}`).join(' '));
})();
