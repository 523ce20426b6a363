import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/queries/errors";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import { uniqueHandle } from "@/lib/auth/handles";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/domain/schemas";
import { AppError } from "@/lib/errors/app-error";
import { validate } from "@/lib/http/json-body";
import { log } from "@/lib/log/logger";

const HANDLE_ATTEMPTS = 3;

function emailTaken(): AppError {
  return new AppError("conflict", "An account with this email already exists", { errors: [{ pointer: "/email", detail: "already registered" }] });
}

/**
 * Creates a researcher account with a password. Called from the sign-up server action and the
 * JSON route, so it opens the database itself rather than taking a ServiceContext.
 */
export async function signUp(input: { email: string; password: string; name: string }): Promise<{ id: string }> {
  const { email, password, name } = validate(signUpSchema, input);
  const { db } = await getDb();
  if (await findUserByEmail(db, email)) throw emailTaken();
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; attempt < HANDLE_ATTEMPTS; attempt++) {
    try {
      const user = await insertUser(db, { email, name, handle: await uniqueHandle(db, name), passwordHash, role: "researcher" });
      log.info("account created", { userId: user.id });
      return { id: user.id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Either the email was registered concurrently, or another sign-up took the same handle: retry the latter.
      if (await findUserByEmail(db, email)) throw emailTaken();
    }
  }
  throw new AppError("conflict", "Could not allocate a handle for this account; try again.");
}
