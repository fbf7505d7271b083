import type { RunSpec, Schedule, ScheduleName, SessionDocument } from '../../core/index.ts';
import { checkRunSchedule, checkSchedule, runSteps, SCHEDULE_NAMES, SCHEDULES } from '../../core/index.ts';
import { h, numberField, setQuietly } from './dom.ts';

/**
 * Starting values for the settings torch has no default for, taken from the run, so picking a
 * schedule gives one that runs at once and whose shape shows over the run's budget.
 */
function startingValue(key: string, run: RunSpec, steps: number): number | undefined {
  const lr = typeof run.params.lr === 'number' ? run.params.lr : 0.01;
  if (key === 'step_size') return Math.max(1, Math.round(steps / 4));
  if (key === 'T_max' || key === 'total_steps') return steps;
  if (key === 'max_lr') return 10 * lr;
  return undefined;
}

/** The settings of `name` for a run, each from the run's schedule when it has this one, else torch's default or the starting value. */
function settingsFor(name: ScheduleName, run: RunSpec, steps: number): Record<string, number> {
  const settings: Record<string, number> = {};
  for (const [key, spec] of Object.entries(SCHEDULES[name].settings)) {
    const value = run.schedule?.name === name ? run.schedule.settings[key] : (spec.default ?? startingValue(key, run, steps));
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}

/**
 * A run's learning-rate schedule (torch.optim.lr_scheduler's names and keys): none, or one of
 * the schedules with a field per setting. Every choice and entry is checked as typed by the
 * core's rules (checkSchedule, then checkRunSchedule for this optimizer and budget), with the
 * CLI's messages; a refused one is explained and changes nothing.
 */
export class ScheduleField {
  readonly element: HTMLDetailsElement;
  private readonly select: HTMLSelectElement;
  private readonly fields: HTMLElement;
  private readonly problem: HTMLElement;
  /** The run as it was when a choice was refused: the message goes once the run is another (a preset, another optimizer). */
  private refusedFor: RunSpec | null = null;
  private shownName: ScheduleName | 'none' | null = null;

  constructor(
    private readonly index: number,
    private readonly document: () => SessionDocument,
    private readonly commit: (schedule: Schedule | null) => void,
  ) {
    const n = index + 1;
    this.select = h('select', { id: `run-${index}-schedule`, 'aria-label': `Schedule of run ${n}` }) as HTMLSelectElement;
    this.select.append(h('option', { value: 'none', text: 'none (constant lr)' }));
    for (const name of SCHEDULE_NAMES) this.select.append(h('option', { value: name, text: name }));
    this.select.addEventListener('change', () => this.choose(this.select.value as ScheduleName | 'none'));
    this.fields = h('div', { className: 'field-row schedule-settings' });
    this.problem = h('p', { className: 'run-status error', id: `run-${index}-schedule-problem`, role: 'alert' });
    this.element = h(
      'details',
      { className: 'own', id: `run-${index}-schedule-details` },
      h('summary', { text: 'Learning-rate schedule' }),
      h('label', { className: 'field' }, h('span', { text: 'Schedule' }), this.select),
      this.fields,
      this.problem,
    );
  }

  /** Shows the run's schedule (called whenever the document's runs change). */
  show(run: RunSpec): void {
    if (this.refusedFor !== null && run !== this.refusedFor) this.say('');
    const name = run.schedule?.name ?? 'none';
    setQuietly(this.select, name);
    if (run.schedule !== null) this.element.open = true;
    if (name !== this.shownName) this.build(run, name);
    else if (run.schedule !== null) {
      for (const [key, value] of Object.entries(run.schedule.settings)) {
        const input = this.fields.querySelector<HTMLInputElement>(`#run-${this.index}-schedule-${key}`);
        if (input) setQuietly(input, String(value));
      }
    }
  }

  private run(): RunSpec | undefined {
    return this.document().runs[this.index];
  }

  /** Why this schedule cannot be the run's, with the CLI's words, or the checked schedule. */
  private check(name: ScheduleName, settings: Record<string, number>): { schedule: Schedule } | { problem: string } {
    const run = this.run();
    if (run === undefined) return { problem: 'This run is gone.' };
    const checked = checkSchedule(name, settings);
    if (!checked.ok) return { problem: checked.error.message };
    const refused = checkRunSchedule(run.optimizer, checked.value, runSteps(this.document(), run));
    return refused ? { problem: refused } : { schedule: checked.value };
  }

  private choose(name: ScheduleName | 'none'): void {
    const run = this.run();
    if (run === undefined) return;
    if (name === 'none') {
      this.say('');
      this.commit(null);
      return;
    }
    const result = this.check(name, settingsFor(name, run, runSteps(this.document(), run)));
    if ('problem' in result) {
      this.say(result.problem, run);
      setQuietly(this.select, run.schedule?.name ?? 'none');
      return;
    }
    this.say('');
    this.commit(result.schedule);
  }

  private build(run: RunSpec, name: ScheduleName | 'none'): void {
    this.shownName = name;
    this.fields.replaceChildren();
    if (name === 'none' || run.schedule === null) return;
    const n = this.index + 1;
    for (const key of Object.keys(SCHEDULES[name].settings)) {
      const withValue = (value: number) => ({ ...(this.run()?.schedule?.settings ?? {}), [key]: value });
      const field = numberField(
        key,
        run.schedule.settings[key]!,
        (value) => {
          const result = this.check(name, withValue(value));
          if ('schedule' in result) this.commit(result.schedule);
        },
        {
          id: `run-${this.index}-schedule-${key}`,
          ...(SCHEDULES[name].settings[key]!.rule === 'count' ? { step: '1' } : {}),
          check: (value) => {
            const result = this.check(name, withValue(value));
            return 'problem' in result ? result.problem : undefined;
          },
        },
      );
      field.input.setAttribute('aria-label', `${name} ${key} of run ${n}`);
      this.fields.append(field.wrapper);
    }
  }

  /** Shows why a choice was refused for `run` ('' for nothing). */
  private say(problem: string, run: RunSpec | null = null): void {
    this.problem.textContent = problem;
    this.refusedFor = problem === '' ? null : run;
  }
}
