// Installs the Vietnamese native menu and its "About" dialog. Layer: electron/main (shell).
import { app, BrowserWindow, dialog, Menu, type MessageBoxOptions } from 'electron';
import { menuTemplate } from './menu-template';

function showAbout(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'Giới thiệu KiemDiem',
    message: 'KiemDiem – Kiểm điểm đảng viên',
    detail: `Phiên bản ${app.getVersion()}\nỨng dụng ngoại tuyến hỗ trợ kiểm điểm, đánh giá, xếp loại chất lượng cho Đảng ủy xã, phường, đặc khu.\nDữ liệu chỉ được lưu trên máy này.`,
    buttons: ['Đóng'],
  };
  const win = BrowserWindow.getFocusedWindow();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export function installAppMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, onAbout: showAbout })));
}
