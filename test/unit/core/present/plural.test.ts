import * as assert from 'node:assert/strict';
import { plural, quantity } from '../../../../src/core';

describe('plural and quantity', () => {
  it('uses the word for exactly one and the plural for any other count, zero included', () => {
    assert.deepEqual(
      [0, 1, 2].map((n) => plural(n, 'day')),
      ['days', 'day', 'days'],
    );
  });

  it('takes an irregular plural', () => {
    assert.deepEqual(
      [1, 3].map((n) => plural(n, 'entry', 'entries')),
      ['entry', 'entries'],
    );
  });

  it('puts the count before its noun', () => {
    assert.equal(quantity(1, 'week'), '1 week');
    assert.equal(quantity(12, 'entry', 'entries'), '12 entries');
  });
});
