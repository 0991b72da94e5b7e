// Multi-step input in one place: a step counter, a Back button that keeps every answer, inline validation,
// and Escape that resolves to undefined so the caller writes nothing. Steps already answered by a command's
// argument object are skipped, so a full argument object asks nothing.
//
// One command run keeps one quick input up from the moment it starts to its last question: busy while the
// journal is read or written, reused from one question to the next, and replaced by the next widget only
// after that one shows. Between two questions there is never a moment without an input, when keys typed
// ahead (or an extra Enter) would land in the editor behind it.
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
  /** An error message, or undefined when the (trimmed, non-empty) value is fine. */
  readonly validate?: (value: string, answers: Answers) => string | undefined;
  readonly optional?: boolean;
}

export type PickItem = vscode.QuickPickItem & { readonly value: string };

export interface PickStep extends StepBase {
  readonly type: 'pick';
  readonly items: (answers: Answers) => readonly PickItem[];
  readonly placeholder?: string;
  /** The item active when the step opens, unless the user already chose one; Enter takes it. */
  readonly defaultValue?: string;
  /**
   * Asked even when an argument object leaves it out, though it has a default: a default that moves the
   * project on (the next phase) or rates an incident should be seen before it is written.
   */
  readonly alwaysAsk?: boolean;
}

export type Step = TextStep | PickStep;

/** A question as it showed, for the integration tests: they read what a person would see and answer it. */
export interface ShownQuestion {
  readonly title: string;
  /** `step` of `totalSteps`; both undefined for a question on its own. */
  readonly step: number | undefined;
  readonly totalSteps: number | undefined;
  readonly prompt: string;
  readonly kind: 'text' | 'pick';
  /** The text step's proposed value, or the pick's active item's label. */
  readonly value: string;
  /** The pick's item labels, in order. */
  readonly items: readonly string[];
  /** The real input, to type into (`value`) before accepting it with the workbench's own command. */
  readonly input: Widget;
}

type Widget = vscode.InputBox | vscode.QuickPick<PickItem>;

const questionShown = new vscode.EventEmitter<ShownQuestion>();
/** Fires each time a question shows, once the workbench has been told what it shows. */
export const onDidShowQuestion = questionShown.event;

const BACK = Symbol('back');
type Outcome = string | typeof BACK | undefined;

/** Where a question stands among those asked: its counter (none for a question on its own) and Back. */
interface Place {
  readonly step: number | undefined;
  readonly totalSteps: number | undefined;
  readonly canGoBack: boolean;
}

/** The question on screen: what it shows, and what the input's events do to it. */
interface Question {
  readonly shown: Pick<ShownQuestion, 'kind' | 'prompt' | 'value' | 'items'>;
  /** Enter: `answer` with the value, or nothing while the value is not valid. */
  accept(answer: (value: string) => void): void;
  /** Back: keeps what the box holds for when the user comes back. */
  keep?(): void;
  changeValue?(value: string): void;
}

/**
 * The quick input of one command run. Escape at any moment, also while it is busy, cancels the whole run:
 * every later `ask` resolves to undefined.
 */
export class InputFlow implements vscode.Disposable {
  title = '';
  private widget: Widget | undefined;
  private listeners: vscode.Disposable[] = [];
  private current: { readonly question: Question; readonly settle: (outcome: Outcome) => void } | undefined;
  private closed = false;
  private askedAny = false;

  /** True once the user cancelled (Escape, or the input closed some other way). */
  get cancelled(): boolean {
    return this.closed;
  }

  /** True once a question was shown: the run was not answered wholly by an argument object. */
  get asked(): boolean {
    return this.askedAny;
  }

  /**
   * Shows the input busy, creating it when none is up: the command is reading or writing and a question (or
   * the end) comes next. Called before a command's first `await`, it catches the keys typed right after
   * the command reached the extension.
   */
  wait(): void {
    if (this.closed) return;
    if (this.widget) this.widget.busy = true;
    else this.use('text', (w) => (w.busy = true));
  }

  /** Takes the input down without cancelling the run, e.g. for a notification that must not sit behind it. */
  hide(): void {
    const widget = this.widget;
    this.widget = undefined;
    this.listeners.forEach((l) => l.dispose());
    this.listeners = [];
    widget?.dispose();
  }

  dispose(): void {
    this.closed = true;
    this.current?.settle(undefined);
    this.hide();
  }

  /**
   * Runs the steps not already answered; resolves to every answer, or undefined when cancelled. With
   * `fromArguments` (the command got an argument object), a step the object left out takes its default, or
   * nothing when optional, without asking: only questions that have no answer at all are asked.
   */
  async ask(steps: readonly Step[], given: Answers = {}, fromArguments = false): Promise<Answers | undefined> {
    if (this.closed) return undefined;
    const answers: Answers = { ...given };
    if (fromArguments) {
      for (const step of steps) {
        if (answers[step.key] !== undefined || (step.type === 'pick' && step.alwaysAsk)) continue;
        const fallback =
          step.type === 'text' ? (step.value?.(answers) ?? (step.optional ? '' : undefined)) : step.defaultValue;
        if (fallback !== undefined) answers[step.key] = fallback;
      }
    }
    const asked = steps.filter((s) => answers[s.key] === undefined);
    const visible = () => asked.filter((s) => !s.when || s.when(answers));
    let index = 0;
    while (index < visible().length) {
      const shown = visible();
      const step = shown[index];
      const alone = shown.length === 1;
      const place = {
        step: alone ? undefined : index + 1,
        totalSteps: alone ? undefined : shown.length,
        canGoBack: index > 0,
      };
      const result = await (step.type === 'text'
        ? this.askText(step, answers, place)
        : this.askPick(step, answers, place));
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

  private askText(step: TextStep, answers: Answers, place: Place): Promise<Outcome> {
    const validate = (value: string) => {
      if (!step.optional && value.trim() === '') return 'Required';
      return value.trim() === '' ? undefined : step.validate?.(value.trim(), answers);
    };
    return this.question('text', place, (widget) => {
      const box = widget as vscode.InputBox;
      // Keys typed while the first question was on its way are the start of its answer: kept as typed.
      const typedAhead = !this.askedAny && box.value !== '' ? box.value : undefined;
      const proposed = typedAhead ?? answers[step.key] ?? step.value?.(answers) ?? '';
      box.prompt = step.prompt + (step.optional ? ' (optional)' : '');
      box.placeholder = step.placeholder;
      // Sent only when it changes what the box holds: sending it again would overwrite a key typed meanwhile.
      // Selected, as a new box's value is, so that typing replaces the proposal in a reused box too.
      if (box.value !== proposed) {
        box.value = proposed;
        box.valueSelection = [0, proposed.length];
      }
      box.validationMessage = typedAhead === undefined ? undefined : validate(typedAhead);
      return {
        shown: { kind: 'text', prompt: box.prompt, value: box.value, items: [] },
        accept: (answer) => {
          box.validationMessage = validate(box.value);
          if (!box.validationMessage) answer(box.value.trim());
        },
        keep: () => (answers[step.key] = box.value),
        changeValue: (value) => (box.validationMessage = value === '' ? undefined : validate(value)),
      };
    });
  }

  private askPick(step: PickStep, answers: Answers, place: Place): Promise<Outcome> {
    return this.question('pick', place, (widget) => {
      const pick = widget as vscode.QuickPick<PickItem>;
      const items = step.items(answers);
      pick.placeholder = step.placeholder ?? step.prompt;
      pick.items = items;
      const chosen = items.find((i) => i.value === answers[step.key]);
      const active = chosen ?? items.find((i) => i.value === step.defaultValue);
      if (active) pick.activeItems = [active];
      const labels = items.map((i) => i.label);
      return {
        shown: { kind: 'pick', prompt: pick.placeholder, value: active?.label ?? labels[0] ?? '', items: labels },
        accept: (answer) => {
          const accepted = pick.selectedItems[0] ?? pick.activeItems[0];
          if (accepted) answer(accepted.value);
        },
      };
    });
  }

  /** Puts one question on the input (reused, or a new one of the other kind) and waits for its outcome. */
  private question(kind: 'text' | 'pick', place: Place, configure: (widget: Widget) => Question): Promise<Outcome> {
    if (this.closed) return Promise.resolve(undefined);
    return new Promise<Outcome>((resolve) => {
      let question: Question | undefined;
      const widget = this.use(kind, (w) => {
        w.title = this.title;
        w.step = place.step;
        w.totalSteps = place.totalSteps;
        w.buttons = place.canGoBack ? [vscode.QuickInputButtons.Back] : [];
        w.busy = false;
        question = configure(w);
      });
      const settle = (outcome: Outcome) => {
        if (this.current?.settle !== settle) return;
        this.current = undefined;
        // Busy until the next question (or the end): an Enter pressed meanwhile reaches nothing.
        if (outcome !== undefined && this.widget) this.widget.busy = true;
        resolve(outcome);
      };
      this.current = { question: question!, settle };
      this.askedAny = true;
      const shown: ShownQuestion = { title: this.title, ...place, input: widget, ...question!.shown };
      // After the input's own deferred update, so whoever hears of the question acts on what is on screen.
      setTimeout(() => questionShown.fire(shown), 0);
    });
  }

  /**
   * The input of `kind`: the one up, or a new one, configured by `configure` before it shows. A new one
   * shows before the old one goes; keys typed into the busy input before the first pick filter it.
   */
  private use(kind: 'text' | 'pick', configure: (widget: Widget) => void): Widget {
    const previous = this.widget;
    if (previous && kindOf(previous) === kind) {
      if (kind === 'pick') previous.value = ''; // the last pick's filter would hide this one's items
      configure(previous);
      return previous;
    }
    const next = kind === 'text' ? vscode.window.createInputBox() : vscode.window.createQuickPick<PickItem>();
    next.title = this.title;
    next.ignoreFocusOut = true;
    if (previous && !this.askedAny && kind === 'pick') next.value = previous.value;
    configure(next);
    this.listeners.forEach((l) => l.dispose());
    this.widget = next;
    this.listeners = this.listen(next);
    next.show();
    previous?.dispose();
    return next;
  }

  private listen(widget: Widget): vscode.Disposable[] {
    const listeners = [
      widget.onDidAccept(() => {
        const current = this.current;
        current?.question.accept(current.settle);
      }),
      widget.onDidTriggerButton((button) => {
        if (button !== vscode.QuickInputButtons.Back || !this.current) return;
        this.current.question.keep?.();
        this.current.settle(BACK);
      }),
      widget.onDidHide(() => {
        // Only the input on screen closing cancels: an old one goes on purpose, after its successor showed.
        if (widget !== this.widget) return;
        this.closed = true;
        this.current?.settle(undefined);
        this.hide();
      }),
    ];
    if (kindOf(widget) === 'text') {
      listeners.push(widget.onDidChangeValue((value) => this.current?.question.changeValue?.(value)));
    }
    return listeners;
  }
}

function kindOf(widget: Widget): 'text' | 'pick' {
  return 'items' in widget ? 'pick' : 'text';
}
