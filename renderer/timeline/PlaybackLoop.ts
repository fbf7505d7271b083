import type { SceneRenderer } from '../scene/SceneRenderer.ts';
import type { Viewport } from '../ui/Viewport.ts';
import { PlaybackClock } from './PlaybackClock.ts';
import { advance, seek, shownPosition, step, togglePlay, type TimelineState } from './Timeline.ts';

/**
 * The app's single requestAnimationFrame loop: advances the timeline, moves the scene to the
 * shown position, renders when something changed, and tells the timeline's views.
 */
export class PlaybackLoop {
  readonly state: TimelineState = { position: 0, playing: false, speed: 8, loop: true, last: 0 };
  private readonly clock = new PlaybackClock();
  private shown = -1;
  private running = false;
  private readonly frameListeners: ((position: number) => void)[] = [];
  private readonly renderListeners: (() => void)[] = [];
  /** Frames drawn, for tests and the frame benchmark. */
  framesDrawn = 0;

  constructor(
    private readonly scene: SceneRenderer,
    private readonly viewport: Viewport,
  ) {
    // A hidden page gets no frames: on its return playback resumes where it was, not ahead.
    document.addEventListener('visibilitychange', () => this.clock.restart());
  }

  /** Called with the shown position whenever it changes (not every frame while paused). */
  onPosition(listener: (position: number) => void): void {
    this.frameListeners.push(listener);
  }

  /** Called after every drawn frame. */
  onRender(listener: () => void): void {
    this.renderListeners.push(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    requestAnimationFrame(this.frame);
  }

  stop(): void {
    this.running = false;
  }

  get position(): number {
    return shownPosition(this.state);
  }

  setLength(last: number): void {
    this.state.last = Math.max(0, last);
    seek(this.state, this.state.position);
    this.sync();
  }

  get playing(): boolean {
    return this.state.playing;
  }

  play(playing = true): void {
    if (playing !== this.state.playing) togglePlay(this.state);
    this.clock.restart();
    this.sync();
  }

  toggle(): void {
    togglePlay(this.state);
    this.clock.restart();
    this.sync();
  }

  step(direction: -1 | 1): void {
    this.state.playing = false;
    step(this.state, direction);
    this.sync();
  }

  seek(position: number): void {
    seek(this.state, position);
    this.sync();
  }

  /** Moves the scene to the shown position now (not waiting for the next frame). */
  sync(): void {
    const position = shownPosition(this.state);
    if (position !== this.shown) {
      this.shown = position;
      this.scene.setTime(position);
      this.viewport.invalidate();
    }
    for (const listener of this.frameListeners) listener(position);
  }

  /** Draws the frame now, outside the animation loop, and tells those who follow drawn frames (the overlay key reads the scene then). */
  renderNow(): void {
    this.viewport.renderNow();
    this.framesDrawn++;
    for (const listener of this.renderListeners) listener();
  }

  private readonly frame = (now: number): void => {
    if (!this.running) return;
    requestAnimationFrame(this.frame);
    const seconds = this.clock.tick(now);
    if (this.state.playing) {
      advance(this.state, seconds);
      const position = shownPosition(this.state);
      if (position !== this.shown) {
        this.shown = position;
        this.scene.setTime(position);
        this.viewport.invalidate();
        for (const listener of this.frameListeners) listener(position);
      }
    }
    if (this.viewport.renderIfNeeded()) {
      this.framesDrawn++;
      for (const listener of this.renderListeners) listener();
    }
  };
}
