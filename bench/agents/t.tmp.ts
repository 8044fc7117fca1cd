import { LABELS } from '../../src/agents/invoice-processor/labels';
for (const t of ['FACTURER À / BILL TO', 'BILL TO']) { const m = LABELS.buyer.exec(t); console.log(t, m?.[0], m?.index); }
