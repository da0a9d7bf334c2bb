// Public API of the review-year module: year settings, criteria templates and the eligibility view.
// Pure functions and types; the core stores and serves them. Layer: shared.
export * from './year-settings';
export * from './criteria';
export * from './default-criteria';
export * from './eligibility-view';
