'use strict';
// Spanish factura of an autónoma (Holded-like): IVA 21 %, retención IRPF 15 % (not a tax for the
// ground truth: total = base + IVA, amountDue = total - IRPF), per-line gross column next to the net one.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: '.' });
  const E = c => F(c) + ' €';
  const seller = {
    name: 'Lucía Ferrer Montalbán',
    vatId: L.esNif('47829316'),
    address: ['Carrer de la Tramuntana, 27, 3º 2ª', '08025 Barcelona'],
    email: 'lucia@ferrermontalban.dev',
  };
  const buyer = {
    name: 'Estudio Marea Arquitectura, S.L.',
    vatId: L.esCif('B', '6538124'),
    address: ['Calle de Sagasta, 31, bajo', '46004 Valencia'],
    email: null,
  };
  const items = [
    { description: 'Desarrollo módulo de reservas online para la web corporativa', qty: '32', unit: 4500 },
    { description: 'Integración pasarela de pago con TPV virtual', qty: '1', unit: 38000 },
    { description: 'Migración de contenidos desde el gestor anterior', qty: '12', unit: 4000 },
    { description: 'Mantenimiento mensual noviembre 2026', qty: '1', unit: 15000 },
  ];
  for (const it of items) { it.amount = L.lineAmount(it.qty, it.unit); it.gross = it.amount + L.taxOn(it.amount, '21'); }
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(subtotal, '21');
  const total = subtotal + taxTotal;
  const irpf = L.taxOn(subtotal, '15');
  const due = total - irpf;
  const no = 'F2026-0143';
  const dc = s => { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const r = 11 - (s.split('').reduce((a, x, i) => a + Number(x) * w[i], 0) % 11); return r === 11 ? 0 : r === 10 ? 1 : r; };
  const ccc = ['2100', '0418', '0200051332'];
  const ib = L.iban('ES', ccc[0] + ccc[1] + dc('00' + ccc[0] + ccc[1]) + dc(ccc[2]) + ccc[2]);

  const rows = items.map(it => `<tr><td>${L.esc(it.description)}</td><td class="r">${E(it.unit)}</td><td class="r">${L.qfmt(it.qty)}</td><td class="r">${E(it.amount)}</td><td class="r">21%</td><td class="r">${E(it.gross)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Factura ${no}</title>
<style>
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #333; margin: 0; }
.hdr { display: flex; justify-content: space-between; border-bottom: 3pt solid #e8505b; padding-bottom: 5mm; }
.logo { width: 16mm; height: 16mm; border-radius: 50%; background: #e8505b; color: #fff; font-weight: 700; font-size: 15pt; display: flex; align-items: center; justify-content: center; }
.hdr .me { display: flex; gap: 5mm; align-items: center; }
.hdr .me div { line-height: 1.45; }
.title { text-align: right; }
.title .t { font-size: 20pt; font-weight: 700; color: #e8505b; letter-spacing: 2pt; }
.grid { display: flex; gap: 8mm; margin: 7mm 0; }
.box { flex: 1; line-height: 1.5; }
.box .lab { font-size: 7pt; text-transform: uppercase; color: #999; letter-spacing: .6pt; margin-bottom: 1mm; }
.dates { flex: .8; }
.dates table td { padding: .5mm 3mm .5mm 0; }
table.items { width: 100%; border-collapse: collapse; }
table.items th { font-size: 7pt; text-transform: uppercase; color: #999; text-align: left; border-bottom: .7pt solid #ccc; padding: 2mm 1.5mm; letter-spacing: .5pt; }
table.items td { padding: 2.6mm 1.5mm; border-bottom: .5pt dotted #ccc; }
.r, th.r { text-align: right !important; white-space: nowrap; }
.tot { width: 88mm; margin: 6mm 0 0 auto; border-collapse: collapse; }
.tot td { padding: 1.5mm 2mm; }
.tot .b td { font-weight: 700; border-top: .7pt solid #333; }
.tot .pay td { font-weight: 700; font-size: 11pt; color: #e8505b; border-top: 1.5pt solid #e8505b; }
.foot { margin-top: 12mm; font-size: 7.6pt; line-height: 1.55; color: #555; }
</style></head><body>
<div class="hdr">
  <div class="me"><div class="logo">LF</div><div><b>${seller.name}</b><br>NIF: ${seller.vatId}<br>${seller.address.join('<br>')}<br>${seller.email} · 646 218 904</div></div>
  <div class="title"><div class="t">FACTURA</div><div>Nº ${no}</div></div>
</div>
<div class="grid">
  <div class="box"><div class="lab">Cliente</div><b>${buyer.name}</b><br>CIF: ${buyer.vatId}<br>${buyer.address.join('<br>')}</div>
  <div class="box dates"><div class="lab">Datos de la factura</div><table>
    <tr><td>Fecha</td><td>16/11/2026</td></tr>
    <tr><td>Vencimiento</td><td>16/12/2026</td></tr>
    <tr><td>Forma de pago</td><td>Transferencia</td></tr></table></div>
</div>
<table class="items"><thead><tr><th>Concepto</th><th class="r">Precio</th><th class="r">Unidades</th><th class="r">Subtotal</th><th class="r">IVA</th><th class="r">Total</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Base imponible</td><td class="r">${E(subtotal)}</td></tr>
  <tr><td>IVA 21%</td><td class="r">${E(taxTotal)}</td></tr>
  <tr class="b"><td>Total factura</td><td class="r">${E(total)}</td></tr>
  <tr><td>Retención IRPF 15%</td><td class="r">${E(-irpf)}</td></tr>
  <tr class="pay"><td>Total a pagar</td><td class="r">${E(due)}</td></tr>
</table>
<div class="foot">
  Forma de pago: transferencia bancaria a la cuenta ${L.ibanSpaced(ib)} (titular: ${seller.name}).<br>
  Indique el número de factura ${no} en el concepto de la transferencia.<br>
  Operación sujeta a retención a cuenta del IRPF (art. 101 Ley 35/2006). Actividad profesional: epígrafe IAE 763 – programadores y analistas de informática.
</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-16', dueDate: '2026-12-16', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '16/11/2026', '16/12/2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, E(subtotal), E(taxTotal), E(total), E(due),
    ...items.flatMap(i => [i.description, L.qfmt(i.qty), E(i.unit), E(i.amount)])];
  return { name: 'es-factura-irpf', html, expected, checks, arith: { lineAdjust: 0, amountDue: due } };
};
