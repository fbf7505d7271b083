import { cameraAt } from './cameraMoves.ts';
import type { ExportPlan } from './exportPlan.ts';
import type { ExportScene } from './ExportScene.ts';
import { FrameCompositor } from './FrameCompositor.ts';
import type { FrameSource } from './FrameSource.ts';
import { frameTime, timelinePosition } from './frameSchedule.ts';
import type { OverlayContent } from './overlays/OverlayContent.ts';
import { timedAsync } from './exportTimings.ts';

/** The overlays a plan asks for, filled from the scene. */
export function overlayContentFor(plan: ExportPlan, scene: ExportScene): OverlayContent {
  const runs = scene.runs();
  const theme = scene.theme();
  const title = plan.title.trim();
  const chart = scene.lossChart();
  return {
    title: plan.include.title && title !== '' ? title : null,
    formula: plan.include.formula ? scene.formula() : null,
    legend: plan.include.legend && runs.length > 0 ? runs : null,
    trajectories: plan.include.legend ? scene.trajectories() : [],
    overlayKey: plan.include.legend,
    colorBar: plan.include.legend ? scene.surface() : null,
    lossChart: plan.include.lossChart && runs.length > 0 ? { runs, ...chart, scale: plan.lossScale } : null,
    fit: plan.include.fit ? scene.fit() : null,
    stepLine: plan.include.stepLine,
    textColor: theme.text,
    panelColor: theme.background,
    transparent: plan.transparent,
  };
}

/** Frames of a planned export: the scene at each frame's timeline position and camera, with its overlays. */
export class SceneFrameSource implements FrameSource {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly frameCount: number;
  private readonly compositor: FrameCompositor;

  constructor(
    private readonly scene: ExportScene,
    private readonly plan: ExportPlan,
  ) {
    this.width = plan.width;
    this.height = plan.height;
    this.fps = plan.schedule.fps;
    this.frameCount = plan.schedule.frameCount;
    this.compositor = new FrameCompositor(plan.width, plan.height, overlayContentFor(plan, scene));
  }

  /** Timeline position and camera of frame `index`. */
  frameState(index: number) {
    const { schedule, cameraMove, camera } = this.plan;
    const iteration = timelinePosition(schedule, index);
    return { iteration, camera: cameraAt(cameraMove, camera, frameTime(schedule, index)) };
  }

  async renderFrame(index: number): Promise<OffscreenCanvas> {
    const { iteration, camera } = this.frameState(index);
    const { scene } = this.compositor.layout;
    const drawn = await timedAsync('draw', async () =>
      this.scene.renderFrame({ iteration, camera, width: scene.width, height: scene.height, transparent: this.plan.transparent }),
    );
    const key = this.scene.overlayKey();
    const stepLine = this.plan.include.stepLine ? await this.scene.stepLine(iteration) : null;
    return this.compositor.compose(drawn, { iteration, key, stepLine });
  }
}
