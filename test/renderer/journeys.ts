// Reusable user journeys for the jsdom UI tests: each step drives the real UI (labels, buttons,
// keyboard) against a real core, the way a commune office worker would. `firstRunJourney` runs the
// whole first-day path: set-up → add a cell → add 3 members → search → edit a member. Layer: test.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { createElement } from 'react';
import { App } from '../../renderer/app/App';
import type { ApiClient } from '../../shared/contract/client';
import type { MethodInput } from '../../shared/contract/api';
import { sampleCommune, unwrap } from '../support/temp-core';

export type User = ReturnType<typeof userEvent.setup>;

export function renderApp(client: ApiClient) {
  const user = userEvent.setup();
  const view = render(createElement(App, { client }));
  return { user, ...view };
}

/** Fills "Thiết lập đảng bộ xã" and presses "Bắt đầu"; waits for the dashboard. */
export async function completeSetup(user: User, commune = sampleCommune) {
  await screen.findByRole('heading', { name: 'Thiết lập đảng bộ xã' });
  await user.type(screen.getByLabelText(/^Tên đảng bộ xã/), commune.name);
  await user.type(screen.getByLabelText(/^Tỉnh\/thành phố/), commune.province);
  const upper = screen.getByLabelText(/^Tên cấp trên/);
  await user.clear(upper);
  await user.type(upper, commune.upperLevelName);
  const place = screen.getByLabelText(/^Địa danh ghi trên văn bản/);
  await user.clear(place);
  await user.type(place, commune.placeName);
  await user.click(screen.getByRole('button', { name: 'Bắt đầu' }));
  await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
}

export type PageName = 'Tổng quan' | 'Tổ chức đảng' | 'Đảng viên' | 'Cài đặt';

export async function goTo(user: User, page: PageName) {
  const nav = screen.getByRole('navigation', { name: 'Chức năng chính' });
  await user.click(within(nav).getByRole('button', { name: page }));
  await screen.findByRole('heading', { name: page, level: 1 });
}

/** The tree's button of a unit (its accessible name starts with the unit's name). */
export function treeUnit(name: string): HTMLElement {
  const tree = screen.getByRole('list', { name: 'Cây tổ chức đảng' });
  return within(tree).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) });
}

export interface NewUnit {
  name: string;
  kind: 'Chi bộ cơ sở' | 'Đảng bộ cơ sở' | 'Chi bộ trực thuộc';
  type: string;
  /** Default: the commune (the tree's root). */
  parent?: string;
}

/** On "Tổ chức đảng": chooses the parent in the tree, "Thêm tổ chức đảng trực thuộc", fills and saves. */
export async function addOrgUnit(user: User, unit: NewUnit) {
  await user.click(treeUnit(unit.parent ?? sampleCommune.name));
  await user.click(screen.getByRole('button', { name: 'Thêm tổ chức đảng trực thuộc' }));
  const dialog = await screen.findByRole('dialog', { name: 'Thêm tổ chức đảng' });
  const kind = within(dialog).getByLabelText(/^Loại tổ chức/) as HTMLSelectElement;
  if (!kind.disabled && kind.value === '') await user.selectOptions(kind, unit.kind);
  await user.selectOptions(within(dialog).getByLabelText(/^Loại hình/), unit.type);
  await user.type(within(dialog).getByLabelText(/^Tên tổ chức đảng/), unit.name);
  await user.click(within(dialog).getByRole('button', { name: 'Thêm' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(treeUnit(unit.name)).toBeTruthy());
}

export interface MemberFixture {
  fullName: string;
  gender: 'Nam' | 'Nữ';
  birthDate: string;
  admittedOn: string;
  confirmedOn?: string;
  status?: 'Chính thức' | 'Dự bị';
  citizenId?: string;
  cardNo?: string;
  /** The visible label of the category option. */
  category?: string;
  unit?: string;
}

export const CATEGORY_OUTSIDE = 'Không làm việc trong hệ thống chính trị (Mẫu 02C)';

/** Sets a field by its label; dates are typed as YYYY-MM-DD, as in the date picker's value. */
export async function setField(user: User, label: RegExp, value: string) {
  const el = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (el instanceof HTMLSelectElement) {
    await user.selectOptions(el, value);
    return;
  }
  await user.clear(el);
  if (value !== '') await user.type(el, value);
}

/** Fills the member form (already open) with a fixture. */
export async function fillMemberForm(user: User, m: MemberFixture) {
  await setField(user, /^Họ và tên/, m.fullName);
  await setField(user, /^Giới tính/, m.gender);
  await setField(user, /^Ngày sinh/, m.birthDate);
  if (m.citizenId !== undefined) await setField(user, /^Số CCCD/, m.citizenId);
  if (m.unit) await setField(user, /^Chi bộ/, m.unit);
  if (m.status) await setField(user, /^Trạng thái/, m.status);
  await setField(user, /^Ngày vào Đảng/, m.admittedOn);
  if (m.confirmedOn !== undefined) await setField(user, /^Ngày chính thức/, m.confirmedOn);
  if (m.cardNo !== undefined) await setField(user, /^Số thẻ đảng viên/, m.cardNo);
  await setField(user, /^Loại đảng viên/, m.category ?? CATEGORY_OUTSIDE);
}

/** From the register: "Thêm đảng viên", fill, "Lưu"; waits for the member's record. */
export async function addMember(user: User, m: MemberFixture) {
  await user.click(screen.getByRole('button', { name: 'Thêm đảng viên' }));
  await screen.findByRole('heading', { name: 'Thêm đảng viên', level: 1 });
  await fillMemberForm(user, m);
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await waitFor(() => {
    if (!screen.queryByRole('heading', { name: m.fullName, level: 1 })) throw new Error(`not saved: ${formProblems().join(' | ') || 'no message'}`);
  });
}

/** The messages a form shows (its top alert and the errors under fields), for assertions and failures. */
export function formProblems(): string[] {
  return [...document.querySelectorAll('.form-alert, .field-error')].map((e) => e.textContent ?? '');
}

export async function backToRegister(user: User) {
  await user.click(screen.getByRole('button', { name: '← Danh sách đảng viên' }));
  await screen.findByRole('heading', { name: 'Đảng viên', level: 1 });
}

/** The full names of the rows the list shows, top to bottom. */
export function visibleMemberNames(): string[] {
  const grid = screen.queryByRole('grid', { name: 'Danh sách đảng viên' });
  if (!grid) return [];
  return within(grid)
    .queryAllByRole('row')
    .filter((row) => row.hasAttribute('data-member-id'))
    .map((row) => row.querySelector('.cell-name')?.textContent ?? '');
}

export async function search(user: User, query: string) {
  const box = screen.getByRole('searchbox', { name: 'Tìm đảng viên' });
  await user.clear(box);
  if (query) await user.type(box, query);
}

/** Clicks a member's row in the register and waits for the record. */
export async function openMember(user: User, fullName: string) {
  const grid = screen.getByRole('grid', { name: 'Danh sách đảng viên' });
  const row = within(grid)
    .getAllByRole('row')
    .find((r) => r.querySelector('.cell-name')?.textContent === fullName);
  if (!row) throw new Error(`no row for ${fullName}; rows: ${visibleMemberNames().join(', ')}`);
  await user.click(row);
  await screen.findByRole('heading', { name: fullName, level: 1 });
}

/** The value shown after a label in a record's facts list. */
export function factValue(label: string, scope: HTMLElement = document.body): string {
  const dt = within(scope)
    .getAllByText(label, { selector: 'dt' })
    .at(0);
  return dt?.nextElementSibling?.textContent ?? '';
}

export const journeyMembers: MemberFixture[] = [
  { fullName: 'Nguyễn Thị Bình', gender: 'Nữ', birthDate: '1980-03-15', admittedOn: '2005-05-19', confirmedOn: '2006-05-19', citizenId: '001180000001', cardNo: '10000001' },
  { fullName: 'Trần Văn An', gender: 'Nam', birthDate: '1975-09-02', admittedOn: '2000-02-03', confirmedOn: '2001-02-03', citizenId: '001075000002', cardNo: '10000002' },
  { fullName: 'Đặng Văn Cường', gender: 'Nam', birthDate: '1990-12-22', admittedOn: '2015-06-10', status: 'Dự bị', citizenId: '001090000003' },
];

export interface JourneyResult {
  user: User;
  cellName: string;
  members: MemberFixture[];
}

/**
 * First day with the app: set-up → add a cell → add 3 members → search → edit a member.
 * Leaves the app on the edited member's record. Asserts each step as the user would see it.
 */
export async function firstRunJourney(client: ApiClient): Promise<JourneyResult> {
  const { user } = renderApp(client);
  await completeSetup(user);
  expect(screen.getByText(sampleCommune.name, { selector: '.commune-name' })).toBeTruthy();

  const cellName = 'Chi bộ thôn Đông';
  await goTo(user, 'Tổ chức đảng');
  await addOrgUnit(user, { name: cellName, kind: 'Chi bộ cơ sở', type: 'Thôn, bản' });

  await goTo(user, 'Đảng viên');
  for (const m of journeyMembers) {
    await addMember(user, m);
    await backToRegister(user);
  }
  // Vietnamese list order: by given name — An, Bình, Cường.
  await waitFor(() => expect(visibleMemberNames()).toEqual(['Trần Văn An', 'Nguyễn Thị Bình', 'Đặng Văn Cường']));

  await search(user, 'dang');
  await waitFor(() => expect(visibleMemberNames()).toEqual(['Đặng Văn Cường']));
  expect(screen.getByText('Hiển thị 1 / 3 đảng viên')).toBeTruthy();

  await openMember(user, 'Đặng Văn Cường');
  await user.click(screen.getByRole('button', { name: 'Sửa thông tin' }));
  await screen.findByRole('heading', { name: 'Sửa thông tin: Đặng Văn Cường' });
  await setField(user, /^Đơn vị công tác/, 'Hợp tác xã Đông Hòa');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await screen.findByRole('heading', { name: 'Đặng Văn Cường', level: 1 });
  await waitFor(() => expect(factValue('Đơn vị công tác')).toBe('Hợp tác xã Đông Hòa'));
  return { user, cellName, members: journeyMembers };
}

/** Data straight through the API (faster than the UI) for tests about later screens. */
export async function seedCommune(client: ApiClient) {
  unwrap(await client.call('commune.setup', sampleCommune));
  const units = unwrap(await client.call('org.list'));
  const root = units.find((u) => u.kind === 'commune')!;
  const east = unwrap(await client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: 'Chi bộ thôn Đông' }));
  const school = unwrap(await client.call('org.create', { parentId: root.id, kind: 'basic-committee', type: 'school', name: 'Đảng bộ Trường THCS' }));
  const maths = unwrap(await client.call('org.create', { parentId: school.id, kind: 'cell', type: 'school', name: 'Chi bộ tổ Toán' }));
  return { root, east, school, maths };
}

export function memberInput(fullName: string, orgUnitId: string, extra: Partial<MethodInput<'member.create'>> = {}): MethodInput<'member.create'> {
  return {
    fullName,
    gender: 'male',
    birthDate: '1970-01-01',
    admittedOn: '1995-01-01',
    confirmedOn: '1996-01-01',
    orgUnitId,
    category: 'outside',
    status: 'official',
    ...extra,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
