import * as vscode from 'vscode';
import { doneItems, toggleDoneItem as toggleInText } from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import {
  begin,
  CANCELLED,
  writeOrKeep,
  type CommandContext,
  type Invocation,
  type Target,
  type WriteResult,
} from './commandContext';
import { requireJournal } from './requireJournal';

export interface ToggleDoneItemArgs extends Target {
  /** The item's place in the definition of done, from 0; without it, the user picks. */
  readonly index?: number;
}

export const TOGGLE_DONE_ITEM_ARGUMENTS: ArgumentShape<ToggleDoneItemArgs> = { index: 'line' };

/** Marks an item of the definition of done as done, or as not done again: one line of the charter changes. */
export async function toggleDoneItem(
  ctx: CommandContext,
  call: Invocation<ToggleDoneItemArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Toggle Done Item'), call, ['index']);
  const found = await requireJournal(
    ctx,
    input,
    call,
    vscode.l10n.t("Which folder's journal has the definition of done?"),
  );
  if (!found) return CANCELLED;
  const items = doneItems(found.snapshot.journal.charter);
  // The right-clicked row of the definition of done says which item.
  let index = call.node?.type === 'doneItem' ? call.node.index : call.args.index;
  if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= items.length)) {
    const message = vscode.l10n.t(
      '"{0}" is not an item of the definition of done (it has {1})',
      String(index),
      items.length,
    );
    input.hide();
    void vscode.window.showErrorMessage(vscode.l10n.t('The charter was not changed: {0}', message));
    return { written: false, message };
  }
  if (index === undefined) {
    if (items.length === 0) {
      input.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('The charter has no definition of done yet.'));
      return CANCELLED;
    }
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'item',
        prompt: vscode.l10n.t('Which item is done (or not done after all)?'),
        items: () =>
          items.map((item, i) => ({
            label: `${item.done ? '$(pass-filled)' : '$(circle-large-outline)'} ${item.text}`,
            description: item.done ? 'done' : undefined,
            value: String(i),
          })),
      },
    ]);
    if (picked?.item === undefined) return CANCELLED;
    index = Number(picked.item);
  }
  input.hide();
  const item = items[index];
  const wanted = index;
  return writeOrKeep(ctx, vscode.l10n.t('The definition of done'), `${item.done ? '' : '[x] '}${item.text}`, () =>
    found.store.edit((text, journal) => [toggleInText(text, journal, wanted)]),
  );
}
