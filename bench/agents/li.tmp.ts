import { readFileSync } from 'node:fs';
import { readPdfText } from '../../src/agents/invoice-processor/pdf-text';
import { extractLineItems } from '../../src/agents/invoice-processor/line-items';
(async () => {
  const t: any = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), 20);
  const r = extractLineItems(t.lines);
  for (const it of r.items) console.log(JSON.stringify(it));
  console.log([...r.rows].map((i) => `${t.lines[i].page}:${t.lines[i].y.toFixed(1)}`).join(' '));
})();
