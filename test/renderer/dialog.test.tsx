// Dialogs close with Escape even when focus has fallen to <body> (a disabled Save button).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Dialog } from '../../renderer/ui/Dialog';

describe('dialog', () => {
  it('closes on Escape from inside', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Đổi tên" onClose={onClose}>
        <input aria-label="Tên" />
      </Dialog>,
    );
    fireEvent.keyDown(screen.getByLabelText('Tên'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
  it('closes on Escape when focus is on the page body', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Đổi tên" onClose={onClose}>
        <button disabled>Lưu</button>
      </Dialog>,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
