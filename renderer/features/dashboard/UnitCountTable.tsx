// The dashboard table of org units with their member counts, in tree order; a đảng bộ cơ sở shows
// the sums of its cells. A unit's name opens the register filtered to it. Layer: renderer.
import type { DashboardData, OrgUnitCount } from '../../../shared/domain/dashboard';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { formatCount } from '../../text/format';
import { flattenTree, kindLabel, subtreeTotals } from '../org/org-tree-model';

interface Props {
  data: DashboardData;
  units: readonly OrgUnit[];
  onOpenUnit(id: string): void;
}

interface Line {
  unit: OrgUnit;
  depth: number;
  counts: Pick<OrgUnitCount, 'active' | 'official' | 'probationary'>;
}

function buildLines(data: DashboardData, units: readonly OrgUnit[]): Line[] {
  const pick = (key: keyof Line['counts']) => subtreeTotals(units, new Map(data.byOrgUnit.map((c) => [c.orgUnitId, c[key]])));
  const active = pick('active');
  const official = pick('official');
  const probationary = pick('probationary');
  return flattenTree(units)
    .filter((r) => r.unit.kind !== 'commune' && (!r.unit.closedOn || (active.get(r.unit.id) ?? 0) > 0))
    .map((r) => ({
      unit: r.unit,
      depth: r.depth - 1,
      counts: { active: active.get(r.unit.id) ?? 0, official: official.get(r.unit.id) ?? 0, probationary: probationary.get(r.unit.id) ?? 0 },
    }));
}

export function UnitCountTable({ data, units, onOpenUnit }: Props) {
  const lines = buildLines(data, units);
  if (lines.length === 0) return <p>Chưa có tổ chức đảng nào. Hãy thêm chi bộ ở mục “Tổ chức đảng”.</p>;
  return (
    <table className="table unit-count-table">
      <thead>
        <tr>
          <th scope="col">Tổ chức đảng</th>
          <th scope="col">Loại</th>
          <th scope="col" className="num">
            Đang sinh hoạt
          </th>
          <th scope="col" className="num">
            Chính thức
          </th>
          <th scope="col" className="num">
            Dự bị
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map(({ unit, depth, counts }) => (
          <tr key={unit.id} className={unit.closedOn ? 'closed' : undefined}>
            <td className={`indent-${Math.min(depth, 3)}`}>
              <button type="button" className="link-button" onClick={() => onOpenUnit(unit.id)}>
                {unit.name}
              </button>
            </td>
            <td>{kindLabel(unit)}</td>
            <td className="num">{formatCount(counts.active)}</td>
            <td className="num">{formatCount(counts.official)}</td>
            <td className="num">{formatCount(counts.probationary)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
