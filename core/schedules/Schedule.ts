/** The learning-rate schedules, by torch.optim.lr_scheduler's class names. */
export type ScheduleName = 'StepLR' | 'CosineAnnealingLR' | 'LinearLR' | 'OneCycleLR';

/**
 * A schedule as plain data: its name and every setting, by torch's argument names
 * (`{ name: 'StepLR', settings: { step_size: 15, gamma: 0.5 } }`), defaults filled in.
 */
export interface Schedule {
  readonly name: ScheduleName;
  readonly settings: Readonly<Record<string, number>>;
}

/**
 * What a schedule gives a run of `count` steps: lr[k] (and momentum[k]) after k scheduler steps,
 * k = 0 … count, so step k + 1 uses lr[k]. `momentum` is the momentum or β1 a schedule cycles, null
 * when it leaves them alone.
 */
export interface ScheduleValues {
  readonly lr: Float64Array;
  readonly momentum: Float64Array | null;
}

/** What a setting may be. */
export type SettingRule = 'count' | 'positive' | 'non-negative' | 'fraction' | 'momentum';

export interface SettingSpec {
  readonly rule: SettingRule;
  /** torch's default; a setting without one must be given. */
  readonly default?: number;
}

/** One schedule: its settings, a check across them, and its values from the optimizer's lr (and momentum). */
export interface ScheduleDefinition {
  readonly name: ScheduleName;
  readonly settings: Readonly<Record<string, SettingSpec>>;
  /** A reason the settings cannot work together (a phase of no length, …), or undefined. */
  readonly check?: (settings: Readonly<Record<string, number>>) => string | undefined;
  /** The most steps a run may take under these settings (torch raises beyond), or Infinity. */
  readonly maxSteps?: (settings: Readonly<Record<string, number>>) => number;
  readonly values: (settings: Readonly<Record<string, number>>, baseLr: number, count: number) => ScheduleValues;
}
