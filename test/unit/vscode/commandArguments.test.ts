// The one guard every command's argument object passes (src/vscode/commands/commandArguments.ts).
import * as assert from 'node:assert/strict';
import { checkArguments, type ArgumentShape } from '../../../src/vscode/commands/commandArguments';

interface ProbeArgs {
  readonly folder?: string;
  readonly title?: string;
  readonly line?: number;
  readonly open?: boolean;
  readonly items?: readonly string[] | string;
  readonly status?: 'accepted' | 'proposed';
}

const SHAPE: ArgumentShape<ProbeArgs> = {
  title: 'text',
  line: 'line',
  open: 'flag',
  items: 'items',
  status: ['accepted', 'proposed'],
};

const error = (given: object) => {
  const checked = checkArguments(SHAPE, given);
  assert.equal(checked.ok, false, `refused: ${JSON.stringify(given)}`);
  return checked.ok ? undefined : checked.error;
};

describe('command arguments: one guard for every argument object', () => {
  it('passes every kind with a value of its type, and the same object through', () => {
    const given = { folder: '/p', title: '', line: 0, open: false, items: ['a', 'b'], status: 'proposed' };
    assert.deepEqual(checkArguments(SHAPE, given), { ok: true, args: given });
    assert.deepEqual(checkArguments(SHAPE, { items: 'a; b', line: 12 }), {
      ok: true,
      args: { items: 'a; b', line: 12 },
    });
  });

  it('counts undefined and null as absent', () => {
    assert.equal(checkArguments(SHAPE, { title: undefined, line: null }).ok, true);
  });

  it('refuses a key the command does not take, naming the keys it does', () => {
    assert.equal(
      error({ title: 'x', mood: 'great' }),
      'it takes no `mood`; its keys are `folder`, `title`, `line`, `open`, `items`, `status`',
    );
  });

  it('refuses a value of the wrong type with what it should be', () => {
    assert.equal(error({ title: 42 }), '`title` must be a string');
    assert.equal(error({ line: -1 }), '`line` must be a line number (0 or more)');
    assert.equal(error({ line: 1.5 }), '`line` must be a line number (0 or more)');
    assert.equal(error({ line: '3' }), '`line` must be a line number (0 or more)');
    assert.equal(error({ open: 'yes' }), '`open` must be true or false');
    assert.equal(error({ items: ['a', 2] }), '`items` must be a string or a list of strings');
    assert.equal(error({ status: 'Accepted' }), '`status` must be one of accepted, proposed');
  });
});
