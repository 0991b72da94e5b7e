import * as assert from 'node:assert/strict';
import { endsWithNewline, LineReader } from '../../../../src/core/read/lineReader';

/** Every line a reader sees from `from`: its content and where the next one starts. */
function lines(text: string, from = 0): [string, number][] {
  const reader = new LineReader(text, from);
  const out: [string, number][] = [];
  while (reader.read()) out.push([reader.content(), reader.next]);
  return out;
}

describe('LineReader', () => {
  it('ends lines at LF and CRLF alike, the line ending left out of the content', () => {
    assert.deepEqual(lines('a\nb\r\nc'), [
      ['a', 2],
      ['b', 5],
      ['c', 6],
    ]);
  });

  it('a final line break starts no further line', () => {
    assert.deepEqual(lines('a\n'), [['a', 2]]);
    assert.deepEqual(lines('a\r\n'), [['a', 3]]);
    assert.deepEqual(lines(''), []);
  });

  it('keeps blank lines, including one that is only a CR before its LF', () => {
    assert.deepEqual(lines('\n\r\nx'), [
      ['', 1],
      ['', 3],
      ['x', 4],
    ]);
  });

  it('reads a CR that ends the text as a line ending cut short, and any other CR as content', () => {
    assert.deepEqual(lines('a\rb\r'), [['a\rb', 4]]);
    assert.deepEqual(lines('\r'), [['', 1]]);
  });

  it('starts at an offset and can be sent back to one', () => {
    const reader = new LineReader('\ufeffone\ntwo\n', 1);
    assert.ok(reader.read());
    assert.deepEqual([reader.start, reader.contentEnd, reader.content()], [1, 4, 'one']);
    assert.ok(reader.read());
    assert.equal(reader.content(), 'two');
    assert.equal(reader.read(), false);
    reader.seek(1);
    assert.ok(reader.read());
    assert.equal(reader.content(), 'one');
  });

  it('tells a text that ends with a line break', () => {
    assert.deepEqual(['', 'a', 'a\n', 'a\r\n', 'a\r'].map(endsWithNewline), [false, false, true, true, false]);
  });
});
