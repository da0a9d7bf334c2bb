// Member form rules: schema (NFC, required fields, real dates) and cross-field consistency.
import { describe, expect, it } from 'vitest';
import { memberConsistencyIssues, memberCreateSchema } from '../../shared/domain/member';

const today = '2026-11-21';
const valid = {
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1970-05-01',
  citizenId: '025070001234',
  cardNo: '12345678',
  admittedOn: '1995-03-03',
  confirmedOn: '1996-03-03',
  orgUnitId: 'u1',
  category: 'outside',
  status: 'official',
  phone: '0912 345 678',
} as const;

const issuesFor = (patch: Record<string, unknown>) => {
  const parsed = memberCreateSchema.parse({ ...valid, ...patch });
  return memberConsistencyIssues(parsed, today);
};

describe('member schema', () => {
  it('accepts a complete record and normalizes text to NFC', () => {
    const parsed = memberCreateSchema.parse({ ...valid, fullName: '  Nguyễn   Văn An '.normalize('NFD') });
    expect(parsed.fullName).toBe('Nguyễn Văn An');
    expect(parsed.partyRole).toBe('member');
    expect(parsed.ethnicity).toBeNull();
  });
  it('refuses an empty name with a Vietnamese message naming the field', () => {
    const r = memberCreateSchema.safeParse({ ...valid, fullName: '   ' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('Họ và tên: không được để trống.');
  });
  it('refuses impossible dates', () => {
    const r = memberCreateSchema.safeParse({ ...valid, birthDate: '1970-02-30' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['birthDate']);
    expect(r.error!.issues[0]!.message).toMatch(/Ngày sinh: ngày không hợp lệ/);
  });
  it('treats an empty optional date as missing', () => {
    expect(memberCreateSchema.parse({ ...valid, status: 'probationary', confirmedOn: '' }).confirmedOn).toBeNull();
  });
});

describe('member consistency rules', () => {
  it('passes a valid record', () => {
    expect(issuesFor({})).toEqual([]);
  });
  it('CCCD must be exactly 12 digits', () => {
    expect(issuesFor({ citizenId: '02507000123' })).toEqual([{ field: 'citizenId', message: 'Số CCCD phải gồm đúng 12 chữ số.' }]);
    expect(issuesFor({ citizenId: '02507000123a' })[0]!.field).toBe('citizenId');
    expect(issuesFor({ citizenId: '' })).toEqual([]);
  });
  it('card number format', () => {
    expect(issuesFor({ cardNo: '12' })[0]!.field).toBe('cardNo');
  });
  it('phone number format', () => {
    expect(issuesFor({ phone: '12345' })[0]!.field).toBe('phone');
    expect(issuesFor({ phone: '+84912345678' })).toEqual([]);
  });
  it('ngày chính thức must be after ngày vào Đảng', () => {
    expect(issuesFor({ confirmedOn: '1995-03-03' })).toEqual([{ field: 'confirmedOn', message: 'Ngày chính thức phải sau ngày vào Đảng.' }]);
    expect(issuesFor({ confirmedOn: '1994-01-01' })[0]!.field).toBe('confirmedOn');
  });
  it('dates may not be in the future', () => {
    expect(issuesFor({ birthDate: '2026-11-22' }).map((i) => i.field)).toContain('birthDate');
    expect(issuesFor({ admittedOn: '2026-11-22', confirmedOn: null, status: 'probationary' }).map((i) => i.field)).toEqual(['admittedOn']);
    expect(issuesFor({ confirmedOn: '2026-11-22' }).map((i) => i.field)).toEqual(['confirmedOn']);
    expect(issuesFor({ admittedOn: '2026-11-21', confirmedOn: null, status: 'probationary', birthDate: '2000-01-01' })).toEqual([]);
  });
  it('admission needs the member to be 18', () => {
    expect(issuesFor({ birthDate: '1977-03-04' })[0]!.field).toBe('admittedOn');
    expect(issuesFor({ birthDate: '1977-03-03' })).toEqual([]);
  });
  it('official members need ngày chính thức; probationary members must not have one', () => {
    expect(issuesFor({ confirmedOn: null })[0]!.field).toBe('confirmedOn');
    expect(issuesFor({ status: 'probationary' })[0]!.field).toBe('confirmedOn');
  });
});
