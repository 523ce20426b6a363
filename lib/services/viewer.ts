import type { Viewer } from "@/db/queries/visibility";
import type { ServiceContext } from "./context";

/** The list filter's view of the caller. */
export function viewerOf(ctx: ServiceContext): Viewer {
  return ctx.principal.kind === "user" ? { userId: ctx.principal.userId, labIds: [...ctx.memberships.keys()] } : null;
}
