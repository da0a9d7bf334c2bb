// Public API of the meeting module: the review meeting's record and view, the wizard steps and their
// gating, the minutes content model, carry-over of shortcomings, the Đảng ủy decision stage, the progress
// board and the per-member history. Pure functions and types; the core stores and serves them.
// Layer: shared.
export * from './labels';
export * from './types';
export * from './working-days';
export * from './canonical';
export * from './roster';
export * from './review';
export * from './carry-over';
export * from './votes';
export * from './steps';
export * from './minutes';
export * from './view';
export * from './record-diff';
export * from './decision';
export * from './board';
export * from './history';
export * from './inputs';
