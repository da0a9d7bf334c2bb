// Public API of the review rules engine: pure functions the meeting wizard, the decision stage and the CLI
// call. Every outcome carries reasons (code, Vietnamese message, article); every refusal is a
// `{ok:false, error:{code, message, details:{path}}}` Result, never a throw. Layer: shared.

export type { Reason } from './reasons';
export { INVALID_INPUT, errorPath, type InputErrorDetails } from './input-errors';

export { LEVELS, LEVEL_NAMES, compareLevels, isLevelCode, lowerLevel, type LevelCode } from './levels';
export {
  CHARTER_REFS,
  RULE_SETS,
  RULE_SET_IDS,
  defaultRuleSetForYear,
  getRuleSet,
  isRuleSetId,
  resolveRuleSet,
  ruleSetById,
  type RuleRefs,
  type RuleSet,
  type RuleSetId,
  type RuleSetMode,
} from './rule-sets';
export { addCalendarMonths, compareIsoDates, formatDateVi, isIsoDate, parseIsoDate } from './calendar';

export {
  MEMBER_STATUSES,
  canVote,
  checkEligibility,
  eligibleFrom,
  type Eligibility,
  type EligibilityInput,
  type MemberStatus,
} from './eligibility';
export { MEMBER_CATEGORIES, ORGANIZATION_FORM, formForCategory, type MemberCategory, type ReviewFormCode } from './forms';
export { levelForScore, toTenths, hasAtMostOneDecimal } from './score';
export {
  DISQUALIFIER_DESCRIPTIONS,
  INDIVIDUAL_DISQUALIFIERS,
  LEADER_DISQUALIFIERS,
  ORGANIZATION_DISQUALIFIERS,
  TASKS_UNDONE_MAJORITY,
  allowedDisqualifiers,
  type DisqualifierCode,
  type ListedDisqualifier,
  type Override,
  type SubjectKind,
} from './disqualifiers';

export { classify, defaultReviewDate, type ClassifyOutcome } from './classify';
export { checkQuota, htxsAllowed, quotaBase, type QuotaOutcome, type QuotaRatePercent } from './quota';
export { adoptedLevel, tallyVote, voteThreshold, type TallyOutcome, type VoteCounts } from './tally';
export {
  QUOTA_DENOMINATORS,
  VOTE_DENOMINATORS,
  VOTE_METHODS,
  type ClassifyInput,
  type ClassifyRequest,
  type QuotaDenominator,
  type QuotaInput,
  type QuotaRequest,
  type TallyInput,
  type TallyRequest,
  type VoteDenominator,
  type VoteMethod,
} from './schemas';
