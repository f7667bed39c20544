/** The scheduling rules: pure, shared by the main process, the solver worker and the renderer's drag preview. */
export * from './catalog';
export * from './settings';
export * from './settings-of';
export * from './finding';
export * from './proposal';
export * from './input';
export { compile, type CompiledModel, MINUTES } from './compile';
export { RulesEngine, detectConflicts, type FindingsDelta } from './engine';
export { RawFinding } from './raw';
export { materialize } from './messages';
export { naiveDetect } from './naive-oracle';
export { WeekendCalendar } from './weekend-calendar';
export { explainFinding, type Explanation } from './explain';
export { proposeMove, proposeSwap, FIX_SEARCH_DAYS, type MoveProposal, type SwapProposal } from './fix-proposal';
