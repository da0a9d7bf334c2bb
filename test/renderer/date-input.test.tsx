// The date box reads day first whatever the browser's language, and hands the form an ISO date.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TextField } from '../../renderer/ui/fields';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <TextField id="d" label="Ngày sinh" type="date" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('date input', () => {
  it('shows a stored date as dd/mm/yyyy', () => {
    render(<Harness initial="2026-12-05" />);
    expect((screen.getByLabelText('Ngày sinh') as HTMLInputElement).value).toBe('05/12/2026');
  });
  it('turns what the user types, day first, into an ISO value', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByLabelText('Ngày sinh');
    await user.type(box, '5/2/1960');
    expect(screen.getByTestId('value').textContent).toBe('1960-02-05');
    await user.tab();
    expect((box as HTMLInputElement).value).toBe('05/02/1960');
  });
  it('passes an impossible date on as typed, so validation can name the field', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Ngày sinh'), '31/02/1960');
    expect(screen.getByTestId('value').textContent).toBe('31/02/1960');
  });
});
