import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role?: "researcher" | "admin" };
    /** Id of this sign-in (the JWT's `sid`), checked against signed-out sessions. */
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: "researcher" | "admin";
    /** Random id per sign-in; signing out revokes it server-side. */
    sid?: string;
  }
}
