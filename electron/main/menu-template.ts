// The native menu in Vietnamese, as a plain template (type imports only) so tests can read it;
// menu.ts turns it into a Menu. Standard roles keep the OS shortcuts. Layer: electron/main (shell).
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: { platform: NodeJS.Platform; onAbout: () => void }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') {
    // macOS always names the first menu after the app.
    template.push({
      label: 'KiemDiem',
      submenu: [
        { label: 'Giới thiệu KiemDiem', click: options.onAbout },
        { type: 'separator' },
        { role: 'hide', label: 'Ẩn KiemDiem' },
        { role: 'quit', label: 'Thoát' },
      ],
    });
  }
  template.push(
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu KiemDiem', click: options.onAbout }] },
  );
  return template;
}
