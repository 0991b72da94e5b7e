// The rules that move a project between phases, shared by the parser (which gives each entry its phase)
// and the lifecycle (which dates the phases).
import { PHASES, type CalendarDay, type Charter, type Entry, type Phase } from './types';

const PHASE_WORD = /^(design|build|deploy|operate|maintain)\b/i;

/** The phase a `Phase:` title or `- Phase:` value names by its first word, in any case. */
export function phaseNamed(word: string): Phase | undefined {
  const m = PHASE_WORD.exec(word.trim());
  return m ? (m[1].toLowerCase() as Phase) : undefined;
}

/** The project starts in `design`, or in `operate` when the charter says it launched before the journal began. */
export function initialPhase(charter: Charter, firstDay: CalendarDay | undefined): Phase {
  return charter.launched !== undefined && (firstDay === undefined || charter.launched <= firstDay)
    ? 'operate'
    : 'design';
}

/** The phase an entry moves the project into, if it moves it: a Phase entry, or a Launch before `operate`. */
export function phaseChange(entry: Pick<Entry, 'kind' | 'title'>, current: Phase): Phase | undefined {
  if (entry.kind === 'phase') return phaseNamed(entry.title);
  if (entry.kind === 'launch' && PHASES.indexOf(current) < PHASES.indexOf('operate')) return 'operate';
  return undefined;
}
