/** The public surface of Curvature's mathematics. Other folders import from here only. */
export type { Result } from './result.ts';
export { ok, fail } from './result.ts';
export type { ExpressionError } from './expression/ExpressionError.ts';
export { parseExpression } from './expression/parseExpression.ts';
export { EXPRESSION_LIMITS } from './expression/limits.ts';
export { ALLOWED_FUNCTIONS } from './expression/allowlist.ts';
export type { Objective, Vector } from './objective/Objective.ts';
export { planeObjective, evaluateWithHessian, hasSecondDerivatives, type VectorObjective } from './objective/VectorObjective.ts';
export { compileObjective, objectiveFromExpr } from './objective/compileObjective.ts';
export { pointStatus, type PointStatus } from './objective/differentiability.ts';
export { PRESETS, findPreset, type Preset, type KnownPoint } from './presets/presets.ts';
export { symmetricEigen, type SymmetricEigen } from './models/symmetricEigen.ts';
export { classifyShape, type Shape } from './models/classifyShape.ts';
export { localModels, tangentPlaneAt, quadraticModelAt, type LocalModels, type LocalModelsError } from './models/localModels.ts';
export { DEFAULT_DOMAIN, checkDomain, type Domain } from './grid/Domain.ts';
export {
  sampleGrid,
  toLogScale,
  gridCoordinates,
  heightOf,
  logOffsetFor,
  MAX_GRID_SIZE,
  type SurfaceGrid,
  type GridOptions,
  type HeightScale,
} from './grid/sampleGrid.ts';
export { surfaceNormals } from './grid/surfaceNormals.ts';
export { suggestHeightScale } from './grid/suggestHeightScale.ts';
export { resolveFunction, type ResolvedFunction } from './resolveFunction.ts';
export type { SessionDocument, RunSpec, CameraState, ViewToggles, ExportSettings, CameraKeyframe } from './session/SessionDocument.ts';
export { SESSION_FORMAT, SESSION_VERSION } from './session/SessionDocument.ts';
export type { Trajectory, StopReason } from './trajectory/Trajectory.ts';
export type { SessionError } from './session/SessionError.ts';
export { defaultSession, defaultRun } from './session/defaultSession.ts';
export { parseSessionText, parseSessionBytes, type ParseSessionOptions } from './session/parseSession.ts';
export { serializeSession } from './session/serializeSession.ts';
export { validateSession } from './session/validateSession.ts';
export { MIGRATIONS, migrateSession, type Migration } from './session/migrations.ts';
export { SESSION_LIMITS, MAX_RUNS } from './session/sessionLimits.ts';
export { RUN_PALETTE } from './session/runDefaults.ts';
export { runStart, runSteps, longestBudget } from './session/runBudget.ts';
export type { Optimizer, Pair, SymmetricMatrix, Step, Move, SingularStep, StepContext } from './optimizers/Optimizer.ts';
export type { OptimizerDescriptor } from './optimizers/OptimizerDescriptor.ts';
export {
  allowedNotation,
  describeAllowed,
  isAllowed,
  type Hyperparameter,
  type HyperparameterSchema,
  type HyperparameterValue,
  type Hyperparameters,
  type RealHyperparameter,
  type IntegerHyperparameter,
  type EnumHyperparameter,
} from './optimizers/Hyperparameter.ts';
export { OPTIMIZERS, OPTIMIZER_NAMES, isOptimizerName, type OptimizerName } from './optimizers/registry.ts';
export {
  checkHyperparameter,
  defaultHyperparameters,
  resolveHyperparameters,
  type HyperparameterError,
} from './optimizers/checkHyperparameters.ts';
export { SINGULAR_TOLERANCE, isSingularSymmetric } from './optimizers/singularity.ts';
export { runTrajectory } from './trajectory/runTrajectory.ts';
export { runVectorTrajectory, type RecordingOptions } from './trajectory/runVectorTrajectory.ts';
export { MAX_SECOND_ORDER_PARAMETERS } from './optimizers/secondOrderLimit.ts';
export { symmetricEigenDecomposition } from './linear/symmetricEigenDecomposition.ts';
export { compareRuns, type ComparedRun, type Comparison } from './trajectory/compareRuns.ts';
export { MAX_STEPS, DEFAULT_TOLERANCE, DEFAULT_BOUND, checkRunOptions, type RunOptions } from './trajectory/runOptions.ts';
export type { TrajectoryError } from './trajectory/TrajectoryError.ts';
