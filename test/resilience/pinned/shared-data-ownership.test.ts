import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

test('shared-data-ownership: pinned at the second owner’s datum, with both owners in data', () => {
  const orders = design('data:\n  owned: [{ name: customer, store: postgres }]\n', 'orders');
  const customers = design('data:\n  owned: [{ name: invoice }, { name: customer, store: postgres }]\n', 'customers');
  assert.deepEqual(pin(findings('shared-data-ownership', orders, customers)), [
    {
      at: 'shared-data-ownership@/data/owned/1 4:30',
      severity: 'error',
      message: '"customer" is owned by both orders and customers',
      data: { datum: 'customer', owners: ['orders', 'customers'] },
    },
  ]);
});
