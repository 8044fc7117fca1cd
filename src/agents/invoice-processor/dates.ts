/**
 * Date recognition → ISO YYYY-MM-DD. Numeric (dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy when
 * unambiguous or hinted, yyyy-mm-dd, two-digit years) and written forms in English,
 * German, French, Spanish, Dutch, Italian, Portuguese, Swedish, Danish and Polish ("12 March 2025", "March 12th, 2025",
 * "12. März 2025", "1er mars 2025", "12 de marzo de 2025", "12 maart 2025", "12 marzo 2025").
 */

export type DayMonthOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'januari', 'gennaio', 'gen', 'janeiro', 'stycznia', 'styczeń', 'sty']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fév', 'fevr', 'febrero', 'februari', 'febbraio', 'fevereiro', 'fev', 'lutego', 'luty', 'lut']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco', 'marts', 'marca', 'marzec']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'kwi']],
  [5, ['may', 'mai', 'mayo', 'mei', 'maggio', 'mag', 'maio', 'maj', 'maja']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'sie']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'wrz']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'paź']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'gru']],
  // Latvian, Lithuanian, Hungarian, Czech, Romanian, Turkish, Croatian, Finnish, Greek, Bulgarian, Russian, Ukrainian
  [1, ['janvāris', 'janvārī', 'janvārim', 'sausio', 'január', 'ledna', 'leden', 'ianuarie', 'ocak', 'siječnja', 'siječanj', 'tammikuuta', 'ιανουαρίου', 'ιανουάριος', 'януари', 'января', 'январь', 'січня']],
  [2, ['februāris', 'februārī', 'februārim', 'vasario', 'február', 'února', 'únor', 'februarie', 'şubat', 'subat', 'veljače', 'veljača', 'helmikuuta', 'φεβρουαρίου', 'φεβρουάριος', 'февруари', 'февраля', 'февраль', 'лютого']],
  [3, ['marts', 'martā', 'martam', 'kovo', 'március', 'března', 'březen', 'martie', 'mart', 'ožujka', 'ožujak', 'maaliskuuta', 'μαρτίου', 'μάρτιος', 'март', 'марта', 'березня']],
  [4, ['aprīlis', 'aprīlī', 'aprīlim', 'balandžio', 'április', 'dubna', 'duben', 'aprilie', 'nisan', 'travnja', 'travanj', 'huhtikuuta', 'απριλίου', 'απρίλιος', 'април', 'апреля', 'апрель', 'квітня']],
  [5, ['maijs', 'maijā', 'maijam', 'gegužės', 'május', 'května', 'květen', 'mayıs', 'svibnja', 'svibanj', 'toukokuuta', 'μαΐου', 'μάιος', 'май', 'мая', 'травня']],
  [6, ['jūnijs', 'jūnijā', 'jūnijam', 'birželio', 'június', 'června', 'červen', 'iunie', 'haziran', 'lipnja', 'lipanj', 'kesäkuuta', 'ιουνίου', 'ιούνιος', 'юни', 'июня', 'июнь', 'червня']],
  [7, ['jūlijs', 'jūlijā', 'jūlijam', 'liepos', 'július', 'července', 'červenec', 'iulie', 'temmuz', 'srpnja', 'srpanj', 'heinäkuuta', 'ιουλίου', 'ιούλιος', 'юли', 'июля', 'июль', 'липня']],
  [8, ['augusts', 'augustā', 'augustam', 'rugpjūčio', 'augusztus', 'srpna', 'srpen', 'ağustos', 'agustos', 'kolovoza', 'kolovoz', 'elokuuta', 'αυγούστου', 'αύγουστος', 'август', 'августа', 'серпня']],
  [9, ['septembris', 'septembrī', 'septembrim', 'rugsėjo', 'szeptember', 'září', 'septembrie', 'eylül', 'eylul', 'rujna', 'rujan', 'syyskuuta', 'σεπτεμβρίου', 'σεπτέμβριος', 'септември', 'сентября', 'сентябрь', 'вересня']],
  [10, ['oktobris', 'oktobrī', 'oktobrim', 'spalio', 'október', 'října', 'říjen', 'octombrie', 'ekim', 'lokakuuta', 'οκτωβρίου', 'οκτώβριος', 'октомври', 'октября', 'октябрь', 'жовтня']],
  [11, ['novembris', 'novembrī', 'novembrim', 'lapkričio', 'listopadu', 'noiembrie', 'kasım', 'kasim', 'studenoga', 'studeni', 'marraskuuta', 'νοεμβρίου', 'νοέμβριος', 'ноември', 'ноября', 'ноябрь', 'листопада']],
  [12, ['decembris', 'decembrī', 'decembrim', 'gruodžio', 'prosince', 'prosinec', 'decembrie', 'aralık', 'aralik', 'prosinca', 'prosinac', 'joulukuuta', 'δεκεμβρίου', 'δεκέμβριος', 'декември', 'декабря', 'декабрь', 'грудня']],
];
/** "jänner" also as "janner": OCR with the English model drops diacritics, and so do some writers. */
const withoutDiacritics = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = MONTHS[withoutDiacritics(name)] = month;

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// a space may follow each dot: "2026. 07. 09." (Hungarian), "7. 2. 2025" (Czech, Slovak and German typography)
const NUMERIC = /(?<!\d)(\d{4})([-/]|\.\s?)(\d{1,2})\2(\d{1,2})(?!\d)|(?<![\d.])(\d{1,2})([-/]|\.\s?)(\d{1,2})\6(\d{4}|\d{2})(?![\d]|\.\d)/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?[\\s\\-/]*(?:de\\s+)?(${MONTH_ALT})\\.?,?[\\s\\-/]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
  'giu',
);
/** "2026年11月5日" (Japanese, Chinese), "2026년 11월 5일" (Korean). */
const CJK_DATE = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
/** The year first, in words: "2026. gada 6. novembris" (Latvian), "2026. november 6." (Hungarian). */
const YEAR_DAY_MONTH = new RegExp(`(?<!\\d)(\\d{4})\\.\\s*(?:gada\\s+)?(\\d{1,2})\\.\\s*(${MONTH_ALT})(?![\\p{L}])`, 'giu');
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+(?:m\\.\\s+)?(${MONTH_ALT})\\s+(\\d{1,2})\\.?(?:\\s*d\\.)?(?!\\d)`, 'giu');
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'giu',
);

export interface DateMatch {
  iso: string;
  index: number;
  end: number;
  /** numeric day/month order was a coin toss resolved by the hint */
  ambiguous: boolean;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** All dates found in a line, left to right. */
export function findDates(line: string, order: DayMonthOrder = 'dmy'): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (iso: string | null, index: number, len: number, ambiguous = false): void => {
    if (iso && !out.some((d) => index < d.end && index + len > d.index)) {
      out.push({ iso, index, end: index + len, ambiguous });
    }
  };
  for (const m of line.matchAll(DAY_MONTH_YEAR)) {
    push(isoDate(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])), m.index ?? 0, m[0].length);
  }
  for (const m of line.matchAll(CJK_DATE)) push(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), m.index ?? 0, m[0].length);
  for (const m of line.matchAll(YEAR_DAY_MONTH)) push(isoDate(Number(m[1]), MONTHS[m[3].toLowerCase()], Number(m[2])), m.index ?? 0, m[0].length);
  for (const m of line.matchAll(YEAR_MONTH_DAY)) push(isoDate(Number(m[1]), MONTHS[m[2].toLowerCase()], Number(m[3])), m.index ?? 0, m[0].length);
  for (const m of line.matchAll(MONTH_DAY_YEAR)) {
    push(isoDate(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2])), m.index ?? 0, m[0].length);
  }
  for (const m of line.matchAll(NUMERIC)) {
    const index = m.index ?? 0;
    if (m[1]) {
      push(isoDate(Number(m[1]), Number(m[3]), Number(m[4])), index, m[0].length);
      continue;
    }
    const a = Number(m[5]);
    const b = Number(m[7]);
    const year = fullYear(m[8]);
    const sep = m[6];
    if (sep.startsWith('.') || a > 12) {
      push(isoDate(year, b, a), index, m[0].length);
    } else if (b > 12) {
      push(isoDate(year, a, b), index, m[0].length);
    } else {
      const ambiguous = a !== b;
      push(order === 'mdy' ? isoDate(year, a, b) : isoDate(year, b, a), index, m[0].length, ambiguous);
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

export function parseDate(text: string, order: DayMonthOrder = 'dmy'): string | null {
  return findDates(text, order)[0]?.iso ?? null;
}

/**
 * Document-level day/month order: an unambiguous slash date (13/02 or 02/13) settles it;
 * otherwise US dollars hint month-first, everything else day-first.
 */
export function detectDayMonthOrder(text: string, currency: string | null): { order: DayMonthOrder; certain: boolean } {
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?!\d)/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return { order: 'dmy', certain: true };
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return { order: 'mdy', certain: true };
  }
  return { order: currency === 'USD' ? 'mdy' : 'dmy', certain: false };
}
