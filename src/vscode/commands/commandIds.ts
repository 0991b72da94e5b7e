// Every command id, written once. package.json declares exactly these (test/unit/manifest.test.ts), and a
// lint rule (eslint.config.mjs) refuses their strings anywhere else in src/. No `vscode` here: plain-Node
// tests import it.
import type { LogDecisionArgs } from './logDecision';
import type { LogDeployArgs } from './logDeploy';
import type { LogIncidentArgs } from './logIncident';
import type { LogNoteArgs } from './logNote';
import type { MarkLaunchedArgs } from './markLaunched';
import type { OpenJournalArgs } from './openJournal';
import type { PauseArgs } from './pause';
import type { ResolveIncidentArgs } from './resolveIncident';
import type { SetDecisionStatusArgs } from './setDecisionStatus';
import type { SetNextStepArgs } from './setNextStep';
import type { SetPhaseArgs } from './setPhase';
import type { StartJournalArgs } from './startJournal';
import type { Target } from './commandContext';
import type { ExportDecisionAsMadrArgs } from './exportDecisionAsMadr';
import type { ReviewDecisionArgs } from './reviewDecision';
import type { SaveRetrospectiveArgs } from './saveRetrospective';
import type { ToggleDoneItemArgs } from './toggleDoneItem';
import type { WriteRetrospectiveArgs } from './writeRetrospective';

export enum CommandId {
  StartJournal = 'sideProject.startJournal',
  LogDecision = 'sideProject.logDecision',
  LogIncident = 'sideProject.logIncident',
  ResolveIncident = 'sideProject.resolveIncident',
  LogNote = 'sideProject.logNote',
  SetPhase = 'sideProject.setPhase',
  MarkLaunched = 'sideProject.markLaunched',
  SetDecisionStatus = 'sideProject.setDecisionStatus',
  OpenJournal = 'sideProject.openJournal',
  ShowDashboard = 'sideProject.showDashboard',
  Pause = 'sideProject.pause',
  ResumeProject = 'sideProject.resumeProject',
  SetNextStep = 'sideProject.setNextStep',
  CopyMcpConfiguration = 'sideProject.copyMcpConfiguration',
  LogDeploy = 'sideProject.logDeploy',
  ReviewDecision = 'sideProject.reviewDecision',
  ToggleDoneItem = 'sideProject.toggleDoneItem',
  WriteRetrospective = 'sideProject.writeRetrospective',
  SaveRetrospective = 'sideProject.saveRetrospective',
  ExportDecisionAsMadr = 'sideProject.exportDecisionAsMadr',
  ExportAllDecisionsAsMadr = 'sideProject.exportAllDecisionsAsMadr',
}

/** The argument object each command takes (besides a tree node, a URI or nothing). */
export interface CommandArgs {
  [CommandId.StartJournal]: StartJournalArgs;
  [CommandId.LogDecision]: LogDecisionArgs;
  [CommandId.LogIncident]: LogIncidentArgs;
  [CommandId.ResolveIncident]: ResolveIncidentArgs;
  [CommandId.LogNote]: LogNoteArgs;
  [CommandId.SetPhase]: SetPhaseArgs;
  [CommandId.MarkLaunched]: MarkLaunchedArgs;
  [CommandId.SetDecisionStatus]: SetDecisionStatusArgs;
  [CommandId.OpenJournal]: OpenJournalArgs;
  [CommandId.ShowDashboard]: Target;
  [CommandId.Pause]: PauseArgs;
  [CommandId.ResumeProject]: Target;
  [CommandId.SetNextStep]: SetNextStepArgs;
  [CommandId.CopyMcpConfiguration]: Target;
  [CommandId.LogDeploy]: LogDeployArgs;
  [CommandId.ReviewDecision]: ReviewDecisionArgs;
  [CommandId.ToggleDoneItem]: ToggleDoneItemArgs;
  [CommandId.WriteRetrospective]: WriteRetrospectiveArgs;
  [CommandId.SaveRetrospective]: SaveRetrospectiveArgs;
  [CommandId.ExportDecisionAsMadr]: ExportDecisionAsMadrArgs;
  [CommandId.ExportAllDecisionsAsMadr]: Target;
}
