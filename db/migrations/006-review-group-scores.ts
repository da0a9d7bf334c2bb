// Migration 6: the self-score by group totals, as section B.I of Mẫu 01/02 holds it ("Nhóm tiêu chí
// chung …/30", "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ …/70"). Two nullable columns on the review;
// rows stored before stay NULL (not entered), so old meetings load unchanged. Which score the rules use
// (criteria table or group totals) is decided in shared/meeting/review.ts. Layer: db.
import type { Migration } from './migration';

export const migration006: Migration = {
  version: 6,
  name: 'review-group-scores',
  sql: `
ALTER TABLE meeting_review ADD COLUMN group_common REAL CHECK (group_common BETWEEN 0 AND 30);
ALTER TABLE meeting_review ADD COLUMN group_tasks REAL CHECK (group_tasks BETWEEN 0 AND 70);
`,
};
