// The left navigation between the pages. Layer: renderer.
import { useApp, useStores } from '../../state/stores';
import type { Page } from '../../state/app-store';

const items: { page: Page; label: string }[] = [
  { page: 'dashboard', label: 'Tổng quan' },
  { page: 'org', label: 'Tổ chức đảng' },
  { page: 'members', label: 'Đảng viên' },
  { page: 'review', label: 'Đợt kiểm điểm' },
  { page: 'meeting', label: 'Hội nghị kiểm điểm' },
  { page: 'decision', label: 'Đảng ủy quyết định' },
  { page: 'print', label: 'In biểu mẫu' },
  { page: 'documents', label: 'Sổ văn bản' },
  { page: 'settings', label: 'Cài đặt' },
];

export function NavBar() {
  const { app, members } = useStores();
  const current = useApp((s) => s.page);
  function go(page: Page) {
    // "Đảng viên" in the menu always leads to the list, even from a member's record.
    if (page === 'members') members.getState().show({ kind: 'list' });
    app.getState().navigate(page);
  }
  return (
    <nav className="nav" aria-label="Chức năng chính">
      <ul>
        {items.map((item) => (
          <li key={item.page}>
            <button type="button" className="nav-item" aria-current={current === item.page ? 'page' : undefined} onClick={() => go(item.page)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
