/**
 * Wire types of the JSON API: what route handlers return and what the researcher app reads.
 * Dates travel as ISO-8601 strings.
 */
import type { Visibility } from "./access";

export type FileFormat = "fasta" | "fastq" | "genbank" | "pdb" | "mmcif" | "csv" | "tsv";
export const FILE_FORMATS: readonly FileFormat[] = ["fasta", "fastq", "genbank", "pdb", "mmcif", "csv", "tsv"];

/** A cursor page: pass `nextCursor` back as `?cursor=` until it is null. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface UserRef {
  id: string;
  handle: string;
  name: string;
}

export interface LabRef {
  id: string;
  slug: string;
  name: string;
}

export interface DatasetFileDto {
  id: string;
  name: string;
  format: FileFormat;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  /** Relative URL serving the bytes with the format's content type. */
  downloadUrl: string;
  previewUrl: string;
}

export interface DatasetDto {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  license: string;
  organism: string | null;
  tags: string[];
  format: FileFormat;
  lab: LabRef | null;
  owner: UserRef;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  starCount: number;
  starredByMe: boolean;
  canEdit: boolean;
  /** Whether the caller may publish, move, change visibility of, or delete it (owner or lab owner). */
  canManage: boolean;
  files: DatasetFileDto[];
}

/** A list row: the dataset without files. */
export type DatasetListItem = Omit<DatasetDto, "files" | "starredByMe" | "canEdit" | "canManage"> & { fileCount: number; totalSizeBytes: number };

export interface ProtocolStepDto {
  id: string;
  position: number;
  title: string;
  body: string;
  durationMinutes: number | null;
}

export interface ProtocolDto {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  tags: string[];
  lab: LabRef | null;
  owner: UserRef;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  starCount: number;
  starredByMe: boolean;
  canEdit: boolean;
  canManage: boolean;
  steps: ProtocolStepDto[];
}

export type ProtocolListItem = Omit<ProtocolDto, "steps" | "starredByMe" | "canEdit" | "canManage"> & { stepCount: number };

export interface SpaceDto {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  dataset: { id: string; slug: string; title: string } | null;
  lab: LabRef | null;
  owner: UserRef;
  settings: Record<string, unknown>;
  viewState: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  starCount: number;
  starredByMe: boolean;
  canEdit: boolean;
  canManage: boolean;
}

export type SpaceListItem = Omit<SpaceDto, "starredByMe" | "canEdit" | "canManage" | "settings" | "viewState">;

export interface LabMemberDto {
  user: UserRef;
  role: "owner" | "member";
  joinedAt: string;
}

export interface LabDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  institution: string | null;
  visibility: Visibility;
  createdAt: string;
  memberCount: number;
  datasetCount: number;
  myRole: "owner" | "member" | null;
  /** Only for members of the lab. */
  members: LabMemberDto[] | null;
}

export interface MeDto {
  id: string;
  email: string;
  name: string;
  handle: string;
  role: "researcher" | "admin";
  labs: Array<LabRef & { role: "owner" | "member" }>;
}

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Requests allowed per UTC day. */
  dailyQuota: number;
  /** Requests counted today (UTC). */
  usedToday: number;
}

/** Returned once, at creation: the secret is never shown again. */
export interface CreatedApiKeyDto {
  key: ApiKeyDto;
  secret: string;
}

export interface HealthDto {
  status: "ok" | "degraded";
  db: "pglite" | "postgres";
  dbReachable: boolean;
  snapshot: { id: string; generatedAt: string } | null;
}

/** RFC 9457 problem details as the API sends them. */
export interface ProblemDto {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors?: Array<{ pointer: string; detail: string }>;
  [extra: string]: unknown;
}

export interface ExportRunDto {
  id: string;
  trigger: "schedule" | "admin" | "startup" | "cli" | "withdrawal";
  triggeredBy: string | null;
  status: "running" | "succeeded" | "failed";
  snapshotId: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  counts: Record<string, number> | null;
  error: string | null;
}

export interface ExportOverviewDto {
  latest: { snapshotId: string; generatedAt: string; counts: Record<string, number> } | null;
  running: ExportRunDto | null;
  runs: ExportRunDto[];
}
