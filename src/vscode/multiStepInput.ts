// Multi-step input in one place: a step counter, a Back button that keeps every answer, inline validation,
// and Escape that resolves to undefined so the caller writes nothing. Steps already answered by a command's
// argument object are skipped, so a full argument object asks nothing.
import * as vscode from 'vscode';

export type Answers = Record<string, string | undefined>;

interface StepBase {
  readonly key: string;
  readonly prompt: string;
  /** A step shown only when this says so (e.g. "which decision replaces it" only for superseded). */
  readonly when?: (answers: Answers) => boolean;
}

export interface TextStep extends StepBase {
  readonly type: 'text';
  readonly placeholder?: string;
  readonly value?: (answers: Answers) => string;
  /** An error message, or undefined when the value is fine. */
  readonly validate?: (value: string) => string | undefined;
  readonly optional?: boolean;
}

export interface PickStep extends StepBase {
  readonly type: 'pick';
  readonly items: (answers: Answers) => readonly (vscode.QuickPickItem & { readonly value: string })[];
  readonly placeholder?: string;
  /** The item active when the step opens, unless the user already chose one. */
  readonly defaultValue?: string;
}

export type Step = TextStep | PickStep;

const BACK = Symbol('back');

/**
 * Runs the steps not already answered; resolves to every answer, or undefined when cancelled. With
 * `fromArguments` (the command got an argument object), a step the object left out takes its default, or
 * nothing when optional, without asking: only questions that have no answer at all are asked.
 */
export async function askSteps(title: string, steps: readonly Step[], given: Answers = {}, fromArguments = false): Promise<Answers | undefined> {
  const answers: Answers = { ...given };
  if (fromArguments) {
    for (const step of steps) {
      if (answers[step.key] !== undefined) continue;
      const fallback = step.type === 'text' ? (step.value?.(answers) ?? (step.optional ? '' : undefined)) : step.defaultValue;
      if (fallback !== undefined) answers[step.key] = fallback;
    }
  }
  const asked = steps.filter((s) => answers[s.key] === undefined);
  const visible = () => asked.filter((s) => !s.when || s.when(answers));
  let index = 0;
  while (index < visible().length) {
    const shown = visible();
    const step = shown[index];
    const result = step.type === 'text' ? await askText(title, step, answers, index, shown.length) : await askPick(title, step, answers, index, shown.length);
    if (result === undefined) return undefined;
    if (result === BACK) {
      index = Math.max(0, index - 1);
      continue;
    }
    answers[step.key] = result;
    index++;
  }
  // Answers to steps that a later choice hid (e.g. a replacement after switching away from superseded) go.
  for (const s of asked) if (s.when && !s.when(answers)) delete answers[s.key];
  return answers;
}

function askText(title: string, step: TextStep, answers: Answers, index: number, total: number): Promise<string | typeof BACK | undefined> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    input.title = title;
    input.step = index + 1;
    input.totalSteps = total;
    input.prompt = step.prompt + (step.optional ? ' (optional)' : '');
    input.placeholder = step.placeholder;
    input.value = answers[step.key] ?? step.value?.(answers) ?? '';
    input.ignoreFocusOut = true;
    input.buttons = index > 0 ? [vscode.QuickInputButtons.Back] : [];
    const validate = (value: string) => {
      if (!step.optional && value.trim() === '') return 'Required';
      return value.trim() === '' ? undefined : step.validate?.(value.trim());
    };
    let done = false;
    const finish = (value: string | typeof BACK | undefined) => {
      if (done) return;
      done = true;
      if (typeof value === 'string') answers[step.key] = value;
      disposables.forEach((d) => d.dispose());
      input.dispose();
      resolve(value);
    };
    const disposables = [
      input.onDidChangeValue((value) => (input.validationMessage = value === '' ? undefined : validate(value))),
      input.onDidAccept(() => {
        const message = validate(input.value);
        input.validationMessage = message;
        if (!message) finish(input.value.trim());
      }),
      input.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) {
          answers[step.key] = input.value; // kept for when the user comes back
          finish(BACK);
        }
      }),
      input.onDidHide(() => finish(undefined)),
    ];
    input.show();
  });
}

function askPick(title: string, step: PickStep, answers: Answers, index: number, total: number): Promise<string | typeof BACK | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: string }>();
    pick.title = title;
    pick.step = index + 1;
    pick.totalSteps = total;
    pick.placeholder = step.placeholder ?? step.prompt;
    pick.ignoreFocusOut = true;
    const items = step.items(answers);
    pick.items = items;
    const previous = items.find((i) => i.value === answers[step.key]) ?? items.find((i) => i.value === step.defaultValue);
    if (previous) pick.activeItems = [previous];
    pick.buttons = index > 0 ? [vscode.QuickInputButtons.Back] : [];
    let done = false;
    const finish = (value: string | typeof BACK | undefined) => {
      if (done) return;
      done = true;
      disposables.forEach((d) => d.dispose());
      pick.dispose();
      resolve(value);
    };
    const disposables = [
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
        if (chosen) finish(chosen.value);
      }),
      pick.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) finish(BACK);
      }),
      pick.onDidHide(() => finish(undefined)),
    ];
    pick.show();
  });
}
