// Org tree rules: where units may be created and moved.
import { describe, expect, it } from 'vitest';
import { descendantIds, moveProblem, placementProblem, unitPath } from '../../shared/domain/org-tree';
import type { OrgKind } from '../../shared/domain/enums';

const unit = (id: string, parentId: string | null, kind: OrgKind, closedOn: string | null = null) => ({ id, parentId, kind, name: `Đơn vị ${id}`, closedOn });
const tree = [
  unit('root', null, 'commune'),
  unit('school', 'root', 'basic-committee'),
  unit('math', 'school', 'cell'),
  unit('lit', 'school', 'cell'),
  unit('village', 'root', 'basic-cell'),
  unit('police', 'root', 'basic-committee'),
  unit('old', 'root', 'basic-cell', '2025-07-01'),
];

describe('org tree', () => {
  it('finds descendants', () => {
    expect(descendantIds(tree, 'school').sort()).toEqual(['lit', 'math']);
    expect(descendantIds(tree, 'root')).toHaveLength(6);
  });
  it('allows basic organizations under the commune and cells under a đảng bộ cơ sở only', () => {
    expect(placementProblem(tree[0], 'basic-cell')).toBeNull();
    expect(placementProblem(tree[0], 'basic-committee')).toBeNull();
    expect(placementProblem(tree[1], 'cell')).toBeNull();
    expect(placementProblem(tree[0], 'cell')).toMatch(/chỉ đặt được/);
    expect(placementProblem(tree[4], 'cell')).toMatch(/không có đơn vị trực thuộc/);
    expect(placementProblem(tree[0], 'commune')).toMatch(/Chỉ có một Đảng bộ xã/);
    expect(placementProblem(tree[6], 'basic-cell')).toMatch(/đã giải thể/);
  });
  it('refuses moving a unit under itself or its own descendants', () => {
    expect(moveProblem(tree, 'school', 'school')).toMatch(/vào chính nó/);
    expect(moveProblem(tree, 'school', 'math')).toMatch(/trực thuộc của chính nó/);
    expect(moveProblem(tree, 'root', 'school')).toMatch(/gốc cây/);
  });
  it('moves a cell between đảng bộ cơ sở', () => {
    expect(moveProblem(tree, 'math', 'police')).toBeNull();
    expect(moveProblem(tree, 'math', 'village')).toMatch(/không có đơn vị trực thuộc/);
    expect(moveProblem(tree, 'math', 'school')).toMatch(/đã ở dưới/);
  });
  it('shows the path of a unit', () => {
    expect(unitPath(tree, 'math')).toBe('Đơn vị root › Đơn vị school › Đơn vị math');
  });
});
