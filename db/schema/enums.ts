import { pgEnum } from "drizzle-orm/pg-core";

/** Platform-wide role of an account. */
export const userRole = pgEnum("user_role", ["researcher", "admin"]);
/** Role inside a lab. */
export const labRole = pgEnum("lab_role", ["owner", "member"]);
/** Who may read an object: everyone, or lab members only. */
export const visibility = pgEnum("visibility", ["public", "private"]);
/** Kinds of object that can be starred, viewed, downloaded or forked. */
export const targetType = pgEnum("target_type", ["dataset", "protocol", "space"]);
/** Activity events that feed trending scores. */
export const eventKind = pgEnum("event_kind", ["view", "download", "fork"]);
/** Supported dataset file formats. */
export const fileFormat = pgEnum("file_format", ["fasta", "fastq", "genbank", "pdb", "mmcif", "csv", "tsv"]);
export const exportTrigger = pgEnum("export_trigger", ["schedule", "admin", "startup", "cli", "withdrawal"]);
export const exportStatus = pgEnum("export_status", ["running", "succeeded", "failed"]);
