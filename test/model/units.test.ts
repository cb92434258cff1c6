import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMs, parseDuration, parsePercent, parseSize } from '../../src/model/units.js';

test('durations parse strictly to milliseconds', () => {
  assert.equal(parseDuration('400ms')?.ms, 400);
  assert.equal(parseDuration('1.5s')?.ms, 1500);
  assert.equal(parseDuration('5m')?.ms, 300_000);
  assert.equal(parseDuration('28d')?.ms, 28 * 86_400_000);
  assert.equal(parseDuration('7y')?.ms, 7 * 365 * 86_400_000);
  for (const bad of ['400', '400 ms', '4h30m', '-1s', 'ms', '1.s', '10sec', ' 5m']) assert.equal(parseDuration(bad), undefined, bad);
});

test('percentages are 0–100 with a % sign', () => {
  assert.equal(parsePercent('99.95%')?.percent, 99.95);
  assert.equal(parsePercent('100%')?.percent, 100);
  assert.equal(parsePercent('0%')?.percent, 0);
  for (const bad of ['99.95', '0.9995', '101%', '99,9%', '%', '-1%']) assert.equal(parsePercent(bad), undefined, bad);
});

test('sizes accept SI and binary units', () => {
  assert.equal(parseSize('10MB')?.bytes, 10_000_000);
  assert.equal(parseSize('1GiB')?.bytes, 1024 ** 3);
  assert.equal(parseSize('10 MB'), undefined);
  assert.equal(parseSize('10mb'), undefined);
});

test('milliseconds render as a person writes them', () => {
  assert.equal(formatMs(650), '650ms');
  assert.equal(formatMs(1500), '1.5s');
  assert.equal(formatMs(300_000), '5m');
});
