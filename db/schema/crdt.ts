import { bigint, customType, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** A collaboratively edited document (e.g. a protocol's body); `snapshot` compacts ops up to `snapshotSeq`. */
export const crdtDocuments = pgTable(
  "crdt_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    targetId: uuid("target_id").notNull(),
    snapshot: bytea("snapshot"),
    snapshotSeq: bigint("snapshot_seq", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("crdt_documents_target_uq").on(t.kind, t.targetId)],
);

/** Append-only op log per document; `seq` is dense per document and assigned by the relay. */
export const crdtOps = pgTable(
  "crdt_ops",
  {
    docId: uuid("doc_id")
      .notNull()
      .references(() => crdtDocuments.id, { onDelete: "cascade" }),
    seq: bigint("seq", { mode: "number" }).notNull(),
    clientId: text("client_id").notNull(),
    op: bytea("op").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.docId, t.seq] }), index("crdt_ops_client_idx").on(t.docId, t.clientId)],
);
