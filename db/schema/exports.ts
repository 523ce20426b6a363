import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { exportStatus, exportTrigger } from "./enums";
import { users } from "./users";

/** One row per snapshot export attempt, successful or not. */
export const exportRuns = pgTable(
  "export_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trigger: exportTrigger("trigger").notNull(),
    triggeredBy: uuid("triggered_by").references(() => users.id, { onDelete: "set null" }),
    status: exportStatus("status").notNull().default("running"),
    snapshotId: text("snapshot_id"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    counts: jsonb("counts"),
    error: text("error"),
  },
  (t) => [index("export_runs_started_idx").on(t.startedAt.desc().nullsFirst())],
);
