// Who sits where in the demo commune: how many members each chi bộ has, and for every member slot
// the category (02A/02B/02C), party role, status and Ban Chấp hành seat. Decided globally with exact
// counts, so the proportions of domain-background.md §8 hold for any seed instead of only on average.
// Pure planning — persons are drawn later by member-factory. Layer: electron/core.
import type { MemberCategory, MemberStatus, OrgType, PartyRole } from '../../../shared/domain/enums';
import type { SeededRandom } from './random';
import type { PlannedUnit } from './org-plan';

export interface Slot {
  unit: PlannedUnit;
  category: MemberCategory;
  /** Index of this slot among the slots of the same category in its chi bộ (posts are handed out in order). */
  ordinal: number;
  role: PartyRole;
  status: MemberStatus;
  communeCommittee: boolean;
}

/** Default member count when none is asked for: the planned sizes, kept inside 700–1 500. */
export const DEFAULT_MEMBERS_RANGE = [700, 1500] as const;

/** Category shares of workplace chi bộ: [leader, staff]; the rest are 02C. Village chi bộ fill up the totals. */
const WORKPLACE_SHARES: Partial<Record<OrgType, readonly [number, number]>> = {
  agency: [0.35, 0.65],
  school: [0.12, 0.88],
  health: [0.12, 0.88],
  police: [0.2, 0.8],
  military: [0.2, 0.8],
  cooperative: [0, 0],
  enterprise: [0, 0],
};

const isResidence = (u: PlannedUnit): boolean => u.type === 'village' || u.type === 'residential';

/** A size drawn from the type's range, peaked in the middle (sum of two uniform draws). */
function drawSize(rng: SeededRandom, [lo, hi]: readonly [number, number]): number {
  return Math.round((rng.int(lo, hi) + rng.int(lo, hi)) / 2);
}

/** Splits `total` over weights with the largest-remainder method, at least 1 each (when total allows). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const floor: number[] = weights.map(() => (total >= weights.length ? 1 : 0));
  let left = total - floor.reduce((a, b) => a + b, 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (left * w) / sum);
  const out = shares.map((s, i) => floor[i]! + Math.floor(s));
  left -= shares.reduce((a, s) => a + Math.floor(s), 0);
  const byRemainder = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k++) out[byRemainder[k % byRemainder.length]![1]]!++;
  return out;
}

/** Sizes of the member-holding chi bộ: their drawn sizes scaled to the requested total. */
export function planSizes(rng: SeededRandom, cells: readonly PlannedUnit[], requested: number | undefined): number[] {
  const drawn = cells.map((u) => drawSize(rng, u.sizeRange));
  const natural = drawn.reduce((a, b) => a + b, 0);
  const total = requested ?? Math.min(DEFAULT_MEMBERS_RANGE[1], Math.max(DEFAULT_MEMBERS_RANGE[0], natural));
  return total === natural ? drawn : apportion(total, drawn);
}

/** Chi ủy of a chi bộ: a secretary; a deputy from 10 members; one or three more members from 20 and 30. */
function rolesFor(size: number): PartyRole[] {
  const roles: PartyRole[] = ['secretary'];
  if (size >= 10) roles.push('deputy-secretary');
  if (size >= 20) roles.push('committee-member');
  if (size >= 30) roles.push('committee-member', 'committee-member');
  return roles;
}

interface StatusQuota {
  status: MemberStatus;
  count: number;
  /** Which slots suit the status first (elderly retirees for exempt, no leaders on probation…). */
  prefers: (s: Slot) => boolean;
}

export function planRoster(rng: SeededRandom, cells: readonly PlannedUnit[], sizes: readonly number[]): Slot[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const slots: Slot[] = [];
  const byCell: Slot[][] = cells.map((unit, i) => {
    const list: Slot[] = [];
    for (let k = 0; k < sizes[i]!; k++) list.push({ unit, category: 'outside', ordinal: 0, role: 'member', status: 'official', communeCommittee: false });
    slots.push(...list);
    return list;
  });

  // Categories: workplace chi bộ by their nature, village chi bộ make up the commune-wide targets.
  const leaderTarget = Math.round(total * rng.float(0.06, 0.075));
  const staffTarget = Math.round(total * rng.float(0.25, 0.31));
  let leaders = 0;
  let staff = 0;
  const residencePool: Slot[] = [];
  byCell.forEach((list, i) => {
    const unit = cells[i]!;
    const shares = WORKPLACE_SHARES[unit.type];
    if (!shares) {
      residencePool.push(...list);
      return;
    }
    const size = list.length;
    let l = Math.round(size * shares[0]);
    if (shares[0] > 0 && size >= 3 && l === 0) l = 1;
    const s = Math.min(size - l, Math.round(size * shares[1]));
    list.forEach((slot, k) => (slot.category = k < l ? 'leader' : k < l + s ? 'staff' : 'outside'));
    leaders += l;
    staff += s;
  });
  rng.shuffle(residencePool);
  const needLeaders = Math.max(0, Math.min(residencePool.length, leaderTarget - leaders));
  const needStaff = Math.max(0, Math.min(residencePool.length - needLeaders, staffTarget - staff));
  residencePool.forEach((slot, k) => (slot.category = k < needLeaders ? 'leader' : k < needLeaders + needStaff ? 'staff' : 'outside'));

  // Party roles: the secretary of a workplace chi bộ is one of its leaders when it has any.
  const reserved = new Set<Slot>();
  byCell.forEach((list, i) => {
    const order = rng.shuffle([...list]);
    if (!isResidence(cells[i]!)) order.sort((a, b) => Number(b.category === 'leader') - Number(a.category === 'leader'));
    rolesFor(list.length).forEach((role, k) => {
      const slot = order[k];
      if (!slot) return;
      slot.role = role;
      reserved.add(slot);
    });
    // Ordinals after roles, so the first leader (the head of the workplace) is the secretary.
    const counters: Record<MemberCategory, number> = { leader: 0, staff: 0, outside: 0 };
    const ordered = [...list].sort((a, b) => Number(b.role === 'secretary') - Number(a.role === 'secretary'));
    for (const slot of ordered) slot.ordinal = counters[slot.category]++;
  });

  // Statuses with exact counts. Role holders and leaders stay official; the elderly statuses go to
  // retirees of village chi bộ.
  const pct = (lo: number, hi: number): number => Math.round(total * rng.float(lo, hi));
  const historical = pct(0.012, 0.018);
  const transferred = Math.round(historical * 0.45);
  const deceased = Math.round(historical * 0.35);
  // 02C members of village chi bộ: retirees (exempt, deceased) or people working away (temporary);
  // member-factory draws an age that suits the status.
  const residentOutside = (s: Slot): boolean => s.category === 'outside' && isResidence(s.unit);
  const notLeader = (s: Slot): boolean => s.category !== 'leader';
  const quotas: StatusQuota[] = [
    { status: 'exempt', count: pct(0.04, 0.065), prefers: residentOutside },
    { status: 'deceased', count: deceased, prefers: residentOutside },
    { status: 'probationary', count: Math.max(total >= 40 ? 1 : 0, pct(0.025, 0.035)), prefers: notLeader },
    { status: 'suspended', count: total >= 250 ? Math.max(1, Math.round(total * 0.002)) : 0, prefers: notLeader },
    // Working away from home is what sends a member to another chi bộ for a while.
    { status: 'temporary', count: Math.round(total * 0.01), prefers: residentOutside },
    { status: 'transferred-out', count: transferred, prefers: notLeader },
    { status: 'left', count: historical - transferred - deceased, prefers: notLeader },
  ];
  const free = rng.shuffle(slots.filter((s) => !reserved.has(s) && s.category !== 'leader'));
  const taken = new Set<Slot>();
  for (const quota of quotas) {
    let left = quota.count;
    for (const pass of [quota.prefers, () => true]) {
      for (const slot of free) {
        if (left === 0) break;
        if (taken.has(slot) || !pass(slot)) continue;
        slot.status = quota.status;
        taken.add(slot);
        left--;
      }
    }
  }

  // Ban Chấp hành Đảng bộ xã: the heads of the commune bodies, of the public workplaces, then village
  // secretaries until the committee has its usual size.
  const committeeSize = Math.min(35, Math.max(9, Math.round(total * 0.02)));
  const heads = slots.filter((s) => s.status === 'official' && s.unit.type === 'agency' && s.unit.agencyVariant === 0 && s.category === 'leader' && s.ordinal < 9);
  const workplaceSecretaries = slots.filter((s) => s.role === 'secretary' && ['agency', 'police', 'military', 'health'].includes(s.unit.type));
  const schoolHead = slots.filter((s) => s.role === 'secretary' && s.unit.type === 'school' && s.unit.kind === 'cell' && s.unit.headOfWorkplace);
  const villageSecretaries = rng.shuffle(slots.filter((s) => s.role === 'secretary' && isResidence(s.unit)));
  let seats = committeeSize;
  for (const slot of [...heads, ...workplaceSecretaries, ...schoolHead, ...villageSecretaries]) {
    if (seats === 0) break;
    if (slot.communeCommittee) continue;
    slot.communeCommittee = true;
    seats--;
  }
  return slots;
}
