import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dayOf, parseDay, parseHttpDate, parseIsoDate } from '../../src/core/dates.js';

test('parseDay takes exactly YYYY-MM-DD and real days only', () => {
  assert.equal(parseDay('2025-03-01'), '2025-03-01');
  assert.equal(parseDay('2024-02-29'), '2024-02-29', 'leap year');
  assert.equal(parseDay('2000-02-29'), '2000-02-29', 'divisible by 400');
  for (const bad of [
    '1',
    '2025',
    '2025-3-1',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    ' 2025-03-01',
    '2025-03-01T00:00:00Z',
    'tomorrow',
    '',
  ]) {
    assert.equal(parseDay(bad), undefined, bad);
  }
});

test('ISO 8601 dates and date-times with an offset; nothing Date.parse would guess', () => {
  assert.equal(parseIsoDate('2025-03-01'), Date.UTC(2025, 2, 1));
  assert.equal(parseIsoDate('2025-03-01T10:20:30Z'), Date.UTC(2025, 2, 1, 10, 20, 30));
  assert.equal(parseIsoDate('2025-03-01T10:20:30.250+02:00'), Date.UTC(2025, 2, 1, 8, 20, 30, 250));
  assert.equal(parseIsoDate('2025-03-01t01:00:00-05:30'), Date.UTC(2025, 2, 1, 6, 30));
  assert.equal(parseIsoDate('2016-12-31T23:59:60Z'), Date.UTC(2016, 11, 31, 23, 59, 59), 'leap second');
  for (const bad of [
    '1',
    '12',
    '2025-03-01T10:20:30',
    '2025-03-01T24:00:00Z',
    '2025-03-01T10:60:00Z',
    '2025-03-01 10:20:30Z',
    '2025-02-30T00:00:00Z',
    '2025-03-01T00:00:00+24:00',
    'March 1, 2025',
    '2025/03/01',
  ]) {
    assert.equal(parseIsoDate(bad), undefined, bad);
  }
});

test('RFC 9110 HTTP-dates: IMF-fixdate and asctime, with the weekday checked', () => {
  assert.equal(parseHttpDate('Sat, 01 Mar 2025 00:00:00 GMT'), Date.UTC(2025, 2, 1));
  assert.equal(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT'), Date.UTC(1994, 10, 6, 8, 49, 37));
  assert.equal(parseHttpDate('Sun Nov  6 08:49:37 1994'), Date.UTC(1994, 10, 6, 8, 49, 37), 'asctime');
  for (const bad of [
    'Fri, 01 Mar 2025 00:00:00 GMT', // the weekday is wrong
    'Sat, 1 Mar 2025 00:00:00 GMT',
    'Sat, 01 Mar 2025 00:00:00 UTC',
    'Sat, 01 mar 2025 00:00:00 GMT',
    'Sat, 30 Feb 2025 00:00:00 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT', // RFC 850: its year needs the clock
    '1',
  ]) {
    assert.equal(parseHttpDate(bad), undefined, bad);
  }
});

test('dayOf gives the UTC day of any accepted form and nothing for anything else', () => {
  assert.equal(dayOf('2025-03-01'), '2025-03-01');
  assert.equal(dayOf('2025-03-01T01:00:00+02:00'), '2025-02-28', 'the UTC day, not the local one');
  assert.equal(dayOf('Sat, 01 Mar 2025 23:59:59 GMT'), '2025-03-01');
  assert.equal(dayOf('1'), undefined, 'Date.parse("1") is 2001-01-01');
  assert.equal(dayOf('2025-03-01garbage'), undefined);
  assert.equal(dayOf(20250301), undefined);
});

test('addDays crosses months and leap days', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-12-15', 90), '2026-03-15');
});
