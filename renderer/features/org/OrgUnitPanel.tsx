// The chosen org unit: what it is, where it sits, how many members, and its actions (view
// members, add a unit below, rename, move, close). Layer: renderer.
import { orgKinds, orgTypes } from '../../../shared/domain/enums';
import { allowedChildKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import { unitPath } from '../../../shared/domain/org-tree';
import { formatDateVi } from '../../../shared/text/dates';
import { formatCount } from '../../text/format';

export type OrgAction = 'add' | 'rename' | 'move' | 'close';

interface Props {
  unit: OrgUnit;
  units: readonly OrgUnit[];
  memberCount: number;
  onAction(action: OrgAction): void;
  onShowMembers(): void;
}

export function OrgUnitPanel({ unit, units, memberCount, onAction, onShowMembers }: Props) {
  const isRoot = unit.kind === 'commune';
  const closed = !!unit.closedOn;
  const canHaveChildren = allowedChildKinds[unit.kind].length > 0;
  return (
    <section className="panel org-panel" aria-labelledby="org-panel-title">
      <h2 id="org-panel-title">{unit.name}</h2>
      <dl className="facts">
        <dt>Loại tổ chức</dt>
        <dd>{orgKinds.labels[unit.kind]}</dd>
        {!isRoot && (
          <>
            <dt>Loại hình</dt>
            <dd>{orgTypes.labels[unit.type]}</dd>
          </>
        )}
        {unit.parentId && (
          <>
            <dt>Thuộc</dt>
            <dd>{unitPath(units, unit.parentId)}</dd>
          </>
        )}
        <dt>Đảng viên đang sinh hoạt</dt>
        <dd>{formatCount(memberCount)}</dd>
        {closed && (
          <>
            <dt>Tình trạng</dt>
            <dd>
              Đã giải thể ngày {formatDateVi(unit.closedOn)}
              {unit.closeReason ? ` — ${unit.closeReason}` : ''}
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onShowMembers}>
          Xem danh sách đảng viên
        </button>
        {!closed && canHaveChildren && (
          <button type="button" className="btn btn-primary" onClick={() => onAction('add')}>
            Thêm tổ chức đảng trực thuộc
          </button>
        )}
        {!closed && !isRoot && (
          <>
            <button type="button" className="btn btn-secondary" onClick={() => onAction('rename')}>
              Đổi tên
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => onAction('move')}>
              Chuyển
            </button>
            <button type="button" className="btn btn-danger" onClick={() => onAction('close')}>
              Giải thể
            </button>
          </>
        )}
      </div>
      {isRoot && <p className="field-hint">Tên đảng bộ xã được sửa trong mục Cài đặt.</p>}
    </section>
  );
}
