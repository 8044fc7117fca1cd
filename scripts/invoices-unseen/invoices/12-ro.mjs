import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'ro-service-auto-factura',
  country: 'Romania', language: 'Romanian', currency: 'RON',
  traits: 'Romanian "FACTURĂ" in the classic form layout: Furnizor/Cumpărător with CIF and Nr. Reg. Com., "Cota TVA: 19%", numbered column-index row (0 … 6, "5 (3×4)"), U.M., quantities printed with two decimals ("4,50"), per-line "Valoarea TVA", Total row with net and TVA, "Total de plată", delegate/signature boxes; dates DD.MM.YYYY; 1.234,56 lei',
  number: 'PDL-0482',
  issue: '2025-06-25',
  due: '2025-07-25',
  currencyPrinted: 'RON',
  seller: {
    name: 'Service Auto Bârsa SRL', vatId: 'RO31245787', reg: 'J08/1234/2013',
    address: ['Str. Zizinului nr. 112', 'Brașov 500407, jud. Brașov'],
    email: 'office@serviceautobarsa.ro', phone: '0268 410 220',
    iban: 'RO85 BTRL 0080 1202 F592 0100', bank: 'Banca Transilvania, Sucursala Brașov',
  },
  buyer: {
    name: 'Transport Olt Logistic SRL', vatId: 'RO18765430', reg: 'J28/412/2006',
    address: ['Str. Fabricii nr. 3', 'Slatina 230113, jud. Olt'], email: null,
  },
  taxMode: 'line',
  items: [
    { desc: 'Manoperă revizie tehnică autotractor MAN TGX, nr. OT-12-TOL', uom: 'ore', qty: '4.50', unit: '180.00', rate: '19' },
    { desc: 'Ulei motor 10W-40 Low SAPS', uom: 'l', qty: '38.00', unit: '42.50', rate: '19' },
    { desc: 'Filtru ulei MAN 51.05504-0107', uom: 'buc', qty: '1.00', unit: '186.40', rate: '19' },
    { desc: 'Filtru motorină', uom: 'buc', qty: '2.00', unit: '142.30', rate: '19' },
    { desc: 'Set plăcuțe frână față', uom: 'set', qty: '1.00', unit: '968.00', rate: '19' },
    { desc: 'Manoperă înlocuire plăcuțe frână', uom: 'ore', qty: '1.50', unit: '180.00', rate: '19' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: '.' }, date: 'dd.mm.yyyy' }),
  extraChecks: () => ['Total de plată', 'Cota TVA: 19%'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l, i) => `<tr><td class="c">${i + 1}</td><td>${esc(l.desc)}</td><td class="c">${l.uom}</td><td class="r">${f.q(l.qty)}</td><td class="r">${f.u(l.unit)}</td><td class="r">${f.m(l.net)}</td><td class="r">${f.m(l.tax)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 12mm 12mm 12mm 14mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 8pt; color: #000; }
.head { display: grid; grid-template-columns: 1fr 56mm 1fr; gap: 4mm; align-items: start; }
.party { line-height: 1.5; }
.party .t { font-weight: bold; font-size: 8.5pt; border-bottom: 1px solid #000; margin-bottom: 2px; }
.party b { font-size: 9pt; }
.mid { text-align: center; border: 1.5px solid #000; padding: 3mm 2mm; }
.mid h1 { margin: 0 0 2mm; font-size: 16pt; letter-spacing: 2px; }
.mid table { margin: 0 auto; text-align: left; }
.mid td { padding: 1px 3px; }
.mark { display: inline-block; background: #003a70; color: #ffd400; font-weight: bold; padding: 2px 6px; margin-bottom: 3px; font-size: 9pt; }
.items { width: 100%; border-collapse: collapse; margin-top: 6mm; }
.items th, .items td { border: 1px solid #000; padding: 2px 3px; }
.items th { font-size: 7pt; background: #e9e9e9; }
.items tr.idx td { font-size: 6.5pt; text-align: center; background: #f6f6f6; padding: 0 2px; }
.items tbody td { height: 7mm; }
.c { text-align: center; } .r { text-align: right; white-space: nowrap; }
.foot { width: 100%; border-collapse: collapse; margin-top: -1px; }
.foot td { border: 1px solid #000; padding: 3px; vertical-align: top; }
.foot .big { font-size: 11pt; font-weight: bold; }
.small { font-size: 6.8pt; line-height: 1.45; }`;
  const body = `
<div class="head">
  <div class="party"><div class="mark">SERVICE AUTO BÂRSA</div><div class="t">Furnizor</div><b>${esc(s.name)}</b><br>Nr. Reg. Com.: ${s.reg}<br>CIF: ${s.vatId}<br>Sediul: ${s.address.join(', ')}<br>IBAN: ${s.iban}<br>Banca: ${s.bank}<br>Capital social: 200 lei<br>Tel.: ${s.phone} · ${s.email}</div>
  <div class="mid"><h1>FACTURĂ</h1><table>
    <tr><td>Număr factură:</td><td><b>${inv.number}</b></td></tr>
    <tr><td>Data emiterii:</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Data scadenței:</td><td>${f.d(inv.due)}</td></tr>
    <tr><td colspan="2" style="padding-top:2mm">Cota TVA: 19%</td></tr>
  </table></div>
  <div class="party"><div class="t">Cumpărător</div><b>${esc(b.name)}</b><br>Nr. Reg. Com.: ${b.reg}<br>CIF: ${b.vatId}<br>Sediul: ${b.address.join(', ')}</div>
</div>
<table class="items">
<thead>
<tr><th style="width:7%">Nr. crt.</th><th>Denumirea produselor sau a serviciilor</th><th>U.M.</th><th>Cantitatea</th><th>Preț unitar (fără TVA)<br>-lei-</th><th>Valoarea<br>-lei-</th><th>Valoarea TVA<br>-lei-</th></tr>
</thead>
<tbody>
<tr class="idx"><td>0</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5 (3×4)</td><td>6</td></tr>
${rows}
</tbody>
</table>
<table class="foot"><tr>
  <td style="width:30%" class="small">Semnătura și ștampila furnizorului<br><br><br>Întocmit de: Radu Mihăilescu<br>CNP: —</td>
  <td style="width:30%" class="small">Date privind expediția:<br>Numele delegatului: Ion Popa<br>B.I./C.I. seria OT nr. 481223<br>Mijlocul de transport: OT-12-TOL<br>Expedierea s-a efectuat în prezența noastră la data de ${f.d(inv.issue)}<br>Semnături: ____________</td>
  <td>
    <table style="width:100%;border-collapse:collapse">
      <tr><td style="border:0">Total</td><td style="border:0" class="r">${f.m(c.subtotal)}</td><td style="border:0" class="r">${f.m(c.tax)}</td></tr>
      <tr><td style="border:0;border-top:1px solid #000" class="big">Total de plată<br><span class="small" style="font-weight:normal">(col. 5 + col. 6)</span></td><td colspan="2" style="border:0;border-top:1px solid #000" class="r big">${f.m(c.total)} lei</td></tr>
    </table>
  </td>
</tr>
<tr><td colspan="2" class="small">Semnătura de primire</td><td class="small">Plata prin ordin de plată în contul ${s.iban}. Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal. Moneda: RON</td></tr>
</table>`;
  return doc({ lang: 'ro', title: `Factura ${inv.number}`, css, body });
};

export default inv;
