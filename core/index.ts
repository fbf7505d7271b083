/** The public surface of Curvature's mathematics. Other folders import from here only. */
export type { Result } from './result.ts';
export { ok, fail } from './result.ts';
export { quoteUntrusted, escapeUnprintable, excerpt, isPrintable, codePointName, EXCERPT_LENGTH } from './text/quoteUntrusted.ts';
export { errorCode } from './text/errorCode.ts';
export { TEMP_VANISHED, writeFailureSentence } from './text/writeFailure.ts';
export { expressionError, type ExpressionError } from './expression/ExpressionError.ts';
export { parseExpression } from './expression/parseExpression.ts';
export { expressionTex, meanOverRowsTex } from './expression/expressionTex.ts';
export { EXPRESSION_LIMITS } from './expression/limits.ts';
export { ALLOWED_FUNCTIONS } from './expression/allowlist.ts';
export type { Objective, Vector } from './objective/Objective.ts';
export { planeObjective, evaluateWithHessian, hasSecondDerivatives, type VectorObjective } from './objective/VectorObjective.ts';
export { compileObjective, objectiveFromExpr } from './objective/compileObjective.ts';
export { pointStatus, type PointStatus } from './objective/differentiability.ts';
export { PRESETS, findPreset, type Preset, type KnownPoint } from './presets/presets.ts';
export { presetHyperparameters, presetSteps } from './presets/presetRunDefaults.ts';
export { symmetricEigen, type SymmetricEigen } from './models/symmetricEigen.ts';
export { classifyShape, type Shape } from './models/classifyShape.ts';
export { localModels, tangentPlaneAt, quadraticModelAt, type LocalModels, type LocalModelsError } from './models/localModels.ts';
export { DEFAULT_DOMAIN, containsPoint, checkDomain, type Domain } from './grid/Domain.ts';
export { fitDomain } from './grid/fitDomain.ts';
export {
  sampleGrid,
  sampleGridRows,
  mergeRowSummaries,
  assembleGrid,
  gridBuffers,
  toLogScale,
  gridCoordinates,
  heightOf,
  logOffsetFor,
  MAX_GRID_SIZE,
  type SurfaceGrid,
  type GridOptions,
  type GridBuffers,
  type RowsSummary,
  type HeightScale,
} from './grid/sampleGrid.ts';
export { lowestInView, type LowestInView } from './grid/lowestInView.ts';
export { surfaceNormals } from './grid/surfaceNormals.ts';
export { suggestHeightScale } from './grid/suggestHeightScale.ts';
export { resolveFunction, type ResolvedFunction } from './resolveFunction.ts';
export type {
  SessionDocument,
  RunSpec,
  CameraState,
  ViewToggles,
  ExportSettings,
  CameraKeyframe,
  EmbeddedData,
  EmbeddedSurface,
  EmbeddedTrajectory,
  SurfaceLayerValues,
} from './session/SessionDocument.ts';
export {
  resolveSessionObjective,
  datasetOfEmbedded,
  embedDataset,
  embedSurface,
  type ObjectiveSource,
  type SourceError,
} from './session/sessionObjective.ts';
export { importFileIntoSession, type ImportedFile, type LossCurve } from './session/importFile.ts';
export { describeSurfaceLayer, showSurfaceLayer, surfaceLayerKeys } from './session/showSurfaceLayer.ts';
export { SESSION_FORMAT, SESSION_VERSION } from './session/SessionDocument.ts';
export type { Trajectory, StopReason } from './trajectory/Trajectory.ts';
export type { SessionError } from './session/SessionError.ts';
export { defaultSession, defaultRun } from './session/defaultSession.ts';
export { OVERLAY_FLAGS, OVERLAY_FLAG_DEFAULTS, type OverlayFlag, type OverlayFlags } from './session/overlayFlags.ts';
export { parseSessionText, parseSessionBytes, type ParseSessionOptions } from './session/parseSession.ts';
export { serializeSession } from './session/serializeSession.ts';
export { validateSession } from './session/validateSession.ts';
export { MIGRATIONS, migrateSession, type Migration } from './session/migrations.ts';
export { SESSION_LIMITS, MAX_RUNS } from './session/sessionLimits.ts';
export { frameCountFor } from './session/frameCount.ts';
export { EXPORT_LIMITS, GIF_MIN_FPS } from './session/exportLimits.ts';
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
export {
  OPTIMIZERS,
  OPTIMIZER_NAMES,
  STEPPED_OPTIMIZER_NAMES,
  isOptimizerName,
  type OptimizerName,
  type SteppedOptimizerName,
} from './optimizers/registry.ts';
export {
  checkHyperparameter,
  defaultHyperparameters,
  resolveHyperparameters,
  type HyperparameterError,
} from './optimizers/checkHyperparameters.ts';
export { SINGULAR_TOLERANCE, isSingularSymmetric } from './optimizers/singularity.ts';
export { runTrajectory } from './trajectory/runTrajectory.ts';
export { stepAnatomy, stepHyperparameters, type StepAnatomy, type StepArrow } from './trajectory/stepAnatomy.ts';
export { runVectorTrajectory, type RecordingOptions } from './trajectory/runVectorTrajectory.ts';
export { MAX_SECOND_ORDER_PARAMETERS } from './optimizers/secondOrderLimit.ts';
export { symmetricEigenDecomposition } from './linear/symmetricEigenDecomposition.ts';
export { compareRuns, type ComparedRun, type Comparison } from './trajectory/compareRuns.ts';
export { MAX_STEPS, DEFAULT_TOLERANCE, DEFAULT_BOUND, checkRunOptions, type RunOptions } from './trajectory/runOptions.ts';
export type { TrajectoryError } from './trajectory/TrajectoryError.ts';
export { domainExcursions, type Excursion } from './trajectory/domainExcursions.ts';
export {
  NETWORK_FORMAT,
  ACTIVATIONS,
  LOSSES,
  MAX_NETWORK_PARAMETERS,
  type Activation,
  type LossName,
  type LayerSpec,
  type NetworkSpec,
} from './network/NetworkSpec.ts';
export type { NetworkError } from './network/NetworkError.ts';
export { layoutOf, flattenLayers, unflattenLayers, withParameters, type NetworkLayout } from './network/NetworkLayout.ts';
export { parseNetworkText, validateNetwork } from './network/validateNetwork.ts';
export { initialiseNetwork, type NetworkShape } from './network/initialiseNetwork.ts';
export { bindNetwork, type NetworkProblem } from './network/bindNetwork.ts';
export { networkObjective } from './network/networkObjective.ts';
export type { RowLoss } from './network/RowLoss.ts';
export type { Progress } from './network/Progress.ts';
export {
  hessianMatrix,
  topHessianEigen,
  hessianTrace,
  spectralDensity,
  densityCurve,
  MAX_DENSE_HESSIAN,
  type TopEigen,
  type TopEigenOptions,
  type TraceEstimate,
  type SpectralDensity,
} from './network/hessianSpectrum.ts';
export {
  filterNormalizedDirection,
  randomDirections,
  hessianDirections,
  trajectoryPlane,
  type TrajectoryPlane,
} from './network/directions.ts';
export { parseDirections } from './network/parseDirections.ts';
export { sliceObjective, sliceGrid, type SliceGrid } from './network/sliceObjective.ts';
export { trainNetwork, type TrainingOptimizer, type TrainOptions, type TrainResult } from './network/trainNetwork.ts';
export { trainLbfgs } from './network/trainLbfgs.ts';
export { lineSlice, type LineSlice, type LineSliceOptions } from './models/lineSlice.ts';
export { lineDirection, stepLine, type LineDirection, type LineMark, type StepLine, type StepLineOptions } from './models/stepLine.ts';
export {
  lbfgsStep,
  initialLbfgsState,
  LBFGS_DEFAULTS,
  LINE_SEARCHES,
  type LbfgsSettings,
  type LbfgsState,
  type LbfgsStep,
  type LineSearch,
} from './lbfgs/lbfgs.ts';
export { ARMIJO_C1, CURVATURE_C2, MAX_LINE_SEARCH_EVALUATIONS, type LineSearchTrial } from './lbfgs/strongWolfe.ts';
export { historyAt, impliedInverseHessian, impliedHessian2 } from './lbfgs/impliedCurvature.ts';
export type { CurvatureHistory } from './lbfgs/CurvatureHistory.ts';
export type { Schedule, ScheduleName, ScheduleValues } from './schedules/Schedule.ts';
export { SCHEDULES, SCHEDULE_NAMES, isScheduleName, scheduleValues, checkScheduleSteps } from './schedules/registry.ts';
export { checkSchedule, type ScheduleError } from './schedules/checkSchedule.ts';
export { checkRunSchedule } from './trajectory/checkRunSchedule.ts';
export { parseSchedule } from './schedules/parseSchedule.ts';
export { runLbfgs, type LbfgsRun, type LbfgsRunOptions, type LbfgsRunError } from './lbfgs/runLbfgs.ts';
export type { LbfgsWalk } from './lbfgs/walkLbfgs.ts';
export { columnOf, type Dataset } from './data/Dataset.ts';
export { DATA_LIMITS } from './data/dataLimits.ts';
export type { DataError } from './data/DataError.ts';
export { parseCsvDataset } from './data/parseCsvDataset.ts';
export { datasetFromColumns } from './data/checkDataset.ts';
export { columnNameProblem } from './data/columnName.ts';
export {
  BUILTIN_DATASETS,
  builtinDataset,
  findBuiltinDataset,
  type BuiltinDataset,
  type GeneratorOptions,
} from './data/builtinDatasets.ts';
export { compilePerSampleObjective, perSampleObjective, type PerSampleObjective } from './objective/perSampleObjective.ts';
export { hessianMakeup } from './objective/hessianMakeup.ts';
export { DATASET_PRESETS, findDatasetPreset, type DatasetPreset } from './presets/datasetPresets.ts';
export { presetDataset } from './resolveFunction.ts';
export { MiniBatches, miniBatchProblem } from './data/MiniBatches.ts';
export { runMiniBatches, type BatchOptions, type MiniBatchTrajectory } from './trajectory/runMiniBatches.ts';
export type { SurfaceFile, GridFile, CurveFile, PathFile, SurfaceLayer } from './surface/SurfaceFile.ts';
export { holesOf } from './surface/SurfaceFile.ts';
export type { SurfaceError } from './surface/SurfaceError.ts';
export { SURFACE_LIMITS } from './surface/surfaceLimits.ts';
export { readH5Surface } from './surface/readH5Surface.ts';
export { readCsvGrid } from './surface/readCsvGrid.ts';
export { openSurfaceFile } from './surface/openSurfaceFile.ts';
export { bicubicInterpolant } from './surface/bicubicInterpolant.ts';
export { resolveSurface, DEFAULT_SURFACE_KEY, type ResolvedSurface } from './surface/resolveSurface.ts';
export { fitPicture, CURVE_SAMPLES, BOUNDARY_FLOATS, type FitPicture, type FitSpec } from './data/modelFit.ts';
export { inferFitSpec } from './data/inferFitSpec.ts';
export { coverageNote } from './grid/coverageNote.ts';
