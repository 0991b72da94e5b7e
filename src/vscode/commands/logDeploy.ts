import * as vscode from 'vscode';
import { DEFAULT_DEPLOY_STATUS, DEPLOY_STATUSES, type DeployStatus } from '../../core';
import type { GitActivity } from '../git/gitActivity';
import type { InputFlow } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import type { ArgumentShape } from './commandArguments';
import {
  begin,
  CANCELLED,
  type CommandContext,
  type Invocation,
  type Target,
  type WriteResult,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { offerNextStep } from './setNextStep';
import { validateCommit } from './validation';

export interface LogDeployArgs extends Target {
  /** What went out. */
  readonly title?: string;
  readonly status?: DeployStatus;
  /** The commit that went out; default HEAD where git knows one, and none otherwise. */
  readonly commit?: string;
  /** Default production. */
  readonly environment?: string;
  readonly body?: string;
}

export const LOG_DEPLOY_ARGUMENTS: ArgumentShape<LogDeployArgs> = {
  title: 'text',
  status: DEPLOY_STATUSES,
  commit: 'text',
  environment: 'text',
  body: 'text',
};

const STATUS_HINTS: Record<DeployStatus, () => string> = {
  succeeded: () => vscode.l10n.t('it is out and works'),
  failed: () => vscode.l10n.t('it did not go out'),
  'rolled-back': () => vscode.l10n.t('it went out and was taken back'),
};

export const DEFAULT_ENVIRONMENT = 'production';
/** How many digits of HEAD the proposed commit keeps: enough to stay unique in any side project. */
const SHORT_SHA = 12;

export async function logDeploy(
  ctx: CommandContext & { readonly git: GitActivity },
  call: Invocation<LogDeployArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Log Deploy'), call, ['title']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal gets the deploy?"));
  if (!found) return CANCELLED;
  const head = (await ctx.git.head(found.store))?.slice(0, SHORT_SHA) ?? '';
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'title',
        prompt: vscode.l10n.t('What went out?'),
        placeholder: vscode.l10n.t('e.g. v0.4: the checker in Go'),
      },
      {
        type: 'pick',
        key: 'status',
        prompt: vscode.l10n.t('How did it go?'),
        items: () => DEPLOY_STATUSES.map((s) => ({ label: s, description: STATUS_HINTS[s](), value: s })),
        defaultValue: DEFAULT_DEPLOY_STATUS,
      },
      {
        type: 'text',
        key: 'commit',
        prompt: vscode.l10n.t('Commit'),
        placeholder: vscode.l10n.t('The commit that went out (its hash)'),
        value: () => head,
        validate: validateCommit,
        optional: true,
      },
      {
        type: 'text',
        key: 'environment',
        prompt: vscode.l10n.t('Environment'),
        value: () => DEFAULT_ENVIRONMENT,
        optional: true,
      },
    ],
    { title: args.title, status: args.status, commit: args.commit, environment: args.environment },
    call.fromArguments,
  );
  if (!answers?.title) return CANCELLED;
  const status = (DEPLOY_STATUSES as readonly string[]).includes(answers.status ?? '')
    ? (answers.status as DeployStatus)
    : DEFAULT_DEPLOY_STATUS;
  const commit = answers.commit?.trim() ?? '';
  const wrongCommit = validateCommit(commit);
  if (wrongCommit) return { written: false, message: vscode.l10n.t('Commit "{0}": {1}', commit, wrongCommit) };
  const environment = answers.environment?.trim() || DEFAULT_ENVIRONMENT;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    found.store,
    {
      kind: 'deploy',
      date: now.date,
      time: now.time,
      title: answers.title,
      metadata: [['Status', status], ...(commit ? [['Commit', commit] as const] : []), ['Environment', environment]],
      body: args.body,
    },
    vscode.l10n.t('The deploy'),
  );
  if (result.written) await offerNextStep(ctx, input, found.store);
  return result;
}
