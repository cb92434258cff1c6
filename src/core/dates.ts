/**
 * Strict dates. `Date.parse` accepts almost anything ("1" is 2001-01-01, "2025-02-30" rolls
 * over to March); a date that decides whether a removal breaks clients must be one of the forms
 * the standards define, or nothing:
 *
 * - ISO 8601 calendar dates as RFC 3339 profiles them: `2025-03-01`, or a date-time with an
 *   offset, `2025-03-01T10:00:00Z`, `2025-03-01T10:00:00.5+02:00`;
 * - RFC 9110 HTTP-dates: the IMF-fixdate `Sat, 01 Mar 2025 00:00:00 GMT`, and the obsolete
 *   asctime form `Sat Mar  1 00:00:00 2025`. (The obsolete RFC 850 form is not read: its
 *   two-digit year can only be placed against the clock.)
 *
 * Every function returns undefined for anything else, including impossible days and a
 * weekday that does not match the date.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A calendar day exactly as `YYYY-MM-DD` (the form `--date` takes), or undefined. */
export function parseDay(text: string): string | undefined {
  const m = DAY.exec(text);
  return m && validDay(+m[1], +m[2], +m[3]) ? text : undefined;
}

/** Milliseconds since the epoch of an ISO 8601 date (midnight UTC) or date-time with offset. */
export function parseIsoDate(text: string): number | undefined {
  const day = DAY.exec(text);
  if (day) return validDay(+day[1], +day[2], +day[3]) ? Date.UTC(+day[1], +day[2] - 1, +day[3]) : undefined;
  const m = DATE_TIME.exec(text);
  if (!m || !validDay(+m[1], +m[2], +m[3]) || !validTime(+m[4], +m[5], +m[6])) return undefined;
  const offset = /^[Zz]$/.test(m[8]) ? 0 : (m[8][0] === '-' ? -1 : 1) * (+m[8].slice(1, 3) * 60 + +m[8].slice(4, 6));
  if (Math.abs(offset) >= 24 * 60) return undefined;
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], Math.min(+m[6], 59), fraction) - offset * 60_000;
}

/** Milliseconds since the epoch of an RFC 9110 HTTP-date (IMF-fixdate or asctime). */
export function parseHttpDate(text: string): number | undefined {
  const fix = IMF_FIXDATE.exec(text);
  const asc = fix ? undefined : ASCTIME.exec(text);
  if (!fix && !asc) return undefined;
  const [weekday, day, month, year, h, min, s] = fix
    ? [fix[1], +fix[2], fix[3], +fix[4], +fix[5], +fix[6], +fix[7]]
    : [asc![1], +asc![3].trim(), asc![2], +asc![7], +asc![4], +asc![5], +asc![6]];
  const monthIndex = MONTHS.indexOf(month);
  if (!validDay(year, monthIndex + 1, day) || !validTime(h, min, s)) return undefined;
  const ms = Date.UTC(year, monthIndex, day, h, min, Math.min(s, 59));
  return WEEKDAYS[new Date(ms).getUTCDay()] === weekday ? ms : undefined;
}

/** The UTC day (`YYYY-MM-DD`) of an ISO 8601 date or date-time, or of an HTTP-date. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const ms = parseIsoDate(text) ?? parseHttpDate(text);
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after `day` (both `YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  return new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days)).toISOString().slice(0, 10);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** 60 seconds is a leap second (RFC 3339, RFC 9110); it is read as the last second of the minute. */
function validTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 60;
}
