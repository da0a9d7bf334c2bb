// Tổ chức đảng: the tree on the left, the chosen unit and its actions on the right.
// Layer: renderer.
import { useEffect, useMemo, useState } from 'react';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { useDashboard, useOrg, useStores } from '../../state/stores';
import { Loading } from '../../ui/Loading';
import { AddUnitDialog } from './AddUnitDialog';
import { CloseUnitDialog } from './CloseUnitDialog';
import { MoveUnitDialog } from './MoveUnitDialog';
import { OrgTree } from './OrgTree';
import { OrgUnitPanel, type OrgAction } from './OrgUnitPanel';
import { RenameUnitDialog } from './RenameUnitDialog';
import { flattenTree, subtreeTotals } from './org-tree-model';

export function OrgPage() {
  const { org, dashboard, members, app, notices } = useStores();
  const units = useOrg((s) => s.units);
  const loaded = useOrg((s) => s.loaded);
  const data = useDashboard((s) => s.data);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [action, setAction] = useState<OrgAction | null>(null);

  useEffect(() => {
    void org.getState().load();
    void dashboard.getState().load();
  }, [org, dashboard]);

  const rows = useMemo(() => flattenTree(units, collapsed), [units, collapsed]);
  // Members on the roll per unit, including those of its sub-units.
  const counts = useMemo(() => subtreeTotals(units, new Map((data?.byOrgUnit ?? []).map((c) => [c.orgUnitId, c.active]))), [data, units]);

  const selected = units.find((u) => u.id === selectedId) ?? units.find((u) => u.kind === 'commune') ?? null;

  function toggle(id: string) {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function done(message: string, keep?: OrgUnit) {
    setAction(null);
    if (keep) setSelectedId(keep.id);
    notices.getState().push('success', message);
    void dashboard.getState().load();
  }

  function showMembers(unit: OrgUnit) {
    members.getState().setFilters({ orgUnitId: unit.id, query: '', status: unit.closedOn ? 'all' : 'active' });
    members.getState().show({ kind: 'list' });
    app.getState().navigate('members');
  }

  return (
    <div className="org-page">
      <h1 className="page-title">Tổ chức đảng</h1>
      {!loaded ? (
        <Loading />
      ) : (
        <div className="org-layout">
          <section className="panel org-tree-panel" aria-label="Cây tổ chức đảng">
            <OrgTree rows={rows} collapsed={collapsed} selectedId={selected?.id ?? null} counts={counts} onToggle={toggle} onSelect={(u) => setSelectedId(u.id)} />
          </section>
          {selected && <OrgUnitPanel unit={selected} units={units} memberCount={counts.get(selected.id) ?? 0} onAction={setAction} onShowMembers={() => showMembers(selected)} />}
        </div>
      )}
      {selected && action === 'add' && (
        <AddUnitDialog units={units} parentId={selected.id} onClose={() => setAction(null)} onCreated={(u) => done(`Đã thêm “${u.name}”.`, u)} />
      )}
      {selected && action === 'rename' && <RenameUnitDialog unit={selected} onClose={() => setAction(null)} onDone={() => done('Đã đổi tên.')} />}
      {selected && action === 'move' && <MoveUnitDialog unit={selected} units={units} onClose={() => setAction(null)} onDone={() => done(`Đã chuyển “${selected.name}”.`)} />}
      {selected && action === 'close' && <CloseUnitDialog unit={selected} onClose={() => setAction(null)} onDone={() => done(`Đã giải thể “${selected.name}”.`)} />}
    </div>
  );
}
