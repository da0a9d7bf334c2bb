// The first-day journey end to end on a real core: set-up, a cell, three members, search, edit.
// Layer: test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openTempCore, type TempCore } from '../support/temp-core';
import { backToRegister, firstRunJourney, openMember, factValue, visibleMemberNames } from './journeys';

describe('first-day journey', () => {
  let tc: TempCore;
  beforeEach(() => {
    tc = openTempCore();
  });
  afterEach(() => tc.cleanup());

  it('sets up, adds a cell and members, searches and edits; the edit survives re-opening', async () => {
    const { user } = await firstRunJourney(tc.client);
    await backToRegister(user);
    // The search is kept when coming back to the list.
    expect(visibleMemberNames()).toEqual(['Đặng Văn Cường']);
    await openMember(user, 'Đặng Văn Cường');
    expect(factValue('Đơn vị công tác')).toBe('Hợp tác xã Đông Hòa');
    expect(screen.getByText('Chi bộ thôn Đông', { selector: 'dd' })).toBeTruthy();
  });
});
