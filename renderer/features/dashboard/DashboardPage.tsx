// Tổng quan: totals, counts by status and by category (Mẫu 02A/02B/02C), the org units with their
// counts, and data-quality hints. Re-read every time the page opens. Layer: renderer.
import { useEffect } from 'react';
import { memberCategories, memberStatuses } from '../../../shared/domain/enums';
import { useApp, useDashboard, useOrg, useStores } from '../../state/stores';
import { formatCount } from '../../text/format';
import { Loading } from '../../ui/Loading';
import { BarList } from './BarList';
import { UnitCountTable } from './UnitCountTable';

export function DashboardPage() {
  const { dashboard, org, app, members } = useStores();
  const data = useDashboard((s) => s.data);
  const units = useOrg((s) => s.units);
  const commune = useApp((s) => s.commune);

  useEffect(() => {
    void dashboard.getState().load();
    void org.getState().load();
  }, [dashboard, org]);

  function openUnit(id: string) {
    members.getState().setFilters({ orgUnitId: id, query: '' });
    members.getState().show({ kind: 'list' });
    app.getState().navigate('members');
  }

  return (
    <div className="dashboard">
      <h1 className="page-title">Tổng quan</h1>
      <p className="page-subtitle">{data?.communeName ?? commune?.name}</p>
      {!data ? (
        <Loading />
      ) : (
        <>
          <ul className="stat-cards" aria-label="Số liệu chính">
            <StatCard label="Đảng viên đang sinh hoạt" value={data.activeMembers} strong />
            <StatCard label="Chính thức" value={data.byStatus.official} />
            <StatCard label="Dự bị" value={data.byStatus.probationary} />
            <StatCard label="Miễn sinh hoạt" value={data.byStatus.exempt} />
            <StatCard label="Tổ chức đảng" value={data.orgUnitCount} />
          </ul>

          <div className="dashboard-grid">
            <section className="panel" aria-labelledby="dash-status">
              <h2 id="dash-status">Theo trạng thái</h2>
              <BarList
                label="Số đảng viên theo trạng thái"
                total={memberStatuses.codes.reduce((sum, c) => sum + data.byStatus[c], 0)}
                bars={memberStatuses.codes.map((c) => ({ key: c, label: memberStatuses.labels[c], value: data.byStatus[c] }))}
              />
            </section>
            <section className="panel" aria-labelledby="dash-category">
              <h2 id="dash-category">Theo loại đảng viên (mẫu kiểm điểm)</h2>
              <BarList
                label="Số đảng viên đang sinh hoạt theo loại"
                total={data.activeMembers}
                bars={memberCategories.codes.map((c) => ({ key: c, label: memberCategories.labels[c], value: data.byCategory[c] }))}
              />
              <h2 className="quality-title">Chất lượng dữ liệu</h2>
              <QualityHints missingCitizenId={data.missingCitizenId} missingCardNo={data.missingCardNo} />
            </section>
          </div>

          <section className="panel" aria-labelledby="dash-units">
            <h2 id="dash-units">Theo tổ chức đảng</h2>
            <UnitCountTable data={data} units={units} onOpenUnit={openUnit} />
          </section>
        </>
      )}
    </div>
  );
}

function StatCard({ label, value, strong }: { label: string; value: number; strong?: boolean }) {
  return (
    <li className={strong ? 'stat-card stat-card-strong' : 'stat-card'}>
      <span className="stat-value">{formatCount(value)}</span>
      <span className="stat-label">{label}</span>
    </li>
  );
}

function QualityHints({ missingCitizenId, missingCardNo }: { missingCitizenId: number; missingCardNo: number }) {
  if (missingCitizenId === 0 && missingCardNo === 0) {
    return <p className="quality-ok">Tất cả đảng viên đang sinh hoạt đã có số CCCD và số thẻ đảng viên.</p>;
  }
  return (
    <ul className="quality-list">
      {missingCitizenId > 0 && (
        <li>
          <strong>{formatCount(missingCitizenId)}</strong> đảng viên thiếu số CCCD (số định danh cá nhân).
        </li>
      )}
      {missingCardNo > 0 && (
        <li>
          <strong>{formatCount(missingCardNo)}</strong> đảng viên thiếu số thẻ đảng viên.
        </li>
      )}
    </ul>
  );
}
