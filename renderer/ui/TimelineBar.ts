import type { Store } from '../app/Store.ts';
import type { PlaybackLoop } from '../timeline/PlaybackLoop.ts';
import { h } from './dom.ts';
import { icon, type IconName } from './icons.ts';

export const SPEEDS = [1, 2, 4, 8, 16, 32, 64] as const;

/** Play/pause, step back and forward, scrub, speed and loop. */
export class TimelineBar {
  readonly element: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly scrubber: HTMLInputElement;
  private readonly label: HTMLOutputElement;
  private readonly speed: HTMLSelectElement;
  private readonly loopBox: HTMLInputElement;
  private wasPlaying = false;
  private shownWhole = -1;
  private shownLast = -1;

  constructor(
    private readonly store: Store,
    private readonly loop: PlaybackLoop,
  ) {
    const button = (label: string, name: IconName, onclick: () => void, keys: string) =>
      h(
        'button',
        { type: 'button', className: 'icon', 'aria-label': label, title: `${label} (${keys})`, onclick, 'aria-keyshortcuts': keys },
        icon(name),
      );
    this.playButton = button('Play', 'play', () => this.toggle(), 'Space');
    const first = button('First iteration', 'first', () => this.seek(0), 'Home');
    const back = button('Step back', 'stepBack', () => this.step(-1), 'ArrowLeft');
    const forward = button('Step forward', 'stepForward', () => this.step(1), 'ArrowRight');
    const last = button('Last iteration', 'last', () => this.seek(Infinity), 'End');
    this.scrubber = h('input', { type: 'range', min: '0', max: '0', step: 'any', 'aria-label': 'Iteration' }) as HTMLInputElement;
    this.scrubber.addEventListener('input', () => {
      // Read before pausing: the pause redraws the slider at the playing position.
      const target = this.scrubber.valueAsNumber;
      loop.play(false);
      loop.seek(target);
    });
    // The slider's own keys move by a hundredth of its range; here they move by iterations, as elsewhere.
    this.scrubber.addEventListener('keydown', (event) => {
      const move: Record<string, () => void> = {
        ArrowLeft: () => this.stepBy(event.shiftKey ? -10 : -1),
        ArrowDown: () => this.stepBy(event.shiftKey ? -10 : -1),
        ArrowRight: () => this.stepBy(event.shiftKey ? 10 : 1),
        ArrowUp: () => this.stepBy(event.shiftKey ? 10 : 1),
        Home: () => this.seek(0),
        End: () => this.seek(Infinity),
        PageDown: () => this.stepBy(-10),
        PageUp: () => this.stepBy(10),
      };
      const action = move[event.key];
      if (action === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      action();
    });
    this.scrubber.addEventListener('change', () => this.persist());
    this.label = h('output', { className: 'iteration-label', 'aria-live': 'off' });
    this.speed = h('select', { 'aria-label': 'Speed (iterations per second)' }) as HTMLSelectElement;
    for (const speed of SPEEDS) this.speed.append(h('option', { value: String(speed), text: `${speed}/s` }));
    this.speed.addEventListener('change', () => {
      loop.state.speed = Number(this.speed.value);
      store.amend((d) => ({ ...d, timeline: { ...d.timeline, speed: loop.state.speed } }));
    });
    this.loopBox = h('input', { type: 'checkbox', 'aria-label': 'Loop' }) as HTMLInputElement;
    this.loopBox.addEventListener('change', () => {
      loop.state.loop = this.loopBox.checked;
      store.amend((d) => ({ ...d, timeline: { ...d.timeline, loop: loop.state.loop } }));
    });
    this.element = h(
      'section',
      { className: 'timeline', 'aria-label': 'Timeline' },
      first,
      back,
      this.playButton,
      forward,
      last,
      this.scrubber,
      this.label,
      this.speed,
      h('label', { className: 'check' }, this.loopBox, h('span', { text: 'Loop' })),
    );
    loop.onPosition((position) => this.show(position));
    const timeline = store.document.timeline;
    loop.state.speed = timeline.speed;
    loop.state.loop = timeline.loop;
    this.showControls(timeline);
    // Speed and loop also change from keys, menus and opened files: the controls follow the document.
    store.subscribe((d, previous) => {
      if (d.timeline.speed !== previous.timeline.speed || d.timeline.loop !== previous.timeline.loop) this.showControls(d.timeline);
    });
  }

  private showControls(timeline: { readonly speed: number; readonly loop: boolean }): void {
    this.speed.value = String(SPEEDS.includes(timeline.speed as (typeof SPEEDS)[number]) ? timeline.speed : 8);
    this.loopBox.checked = timeline.loop;
  }

  toggle(): void {
    this.loop.toggle();
    this.persist();
  }

  pause(): void {
    this.loop.play(false);
    this.persist();
  }

  step(direction: -1 | 1): void {
    this.loop.step(direction);
    this.persist();
  }

  private stepBy(count: number): void {
    for (let i = 0; i < Math.abs(count); i++) this.loop.step(count < 0 ? -1 : 1);
    this.persist();
  }

  seek(position: number): void {
    this.loop.play(false);
    this.loop.seek(position === Infinity ? this.loop.state.last : position);
    this.persist();
  }

  /** Writes the position into the document when playback stops or jumps (not every frame). */
  private persist(): void {
    const position = this.loop.position;
    this.store.amend((d) => (d.timeline.iteration === position ? d : { ...d, timeline: { ...d.timeline, iteration: position } }));
  }

  private show(position: number): void {
    const state = this.loop.state;
    if (state.playing !== this.wasPlaying) {
      this.wasPlaying = state.playing;
      this.playButton.replaceChildren(icon(state.playing ? 'pause' : 'play'));
      this.playButton.setAttribute('aria-label', state.playing ? 'Pause' : 'Play');
      if (!state.playing) this.persist();
    }
    const whole = Math.floor(position);
    if (state.last !== this.shownLast) this.scrubber.max = String(state.last);
    this.scrubber.valueAsNumber = position;
    if (whole !== this.shownWhole || state.last !== this.shownLast) this.label.value = `${whole} / ${state.last}`;
    this.shownWhole = whole;
    this.shownLast = state.last;
  }
}
