// Migration 7: the furthest step a meeting's wizard has reached, kept apart from the step on screen, so
// going back to look at or correct an earlier step does not lose where the meeting was. Existing
// meetings start from the step they are on. Layer: db.
import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  name: 'meeting-furthest-step',
  sql: `
ALTER TABLE meeting ADD COLUMN furthest_step TEXT NOT NULL DEFAULT 'preparation';
UPDATE meeting SET furthest_step = current_step;
`,
};
