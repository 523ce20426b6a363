import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role?: "researcher" | "admin" };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: "researcher" | "admin";
  }
}
