/** The public surface of Curvature's mathematics. Other folders import from here only. */
export type { Result } from './result.ts';
export { ok, fail } from './result.ts';
export type { ExpressionError } from './expression/ExpressionError.ts';
export { parseExpression } from './expression/parseExpression.ts';
export { EXPRESSION_LIMITS } from './expression/limits.ts';
export { ALLOWED_FUNCTIONS } from './expression/allowlist.ts';
export type { Objective, Vector } from './objective/Objective.ts';
export { compileObjective, objectiveFromExpr } from './objective/compileObjective.ts';
export { pointStatus, type PointStatus } from './objective/differentiability.ts';
export { PRESETS, findPreset, type Preset, type KnownPoint } from './presets/presets.ts';
export { symmetricEigen, type SymmetricEigen } from './models/symmetricEigen.ts';
export { classifyShape, type Shape } from './models/classifyShape.ts';
export { localModels, tangentPlaneAt, quadraticModelAt, type LocalModels, type LocalModelsError } from './models/localModels.ts';
export { DEFAULT_DOMAIN, containsPoint, checkDomain, type Domain } from './grid/Domain.ts';
export { sampleGrid, heightOf, logOffsetFor, MAX_GRID_SIZE, type SurfaceGrid, type GridOptions, type HeightScale } from './grid/sampleGrid.ts';
export { surfaceNormals } from './grid/surfaceNormals.ts';
export { suggestHeightScale } from './grid/suggestHeightScale.ts';
export { resolveFunction, type ResolvedFunction } from './resolveFunction.ts';
