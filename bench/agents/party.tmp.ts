import { readFileSync } from 'node:fs';
import { readPdfText } from '../../src/agents/invoice-processor/pdf-text';
import { extractParties } from '../../src/agents/invoice-processor/parties';
(async () => {
  const t: any = await readPdfText(new Uint8Array(readFileSync(process.argv[2])), 20);
  console.log(JSON.stringify(extractParties(t.lines), null, 1));
})();
