// The main screen: header (commune name, "Chữ lớn"), left navigation, the current page and the message
// bar below it. Layer: renderer.
import { useApp } from '../../state/stores';
import { Notices } from '../../ui/Notices';
import { AppHeader } from './AppHeader';
import { NavBar } from './NavBar';
import { DashboardPage } from '../dashboard/DashboardPage';
import { OrgPage } from '../org/OrgPage';
import { RegisterPage } from '../members/RegisterPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ReviewYearPage } from '../review-year/ReviewYearPage';
import { MeetingPage } from '../meeting/MeetingPage';
import { DecisionPage } from '../decision/DecisionPage';
import { PrintPage } from '../print/PrintPage';
import { DocumentRegisterPage } from '../documents/DocumentRegisterPage';

export function MainLayout() {
  const page = useApp((s) => s.page);
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <AppHeader />
      <div className="layout-body">
        <NavBar />
        <main id="main" className="page" tabIndex={-1}>
          {page === 'dashboard' && <DashboardPage />}
          {page === 'org' && <OrgPage />}
          {page === 'members' && <RegisterPage />}
          {page === 'review' && <ReviewYearPage />}
          {page === 'meeting' && <MeetingPage />}
          {page === 'decision' && <DecisionPage />}
          {page === 'print' && <PrintPage />}
          {page === 'documents' && <DocumentRegisterPage />}
          {page === 'settings' && <SettingsPage />}
        </main>
      </div>
      {/* Messages in a status bar below the page, never over it. */}
      <Notices docked />
    </div>
  );
}
