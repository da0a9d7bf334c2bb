// The member form: client-side checks with the core's messages, the core's own refusals next to
// the right field, focus on the first bad field, nothing lost on a refusal, and editing. Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { todayIso } from '../../shared/text/dates';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { backToRegister, factValue, fillMemberForm, formProblems, goTo, memberInput, openMember, renderApp, seedCommune, setField, visibleMemberNames, type MemberFixture } from './journeys';
import { formatDateVi } from '../../shared/text/dates';

const valid: MemberFixture = {
  fullName: 'Phạm Văn Minh',
  gender: 'Nam',
  birthDate: '1982-07-27',
  admittedOn: '2008-03-03',
  confirmedOn: '2009-03-03',
  citizenId: '001082000777',
  unit: 'Chi bộ thôn Đông',
};

/** The error text shown under a field (by the field's element id). */
function errorOf(id: string): string {
  return document.getElementById(`${id}-error`)?.textContent ?? '';
}

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return todayIso(d);
}

describe('member form', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  async function openNewForm() {
    const app = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(app.user, 'Đảng viên');
    await app.user.click(screen.getByRole('button', { name: 'Thêm đảng viên' }));
    await screen.findByRole('heading', { name: 'Thêm đảng viên', level: 1 });
    return app;
  }

  it('empty form: Vietnamese messages for required fields, focus on the first', async () => {
    await seedCommune(tc.client);
    const { user } = await openNewForm();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-fullName')).toBe('Họ và tên: không được để trống.');
    expect(errorOf('member-gender')).toBe('Giới tính: hãy chọn một mục trong danh sách.');
    expect(errorOf('member-birthDate')).toMatch(/^Ngày sinh: /);
    expect(errorOf('member-category')).toMatch(/^Loại đảng viên: /);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Họ và tên/));
    expect(formProblems()[0]).toBe('Chưa lưu được. Hãy sửa các chỗ ghi chữ đỏ bên dưới.');
  });

  it('CCCD of 11 digits, ngày chính thức before ngày vào Đảng, a future date — all shown, values kept', async () => {
    await seedCommune(tc.client);
    const { user } = await openNewForm();
    await fillMemberForm(user, { ...valid, citizenId: '00108200077', confirmedOn: '2007-01-01' });
    await setField(user, /^Ngày sinh/, tomorrow());
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-citizenId')).toBe('Số CCCD phải gồm đúng 12 chữ số.');
    expect(errorOf('member-birthDate')).toBe('Ngày sinh không được ở tương lai.');
    // Focus goes to the first bad field in screen order (Ngày sinh comes before Số CCCD).
    expect(document.activeElement).toBe(screen.getByLabelText(/^Ngày sinh/));

    await setField(user, /^Ngày sinh/, valid.birthDate);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-confirmedOn')).toBe('Ngày chính thức phải sau ngày vào Đảng.');
    expect(errorOf('member-birthDate')).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Số CCCD/));
    expect((screen.getByLabelText(/^Họ và tên/) as HTMLInputElement).value).toBe(valid.fullName);

    await setField(user, /^Số CCCD/, valid.citizenId!);
    await setField(user, /^Ngày chính thức/, tomorrow());
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-confirmedOn')).toBe('Ngày chính thức không được ở tương lai.');
    expect(unwrap(await tc.client.call('member.list', {}))).toHaveLength(0);
  });

  it('shows the core\'s duplicate-CCCD refusal next to Số CCCD and keeps what was typed', async () => {
    const { east } = await seedCommune(tc.client);
    unwrap(await tc.client.call('member.create', memberInput('Lê Thị Hoa', east.id, { gender: 'female', citizenId: valid.citizenId })));
    const { user } = await openNewForm();
    await fillMemberForm(user, valid);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(errorOf('member-citizenId')).toBe(`Số CCCD ${valid.citizenId} đã có ở đảng viên Lê Thị Hoa.`));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Số CCCD/));
    expect(screen.getByRole('heading', { name: 'Thêm đảng viên', level: 1 })).toBeTruthy();
    expect((screen.getByLabelText(/^Họ và tên/) as HTMLInputElement).value).toBe(valid.fullName);
    expect((screen.getByLabelText(/^Ngày vào Đảng/) as HTMLInputElement).value).toBe(formatDateVi(valid.admittedOn)); // shown day first

    // Correcting the number saves.
    await setField(user, /^Số CCCD/, '001082000778');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('heading', { name: valid.fullName, level: 1 });
  });

  it('a probationary member cannot have ngày chính thức; an official one needs it', async () => {
    await seedCommune(tc.client);
    const { user } = await openNewForm();
    await fillMemberForm(user, { ...valid, confirmedOn: '' });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-confirmedOn')).toBe('Đảng viên chính thức cần có ngày chính thức.');
    await setField(user, /^Trạng thái/, 'Dự bị');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('heading', { name: valid.fullName, level: 1 });
    expect(factValue('Trạng thái')).toBe('Dự bị');
  });

  it('edits a member; the change is there after re-opening the record', async () => {
    const { east } = await seedCommune(tc.client);
    unwrap(await tc.client.call('member.create', memberInput('Trần Văn An', east.id, { citizenId: '001070000001' })));
    const { user } = renderApp(tc.client);
    await screen.findByRole('heading', { name: 'Tổng quan', level: 1 });
    await goTo(user, 'Đảng viên');
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Trần Văn An']));
    await openMember(user, 'Trần Văn An');
    await user.click(screen.getByRole('button', { name: 'Sửa thông tin' }));
    await screen.findByRole('heading', { name: 'Sửa thông tin: Trần Văn An' });
    // The chi bộ is changed by a transfer, not here.
    expect((screen.getByLabelText(/^Chi bộ/) as HTMLSelectElement).disabled).toBe(true);
    await setField(user, /^Họ và tên/, 'Trần Văn Ân');
    await setField(user, /^Số điện thoại/, '0912345678');
    await setField(user, /^Số CCCD/, '12345');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(errorOf('member-citizenId')).toBe('Số CCCD phải gồm đúng 12 chữ số.');
    await setField(user, /^Số CCCD/, '001070000009');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('heading', { name: 'Trần Văn Ân', level: 1 });

    await backToRegister(user);
    await waitFor(() => expect(visibleMemberNames()).toEqual(['Trần Văn Ân']));
    await openMember(user, 'Trần Văn Ân');
    expect(factValue('Số điện thoại')).toBe('0912345678');
    expect(factValue('Số CCCD')).toBe('001070000009');
  });
});
