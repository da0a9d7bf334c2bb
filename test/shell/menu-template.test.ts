// The native menu speaks Vietnamese and keeps the standard roles (and their shortcuts).
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template';

describe('menu template', () => {
  it('has the Vietnamese menus with standard roles', () => {
    const onAbout = vi.fn();
    const menu = menuTemplate({ platform: 'win32', onAbout });
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    const items = (i: number) => (menu[i]?.submenu as { label?: string; role?: string }[]).filter((x) => x.label).map((x) => [x.label, x.role]);
    expect(items(0)).toEqual([['Thoát', 'quit']]);
    expect(items(1)).toEqual([
      ['Hoàn tác', 'undo'], ['Làm lại', 'redo'], ['Cắt', 'cut'], ['Sao chép', 'copy'], ['Dán', 'paste'], ['Chọn tất cả', 'selectAll'],
    ]);
    expect(items(2)).toEqual([['Phóng to', 'zoomIn'], ['Thu nhỏ', 'zoomOut'], ['Cỡ chữ mặc định', 'resetZoom'], ['Toàn màn hình', 'togglefullscreen']]);
    const about = (menu[3]?.submenu as { label?: string; click?: () => void }[])[0];
    expect(about?.label).toBe('Giới thiệu KiemDiem');
    about?.click?.();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('adds the app menu first on macOS', () => {
    expect(menuTemplate({ platform: 'darwin', onAbout: () => undefined })[0]?.label).toBe('KiemDiem');
  });
});
