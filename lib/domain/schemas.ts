import { z } from "zod";
import { FILE_FORMATS } from "./api-types";
import { RESERVED_SLUGS, SLUG_PATTERN } from "./slug";

/**
 * Request-body schemas of the JSON write routes: the API validates with them, and the edge's JSON
 * Schemas are generated from the same objects (one source).
 */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, "must be 3–80 lowercase letters, digits or single hyphens")
  .refine((s) => !RESERVED_SLUGS.has(s), "is reserved by the app; choose another slug");
export const visibilitySchema = z.enum(["public", "private"]);
const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._+-]*$/u, "tags are letters, digits, spaces and . _ + -")
  .transform(normalizeTag);
/** Tags are stored normalized and once each: "Genome  Assembly", "genome-assembly" and "GENOME-ASSEMBLY" are one tag. */
export const tagsSchema = z
  .array(tag)
  .max(20, "at most 20 tags")
  .transform((tags) => [...new Set(tags)]);

/** A tag as stored and matched: lower case, runs of spaces as one "-". */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, "-");
}

export const datasetMetadataSchema = z.object({
  title: z.string().trim().min(3, "title needs at least 3 characters").max(200),
  slug: slugSchema.optional(),
  description: z.string().max(20_000).default(""),
  labSlug: slugSchema.nullable().optional(),
  visibility: visibilitySchema.default("private"),
  license: z.string().trim().min(1).max(64).default("CC-BY-4.0"),
  organism: z.string().trim().max(200).nullable().optional(),
  tags: tagsSchema.default([]),
  /** Quality encoding of FASTQ files in the upload (Illumina 1.3–1.7 used Phred+64). */
  phredOffset: z.union([z.literal(33), z.literal(64)]).optional(),
});
export type DatasetMetadataInput = z.infer<typeof datasetMetadataSchema>;

export const datasetPatchSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().max(20_000),
    labSlug: slugSchema.nullable(),
    visibility: visibilitySchema,
    license: z.string().trim().min(1).max(64),
    organism: z.string().trim().max(200).nullable(),
    tags: tagsSchema,
  })
  .partial()
  .strict();
export type DatasetPatchInput = z.infer<typeof datasetPatchSchema>;

export const protocolStepSchema = z.object({
  title: z.string().trim().min(1, "step title is required").max(200),
  body: z.string().max(20_000).default(""),
  durationMinutes: z.number().int().min(0).max(60 * 24 * 14).nullable().optional(),
});

export const protocolCreateSchema = z.object({
  title: z.string().trim().min(3).max(200),
  slug: slugSchema.optional(),
  description: z.string().max(50_000).default(""),
  labSlug: slugSchema.nullable().optional(),
  visibility: visibilitySchema.default("private"),
  tags: tagsSchema.default([]),
  steps: z.array(protocolStepSchema).max(200, "at most 200 steps").default([]),
});
export type ProtocolCreateInput = z.infer<typeof protocolCreateSchema>;


const jsonObject = z.record(z.string(), z.unknown());

export const spaceCreateSchema = z.object({
  title: z.string().trim().min(3).max(200),
  slug: slugSchema.optional(),
  description: z.string().max(20_000).default(""),
  datasetSlug: slugSchema.nullable().optional(),
  labSlug: slugSchema.nullable().optional(),
  visibility: visibilitySchema.default("private"),
  settings: jsonObject.default({}),
  viewState: jsonObject.default({}),
});
export type SpaceCreateInput = z.infer<typeof spaceCreateSchema>;

export const labCreateSchema = z.object({
  name: z.string().trim().min(3).max(120),
  slug: slugSchema.optional(),
  description: z.string().max(5_000).default(""),
  institution: z.string().trim().max(200).nullable().optional(),
  visibility: visibilitySchema.default("public"),
});
export type LabCreateInput = z.infer<typeof labCreateSchema>;

export const labMemberSchema = z.object({
  email: z.string().trim().email().max(320),
  role: z.enum(["owner", "member"]).default("member"),
});

export const labMemberRoleSchema = z.object({
  role: z.enum(["owner", "member"]),
});

export const apiKeyCreateSchema = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(["read", "write"])).min(1).max(2).default(["read", "write"]),
  /** Requests per UTC day for this key, at most the server's default quota. */
  dailyQuota: z.number().int().min(1).max(100_000_000).optional(),
});

export const signUpSchema = z.object({
  email: z.string().trim().toLowerCase().email("enter a valid email address").max(320),
  password: z.string().min(10, "password needs at least 10 characters").max(256, "password is too long"),
  name: z.string().trim().min(1, "name is required").max(120),
});

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
  lab: slugSchema.optional(),
  format: z.enum(FILE_FORMATS as [string, ...string[]]).optional(),
  tag: z.string().max(40).transform(normalizeTag).optional(),
  q: z.string().trim().max(200).optional(),
  mine: z.enum(["1", "true", "0", "false"]).optional(),
});

type WithoutDefaults<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I> ? I : S[K]> };

/**
 * A PATCH body derived from a create schema: every key optional, unknown keys rejected, and no
 * defaults. `.partial()` keeps `.default()`s, so a partial body would reset absent fields (a
 * `{title}` patch would wipe a protocol's steps); here an absent key means "unchanged".
 */
function patchOf<S extends z.ZodRawShape>(create: z.ZodObject<S>): z.ZodObject<WithoutDefaults<S>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(create.shape) as Array<[string, z.ZodType]>) {
    shape[key] = (field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : field).optional();
  }
  return z.object(shape).strict() as unknown as z.ZodObject<WithoutDefaults<S>, z.core.$strict>;
}

/** PATCH /api/protocols/:slug — absent keys stay unchanged; `steps`, when given, replaces all steps. */
export const protocolUpdateSchema = patchOf(protocolCreateSchema.omit({ slug: true }));
export type ProtocolUpdateInput = z.infer<typeof protocolUpdateSchema>;

/** PATCH /api/spaces/:slug — absent keys stay unchanged. */
export const spaceUpdateSchema = patchOf(spaceCreateSchema.omit({ slug: true }));
export type SpaceUpdateInput = z.infer<typeof spaceUpdateSchema>;

export type LabMemberInput = z.infer<typeof labMemberSchema>;
export type LabMemberRoleInput = z.infer<typeof labMemberRoleSchema>;
export type ApiKeyCreateInput = z.infer<typeof apiKeyCreateSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
