import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'br-agencia-fatura-servicos',
  country: 'Brazil', language: 'Portuguese (Brazil)', currency: 'BRL',
  traits: 'Brazilian agency "Fatura de Prestação de Serviços" from a Simples Nacional company (no tax lines, so taxTotal is null): boxed form layout with PRESTADOR / TOMADOR DE SERVIÇOS, CNPJ and Inscrição Municipal, "Discriminação dos serviços", "Valor total", Pix key and bank details; dates DD/MM/YYYY; R$ 1.234,56',
  number: '000482',
  issue: '2025-07-10',
  due: '2025-07-25',
  currencyPrinted: 'R$',
  seller: {
    name: 'Maré Alta Comunicação Ltda.', vatId: '34.512.876/0001-39', im: '7.214.553-0',
    address: ['Rua Fradique Coutinho, 1632 – sala 23', 'Vila Madalena – São Paulo/SP', 'CEP 05416-001'],
    email: 'financeiro@marealta.com.br', phone: '(11) 3031-4477',
  },
  buyer: {
    name: 'Empório Serra Verde Alimentos Ltda.', vatId: '18.745.032/0001-81',
    address: ['Av. Brasil, 2310', 'Jardim Chapadão – Campinas/SP', 'CEP 13070-178'],
    email: 'contasapagar@emporioserraverde.com.br',
  },
  taxMode: 'none',
  items: [
    { desc: 'Gestão de redes sociais – julho/2025', qty: '1', unit: '3200.00' },
    { desc: 'Produção de vídeo curto (Reels), até 60 s', qty: '4', unit: '450.00' },
    { desc: 'Sessão de fotos de produto (meio período)', qty: '1', unit: '1150.00' },
    { desc: 'Taxa de gestão de tráfego pago', qty: '1', unit: '380.00' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: '.' }, date: 'dd/mm/yyyy' }),
  extraChecks: () => ['VALOR TOTAL', 'Simples Nacional'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l, i) => `<tr><td class="c">${String(i + 1).padStart(2, '0')}</td><td>${esc(l.desc)}</td><td class="c">${f.q(l.qty)}</td><td class="r">R$ ${f.u(l.unit)}</td><td class="r">R$ ${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 12mm; }
body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #111; }
.box { border: 1px solid #333; margin-bottom: -1px; }
.hdr { display: flex; }
.hdr .logo { width: 38mm; background: #0b7a75; color: #fff; display: flex; flex-direction: column; justify-content: center; align-items: center; font-weight: bold; font-size: 15pt; padding: 4mm 0; }
.hdr .logo small { font-size: 6.5pt; font-weight: normal; letter-spacing: 2px; }
.hdr .co { flex: 1; padding: 3mm 4mm; line-height: 1.45; }
.hdr .co b { font-size: 11pt; }
.hdr .no { width: 52mm; border-left: 1px solid #333; text-align: center; padding: 3mm 2mm; }
.hdr .no h1 { font-size: 10pt; margin: 0 0 2mm; }
.hdr .no .n { font-size: 16pt; font-weight: bold; }
.sec { background: #e6f2f1; font-weight: bold; font-size: 7.5pt; padding: 1.5mm 3mm; border-bottom: 1px solid #333; letter-spacing: .5px; }
.in { padding: 2mm 3mm; line-height: 1.5; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; }
.grid div { padding: 1.5mm 3mm; border-right: 1px solid #ccc; }
.grid div:last-child { border-right: 0; }
.l { display: block; font-size: 6.5pt; color: #555; text-transform: uppercase; }
.items { width: 100%; border-collapse: collapse; }
.items th { font-size: 7.5pt; background: #f3f3f3; border-bottom: 1px solid #333; padding: 2mm; text-align: left; }
.items td { padding: 2mm; border-bottom: 1px solid #ddd; }
.c { text-align: center !important; } .r { text-align: right !important; white-space: nowrap; }
.tot { display: flex; justify-content: flex-end; }
.tot table { border-collapse: collapse; margin: 2mm 3mm; }
.tot td { padding: 1mm 3mm; }
.tot .g td { font-size: 12pt; font-weight: bold; border-top: 1px solid #333; }
.obs { font-size: 7.5pt; line-height: 1.5; }`;
  const body = `
<div class="box hdr">
  <div class="logo">MARÉ ALTA<small>COMUNICAÇÃO</small></div>
  <div class="co"><b>${esc(s.name)}</b><br>${lines(s.address)}<br>CNPJ: ${s.vatId} · Inscrição Municipal: ${s.im}<br>${s.phone} · ${s.email}</div>
  <div class="no"><h1>FATURA DE PRESTAÇÃO DE SERVIÇOS</h1>Nº<div class="n">${inv.number}</div></div>
</div>
<div class="box grid">
  <div><span class="l">Data de emissão</span>${f.d(inv.issue)}</div>
  <div><span class="l">Data de vencimento</span>${f.d(inv.due)}</div>
  <div><span class="l">Forma de pagamento</span>Pix / boleto</div>
</div>
<div class="box"><div class="sec">TOMADOR DE SERVIÇOS</div>
  <div class="in"><b>${esc(b.name)}</b><br>CNPJ: ${b.vatId}<br>${lines(b.address)}<br>E-mail: ${b.email}</div></div>
<div class="box"><div class="sec">DISCRIMINAÇÃO DOS SERVIÇOS</div>
<table class="items">
<thead><tr><th class="c">Item</th><th>Descrição</th><th class="c">Qtd.</th><th class="r">Valor unitário</th><th class="r">Valor total</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<div class="tot"><table>
  <tr><td>Subtotal</td><td class="r">R$ ${f.m(c.subtotal)}</td></tr>
  <tr class="g"><td>VALOR TOTAL</td><td class="r">R$ ${f.m(c.total)}</td></tr>
</table></div></div>
<div class="box"><div class="sec">DADOS PARA PAGAMENTO</div>
  <div class="in">Pix (chave CNPJ): ${s.vatId}<br>Banco Itaú (341) · Agência 0912 · Conta corrente 45871-3<br>Favorecido: ${esc(s.name)}</div></div>
<div class="box"><div class="sec">OBSERVAÇÕES</div>
  <div class="in obs">Documento emitido por ME optante pelo Simples Nacional. Não gera direito a crédito fiscal de IPI. A NFS-e correspondente será emitida após a confirmação do pagamento.<br>Após o vencimento: multa de 2% e juros de 1% ao mês.</div></div>`;
  return doc({ lang: 'pt-BR', title: `Fatura ${inv.number}`, css, body });
};

export default inv;
