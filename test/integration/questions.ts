// Answers a command's questions as a person would, inside VS Code: each question is seen as it shows (the
// extension's onDidShowQuestion), typed into its real input, and accepted, backed out of or dismissed with
// the workbench's own commands, so what is accepted is what the workbench shows.
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../src/extension';
import type { ShownQuestion } from '../../src/vscode/multiStepInput';

/**
 * Type (text) or filter by (pick) a value then accept, accept what shows, go back, press Escape, or leave the
 * question to the test (`'hold'`), which answers it through the question's input itself.
 */
export type Reply = { readonly type: string } | 'accept' | 'back' | 'escape' | 'hold';

export interface Conversation<T> {
  readonly result: T;
  readonly questions: readonly ShownQuestion[];
  /** Each question as `Title 1/3: prompt`, or `Title: prompt` for a question on its own. */
  readonly asked: readonly string[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeQuestion(q: ShownQuestion): string {
  return `${q.title}${q.step === undefined ? '' : ` ${q.step}/${q.totalSteps}`}: ${q.prompt}`;
}

/**
 * Runs `command` with `args` (none when empty) and answers each question it shows with `reply(question,
 * index)`. Resolves once the command has returned and every reply was given.
 */
export async function converse<T = unknown>(
  api: SideProjectApi,
  command: string,
  args: readonly unknown[],
  reply: (q: ShownQuestion, index: number) => Reply,
): Promise<Conversation<T>> {
  const questions: ShownQuestion[] = [];
  let replies = Promise.resolve();
  const subscription = api.onDidShowQuestion((q) => {
    questions.push(q);
    const answer = reply(q, questions.length - 1);
    replies = replies.then(() => give(q, answer));
  });
  try {
    const result = await vscode.commands.executeCommand<T>(command, ...args);
    await replies;
    return { result, questions, asked: questions.map(describeQuestion) };
  } finally {
    subscription.dispose();
  }
}

async function give(q: ShownQuestion, reply: Reply): Promise<void> {
  if (reply === 'hold') return;
  await pause(50); // as a person would, after the question is drawn
  if (reply === 'escape') {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    return;
  }
  if (reply === 'back') {
    await vscode.commands.executeCommand('workbench.action.quickInputBack');
    return;
  }
  if (reply !== 'accept') await typeInto(q, reply.type);
  await accept();
}

/** Puts `text` in the question's box, as typed (a pick filters its items by it). */
export async function typeInto(q: ShownQuestion, text: string): Promise<void> {
  q.input.value = text;
  await pause(50); // the workbench hears of it
}

/** Presses Enter on the quick input: the workbench accepts what it shows. */
export async function accept(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

/** Takes what each question proposes; a required text with nothing proposed gets `fill`. Skips "What's next?". */
export function acceptDefaults(fill = 'x') {
  return (q: ShownQuestion): Reply =>
    q.kind === 'text' && q.value === '' && !/\(optional\)$/.test(q.prompt) ? { type: fill } : 'accept';
}
