/**
 * The page's `window.curvature` hook (renderer/app/automationHook.ts), typed for tests and
 * benchmarks by the renderer's own declarations: importing them declares `window.curvature`.
 */
export type {
  AutomationHook as HookView,
  PageState as PageStateView,
  RunState as RunStateView,
} from '../../../renderer/app/automationHook.ts';
