// Builders and assertions shared by the rule-engine tests. Not a test file itself (no `.test.` in the name).
import { expect } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { errorPath, type ClassifyRequest } from '../../../shared/rules/index';

/** An eligible official member (category `outside`) who meets every HTXS condition with 92 points. */
export function memberRequest(patch: Partial<ClassifyRequest> = {}): ClassifyRequest {
  return {
    ruleSet: 'QD366-2025',
    reviewYear: 2026,
    reviewDate: '2026-12-01',
    subject: 'member',
    member: { status: 'official', admittedOn: '2001-05-19', category: 'outside' },
    score: { common: 27, tasks: 65 },
    tasks: { donePct: 100, latePct: 0, exceededPct: 35 },
    previousShortcomings: { total: 1, fixed: 1 },
    disqualifiers: [],
    override: null,
    ...patch,
  };
}

/** An organization (chi bộ) that meets every HTXS condition with 92 points. */
export function organizationRequest(patch: Partial<ClassifyRequest> = {}): ClassifyRequest {
  return {
    ruleSet: 'QD366-2025',
    reviewYear: 2026,
    subject: 'organization',
    organization: { disciplinedMember: false },
    score: { common: 27, tasks: 65 },
    tasks: { donePct: 100, latePct: 0, exceededPct: 35 },
    previousShortcomings: { total: 0, fixed: 0 },
    disqualifiers: [],
    override: null,
    ...patch,
  };
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Asserts a refusal with this code and field path; returns the Vietnamese message for further checks. */
export function expectRefused(result: Result<unknown>, code: string, path?: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(errorPath(result.error)).toBe(path);
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.message).toBe(result.error.message.normalize('NFC'));
  return result.error.message;
}
