DROP INDEX "datasets_created_idx";--> statement-breakpoint
DROP INDEX "datasets_public_created_idx";--> statement-breakpoint
DROP INDEX "datasets_lab_created_idx";--> statement-breakpoint
DROP INDEX "datasets_owner_created_idx";--> statement-breakpoint
DROP INDEX "datasets_format_created_idx";--> statement-breakpoint
DROP INDEX "datasets_published_idx";--> statement-breakpoint
DROP INDEX "protocols_created_idx";--> statement-breakpoint
DROP INDEX "protocols_lab_created_idx";--> statement-breakpoint
DROP INDEX "protocols_owner_created_idx";--> statement-breakpoint
DROP INDEX "spaces_created_idx";--> statement-breakpoint
DROP INDEX "spaces_owner_created_idx";--> statement-breakpoint
DROP INDEX "export_runs_started_idx";--> statement-breakpoint
CREATE INDEX "datasets_created_idx" ON "datasets" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "datasets_public_created_idx" ON "datasets" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "datasets"."visibility" = 'public' and "datasets"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "datasets_lab_created_idx" ON "datasets" USING btree ("lab_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "datasets_owner_created_idx" ON "datasets" USING btree ("owner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "datasets_format_created_idx" ON "datasets" USING btree ("format","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "datasets_published_idx" ON "datasets" USING btree ("published_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "protocols_created_idx" ON "protocols" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "protocols_lab_created_idx" ON "protocols" USING btree ("lab_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "protocols_owner_created_idx" ON "protocols" USING btree ("owner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "spaces_created_idx" ON "spaces" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "spaces_owner_created_idx" ON "spaces" USING btree ("owner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "export_runs_started_idx" ON "export_runs" USING btree ("started_at" DESC NULLS FIRST);