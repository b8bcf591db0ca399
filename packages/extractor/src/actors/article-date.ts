import { z } from 'zod';
import wordsJson from '../lexicon/data/words.json' with { type: 'json' };

const MonthsSchema = z.object({ months: z.array(z.string()) });
const MONTHS = MonthsSchema.parse(wordsJson).months;
const MONTH_ALT = MONTHS.map((m) => m.replace('.', '\\.')).join('|');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_ALT})\\.?,?\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`);
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
// Datelines and bylines sit in the first lines; a date deeper in is about something else.
const HEAD_CHARS = 400;

function monthNumber(name: string): number {
  const i = MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase());
  // The list holds twelve full names, then abbreviations in month order with Sept beside Sep.
  const short = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ];
  return i >= 0 && i < 12 ? i + 1 : short.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return year * 10000 + month * 100 + day;
}

/**
 * The article's date as yyyymmdd: its `publishedAt`, else a full date in its first lines
 * ("4 March 2005", "March 4, 2005", "2005-03-04"); undefined when neither says.
 */
export function articleDate(text: string, publishedAt: string | undefined): number | undefined {
  const iso = publishedAt === undefined ? undefined : ISO.exec(publishedAt);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = publishedAt === undefined ? NaN : Date.parse(publishedAt);
  if (!Number.isNaN(parsed)) {
    const d = new Date(parsed);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const head = text.slice(0, HEAD_CHARS);
  const a = DAY_MONTH_YEAR.exec(head);
  if (a) return ymd(Number(a[3]), monthNumber(a[2] ?? ''), Number(a[1]));
  const b = MONTH_DAY_YEAR.exec(head);
  if (b) return ymd(Number(b[3]), monthNumber(b[1] ?? ''), Number(b[2]));
  const c = ISO.exec(head);
  return c ? ymd(Number(c[1]), Number(c[2]), Number(c[3])) : undefined;
}
