// Summary printed by `cli demo` and returned by the first-run "Dùng dữ liệu mẫu". Layer: shared.
export interface DemoSummary {
  communeId: string;
  communeName: string;
  seed: number;
  year: number;
  orgUnits: number;
  orgUnitsByType: Record<string, number>;
  members: number;
  membersByStatus: Record<string, number>;
  membersByCategory: Record<string, number>;
  elapsedMs: number;
}
