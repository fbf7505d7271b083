import type { RunSpec, SessionDocument } from './SessionDocument.ts';

type Shared = Pick<SessionDocument, 'start' | 'steps'>;

/** Where a run starts: its own start, else the session's shared one. */
export const runStart = (shared: Shared, run: RunSpec): readonly [number, number] => run.start ?? shared.start;

/** How many steps a run may take: its own budget, else the session's shared one. */
export const runSteps = (shared: Shared, run: RunSpec): number => run.steps ?? shared.steps;

/** The timeline's reach: the largest budget of the shared one and every run's own. */
export const longestBudget = (document: Shared & Pick<SessionDocument, 'runs'>): number =>
  document.runs.reduce((longest, run) => Math.max(longest, runSteps(document, run)), document.steps);
