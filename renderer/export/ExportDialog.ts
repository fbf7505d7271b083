import type { CameraKeyframe, CameraState, ExportSettings, SessionDocument } from '../../core/index.ts';
import { EXPORT_LIMITS, longestBudget } from '../../core/index.ts';
import type { Platform } from '../platform/index.ts';
import { EXPORT_FORMATS, FORMATS, type ExportFormat } from './ExportFormat.ts';
import { formatTimeLeft } from './ExportProgress.ts';
import { exportSession } from './exportSession.ts';
import { FPS_CHOICES, SIZE_PRESETS, type ExportOverrides } from './exportPlan.ts';
import { FieldMessage } from '../ui/FieldMessage.ts';
import { checkExportSettings, type ExportField } from './checkExportSettings.ts';
import { loadExportScene, type LoadedExportScene } from './loadExportScene.ts';
import './exportDialog.css';

export interface ExportDialogOptions {
  /** The session as it is now: function, runs, camera, timeline and saved export settings. */
  getDocument(): SessionDocument;
  /** Keeps the chosen settings in the session (so they are saved with it). */
  saveSettings(settings: ExportSettings): void;
  /** The camera of the window's view now, for "Add keyframe" (default: the session's camera). */
  currentCamera?(): CameraState;
  /** Where files go: the desktop's Save dialog and atomic writer, or a browser download. */
  platform: Pick<Platform, 'beginExport'>;
  /** Stops playback, so a still shows the iteration the timeline showed when the dialog opened. */
  pausePlayback?(): void;
  /** How the scene is drawn offscreen; tests may replace it. */
  loadScene?(document: SessionDocument): Promise<LoadedExportScene>;
}

let nextId = 0;

function labelled<T extends HTMLElement>(text: string, control: T, message?: FieldMessage): { row: HTMLLabelElement; control: T } {
  const row = document.createElement('label');
  row.className = 'export-field';
  const span = document.createElement('span');
  span.textContent = text;
  control.id ||= `export-${++nextId}`;
  row.append(span, control);
  if (message) row.append(message.element);
  return { row, control };
}

function select(options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const element = document.createElement('select');
  for (const [value, text] of options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    element.append(option);
  }
  return element;
}

function input(type: string, attributes: Record<string, string> = {}): HTMLInputElement {
  const element = document.createElement('input');
  element.type = type;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

/**
 * The export dialog: format, size, frame rate, duration, range, quality, transparency, overlays,
 * title, camera move and keyframes; a progress bar with time left and Cancel. Plain DOM in a
 * modal <dialog>; every control has a visible label that is its accessible name. Mount
 * `element` once anywhere in the page and call `open()` from a button or menu command.
 */
export class ExportDialog {
  readonly element: HTMLDialogElement;
  private readonly format = select(EXPORT_FORMATS.map((format) => [format, FORMATS[format].label] as const));
  private readonly size = select([...SIZE_PRESETS.map(([w, h]) => [`${w}x${h}`, `${w} × ${h}`] as const), ['custom', 'Custom']]);
  private readonly width = input('number', { min: String(EXPORT_LIMITS.minSize), max: String(EXPORT_LIMITS.maxSize), step: '2' });
  private readonly height = input('number', { min: String(EXPORT_LIMITS.minSize), max: String(EXPORT_LIMITS.maxSize), step: '2' });
  private readonly fps = select(FPS_CHOICES.map((fps) => [String(fps), `${fps}`] as const));
  private readonly duration = input('number', { min: '0.1', max: String(EXPORT_LIMITS.maxDuration), step: '0.1' });
  private readonly range = select([
    ['all', 'Whole animation'],
    ['range', 'Range of iterations'],
  ]);
  private readonly from = input('number', { min: '0', step: '1' });
  private readonly to = input('number', { min: '0', step: '1' });
  private readonly quality = select([
    ['low', 'Low (small file)'],
    ['medium', 'Medium'],
    ['high', 'High'],
  ]);
  private readonly transparent = input('checkbox');
  private readonly legend = input('checkbox');
  private readonly formula = input('checkbox');
  private readonly titleShown = input('checkbox');
  private readonly lossChart = input('checkbox');
  private readonly fit = input('checkbox');
  private readonly stepLine = input('checkbox');
  private readonly title = input('text', { maxlength: '200' });
  private readonly camera = select([
    ['still', 'Keep the current view'],
    ['orbit', 'Slow orbit'],
    ['keyframes', 'Keyframes'],
  ]);
  private readonly keyframeTime = input('number', { min: '0', step: '0.1', value: '0' });
  private readonly keyframeList = document.createElement('ul');
  private readonly keyframeBox = document.createElement('fieldset');
  private readonly customBox = document.createElement('div');
  private readonly rangeBox = document.createElement('div');
  private readonly progress = document.createElement('progress');
  private readonly status = document.createElement('p');
  private readonly alert = document.createElement('p');
  private readonly exportButton: HTMLButtonElement;
  /** Cancel while an export runs; Close otherwise. */
  private readonly cancelButton: HTMLButtonElement;
  private readonly closeButton: HTMLButtonElement;
  /** For a still: which iteration it shows. */
  private readonly stillNote = document.createElement('p');
  /** Rows that mean something only for an animation (frame rate, duration, range, camera move). */
  private readonly animationRows: HTMLElement[] = [];
  private readonly qualityRow: HTMLElement;
  /** Each checked field's message, shown as it is typed. */
  private readonly messages: Record<ExportField, FieldMessage> = {
    width: new FieldMessage(this.width),
    height: new FieldMessage(this.height),
    fps: new FieldMessage(this.fps),
    duration: new FieldMessage(this.duration),
    from: new FieldMessage(this.from),
    to: new FieldMessage(this.to),
  };
  private keyframes: CameraKeyframe[] = [];
  private running: AbortController | null = null;

  constructor(private readonly options: ExportDialogOptions) {
    const dialog = document.createElement('dialog');
    dialog.className = 'export-dialog';
    dialog.setAttribute('aria-labelledby', 'export-dialog-title');
    const heading = document.createElement('h2');
    heading.id = 'export-dialog-title';
    heading.textContent = 'Export';

    const messages = this.messages;
    this.customBox.append(labelled('Width', this.width, messages.width).row, labelled('Height', this.height, messages.height).row);
    this.rangeBox.append(labelled('From iteration', this.from, messages.from).row, labelled('To iteration', this.to, messages.to).row);
    const legendKeyframes = document.createElement('legend');
    legendKeyframes.textContent = 'Camera keyframes';
    this.keyframeList.setAttribute('aria-label', 'Camera keyframes');
    this.keyframeBox.append(
      legendKeyframes,
      this.keyframeList,
      labelled('Keyframe time (seconds)', this.keyframeTime).row,
      button('Add keyframe from current view', () => this.addKeyframe()),
    );
    const include = document.createElement('fieldset');
    const includeLegend = document.createElement('legend');
    includeLegend.textContent = 'Include in the picture';
    include.append(
      includeLegend,
      labelled('Legend', this.legend).row,
      labelled('Formula', this.formula).row,
      labelled('Title', this.titleShown).row,
      labelled('Loss chart', this.lossChart).row,
      labelled('Fit panel', this.fit).row,
      labelled('1-D picture', this.stepLine).row,
      labelled('Title text', this.title).row,
    );

    this.progress.setAttribute('aria-label', 'Export progress');
    this.progress.max = 1;
    this.progress.value = 0;
    // Shown only while an export runs: an empty bar beside the settings reads as something stuck.
    this.progress.hidden = true;
    this.status.setAttribute('role', 'status');
    this.alert.setAttribute('role', 'alert');
    this.exportButton = button('Export', () => void this.start());
    this.cancelButton = button('Cancel', () => this.cancel());
    this.closeButton = button('Close', () => this.element.close());
    this.cancelButton.hidden = true;
    const actions = document.createElement('div');
    actions.className = 'export-actions';
    actions.append(this.exportButton, this.cancelButton, this.closeButton);
    this.stillNote.className = 'export-note';

    const animation = (row: HTMLElement) => (this.animationRows.push(row), row);
    this.qualityRow = labelled('Quality', this.quality).row;
    dialog.append(
      heading,
      labelled('Format', this.format).row,
      labelled('Size', this.size).row,
      this.customBox,
      animation(labelled('Frames per second', this.fps, messages.fps).row),
      animation(labelled('Duration (seconds)', this.duration, messages.duration).row),
      animation(labelled('Timeline', this.range).row),
      this.rangeBox,
      this.qualityRow,
      labelled('Transparent background', this.transparent).row,
      include,
      animation(labelled('Camera', this.camera).row),
      this.keyframeBox,
      this.stillNote,
      this.progress,
      this.status,
      this.alert,
      actions,
    );
    for (const control of [this.format, this.size, this.range, this.camera, this.fps])
      control.addEventListener('change', () => this.updateEnabled());
    for (const field of [this.width, this.height, this.duration, this.from, this.to]) field.addEventListener('input', () => this.check());
    // Escape while exporting cancels the export rather than hiding a dialog that is still working.
    dialog.addEventListener('cancel', (event) => {
      if (this.running !== null) {
        event.preventDefault();
        this.cancel();
      }
    });
    this.element = dialog;
  }

  /** Shows the dialog with the session's saved export settings; if it is already open, leaves the choices being made as they are. */
  open(): void {
    if (this.element.open) return;
    this.options.pausePlayback?.();
    this.load(this.options.getDocument().export);
    this.alert.textContent = '';
    this.status.textContent = '';
    this.progress.value = 0;
    this.progress.hidden = true;
    this.element.showModal();
  }

  close(): void {
    this.running?.abort();
    this.element.close();
  }

  get busy(): boolean {
    return this.running !== null;
  }

  private load(settings: ExportSettings): void {
    this.format.value = settings.format;
    const preset = `${settings.width}x${settings.height}`;
    this.size.value = SIZE_PRESETS.some(([w, h]) => `${w}x${h}` === preset) ? preset : 'custom';
    this.width.value = String(settings.width);
    this.height.value = String(settings.height);
    this.fps.value = String(settings.fps);
    this.duration.value = String(settings.duration);
    this.range.value = 'all';
    // The range starts as the longest step budget (runs that stop early end sooner; the plan checks).
    const steps = String(longestBudget(this.options.getDocument()));
    this.from.value = '0';
    this.to.value = steps;
    this.from.max = steps;
    this.to.max = steps;
    this.quality.value = settings.quality;
    this.transparent.checked = settings.transparent;
    this.legend.checked = settings.include.legend;
    this.formula.checked = settings.include.formula;
    this.titleShown.checked = settings.include.title;
    this.lossChart.checked = settings.include.lossChart;
    this.fit.checked = settings.include.fit;
    this.stepLine.checked = settings.include.stepLine;
    this.title.value = settings.title;
    this.camera.value = settings.cameraMove;
    this.keyframes = [...settings.keyframes];
    this.renderKeyframes();
    this.updateEnabled();
  }

  private updateEnabled(): void {
    const format = this.format.value as ExportFormat;
    const info = FORMATS[format];
    this.customBox.hidden = this.size.value !== 'custom';
    this.rangeBox.hidden = this.range.value !== 'range' || !info.animated;
    this.keyframeBox.hidden = this.camera.value !== 'keyframes' || !info.animated;
    // A still has no frame rate, duration, range or camera move, and only video takes a quality: what does not apply is not shown.
    for (const row of this.animationRows) row.hidden = !info.animated;
    this.qualityRow.hidden = !info.quality;
    this.stillNote.hidden = info.animated;
    this.stillNote.textContent = info.animated
      ? ''
      : `The picture shows iteration ${stillIteration(this.options.getDocument())}, where the timeline is.`;
    this.transparent.disabled = !info.alpha;
    if (!info.alpha) this.transparent.checked = false;
    const tooFastForGif = (fps: number) => format === 'gif' && fps > EXPORT_LIMITS.gifMaxFps;
    for (const option of Array.from(this.fps.options)) option.disabled = tooFastForGif(Number(option.value));
    if (tooFastForGif(Number(this.fps.value))) this.fps.value = '30';
    this.check();
  }

  /** Shows each field's problem beside it at once, and offers Export only when there is none. */
  private check(): boolean {
    const { settings, overrides } = this.read();
    const last = longestBudget(this.options.getDocument());
    const problems = checkExportSettings({
      format: settings.format,
      width: settings.width,
      height: settings.height,
      fps: settings.fps,
      duration: settings.duration,
      ...(overrides.range ? { range: { ...overrides.range, last } } : {}),
    });
    for (const [field, message] of Object.entries(this.messages)) message.show(problems[field as ExportField] ?? null);
    const ok = Object.keys(problems).length === 0;
    this.exportButton.disabled = !ok || this.running !== null;
    return ok;
  }

  private addKeyframe(): void {
    const time = Number(this.keyframeTime.value);
    if (!Number.isFinite(time) || time < 0) {
      this.alert.textContent = 'A keyframe time is a number of seconds, 0 or more.';
      return;
    }
    const camera = this.options.currentCamera?.() ?? this.options.getDocument().camera;
    this.keyframes = [...this.keyframes.filter((keyframe) => keyframe.time !== time), { time, camera }].sort((a, b) => a.time - b.time);
    this.keyframeTime.value = String(Math.round((time + 2) * 10) / 10);
    this.renderKeyframes();
  }

  private renderKeyframes(): void {
    this.keyframeList.replaceChildren(
      ...this.keyframes.map((keyframe) => {
        const item = document.createElement('li');
        const text = document.createElement('span');
        text.textContent = `${keyframe.time} s`;
        const remove = button('Remove', () => {
          this.keyframes = this.keyframes.filter((other) => other !== keyframe);
          this.renderKeyframes();
        });
        remove.setAttribute('aria-label', `Remove keyframe at ${keyframe.time} s`);
        item.append(text, remove);
        return item;
      }),
    );
  }

  /** The settings as chosen in the dialog, and the one-off range. */
  private read(): { settings: ExportSettings; overrides: ExportOverrides } {
    const [width, height] =
      this.size.value === 'custom'
        ? [numberOrNaN(this.width.value), numberOrNaN(this.height.value)]
        : this.size.value.split('x').map(Number);
    const settings: ExportSettings = {
      format: this.format.value as ExportFormat,
      width: width!,
      height: height!,
      fps: Number(this.fps.value) as ExportSettings['fps'],
      duration: numberOrNaN(this.duration.value),
      quality: this.quality.value as ExportSettings['quality'],
      transparent: this.transparent.checked,
      include: {
        legend: this.legend.checked,
        formula: this.formula.checked,
        title: this.titleShown.checked,
        lossChart: this.lossChart.checked,
        fit: this.fit.checked,
        stepLine: this.stepLine.checked,
      },
      title: this.title.value,
      cameraMove: this.camera.value as ExportSettings['cameraMove'],
      keyframes: this.keyframes,
    };
    const overrides: ExportOverrides =
      this.range.value === 'range' ? { range: { from: numberOrNaN(this.from.value), to: numberOrNaN(this.to.value) } } : {};
    return { settings, overrides };
  }

  private async start(): Promise<void> {
    if (this.running !== null || !this.check()) return;
    const { settings, overrides } = this.read();
    this.options.saveSettings(settings);
    const document = { ...this.options.getDocument(), export: settings };
    const controller = new AbortController();
    this.running = controller;
    this.exportButton.disabled = true;
    this.cancelButton.hidden = false;
    this.closeButton.hidden = true;
    this.alert.textContent = '';
    this.status.textContent = 'Preparing the scene…';
    // Without a value the bar is indeterminate: the scene is being prepared, no frame counted yet.
    this.progress.removeAttribute('value');
    this.progress.hidden = false;
    let scene: LoadedExportScene | null = null;
    try {
      scene = await (this.options.loadScene ?? loadExportScene)(document);
      const info = FORMATS[settings.format];
      let savedName = '';
      await exportSession({
        scene,
        document,
        overrides,
        signal: controller.signal,
        openSink: async () => {
          const started = await this.options.platform.beginExport({
            baseName: suggestedBaseName(document),
            extension: info.extension,
            mimeType: info.mimeType,
          });
          if (started.status === 'cancelled') throw new DOMException('No file was chosen.', 'AbortError');
          if (started.status === 'failed') throw new Error(started.message);
          savedName = started.sink.name;
          return started.sink;
        },
        onProgress: (progress) => {
          this.progress.value = progress.framesDone / progress.frameCount;
          const left = formatTimeLeft(progress.remainingMs);
          this.status.textContent = `Frame ${progress.framesDone} of ${progress.frameCount}${left ? ` · ${left}` : ''}`;
        },
      });
      this.status.textContent = savedName ? `Done: saved ${savedName}.` : 'Done.';
    } catch (error) {
      const cancelled = controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
      this.status.textContent = cancelled ? 'Export cancelled; no file was written.' : '';
      if (!cancelled) this.alert.textContent = error instanceof Error ? error.message : String(error);
      this.progress.hidden = true;
    } finally {
      scene?.dispose();
      this.running = null;
      this.cancelButton.hidden = true;
      this.closeButton.hidden = false;
      if (this.element.open) this.closeButton.focus();
      this.check();
    }
  }

  /** Cancels a running export (nothing is written), or closes the dialog when idle. */
  private cancel(): void {
    if (this.running !== null) this.running.abort();
    else this.element.close();
  }
}

/** The iteration a still shows, as the timeline's label reads it (a position part way along a step shows that step's start). */
const stillIteration = (document: SessionDocument): number => Math.floor(document.timeline.iteration);

/** A file name from the function: a preset's name, or "curvature" for a typed expression. */
function suggestedBaseName(document: SessionDocument): string {
  return /^[a-z][a-z0-9-]*$/.test(document.function) ? document.function : 'curvature';
}

/** A typed number; an empty or unreadable field (a number input's value is then '') is NaN, which the checks refuse by name. */
const numberOrNaN = (text: string): number => (text.trim() === '' ? NaN : Number(text));
