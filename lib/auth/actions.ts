"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "./auth-config";
import { signInThrottle } from "./sign-in-throttle";
import { signUp } from "@/lib/services/accounts/sign-up";
import { AppError } from "@/lib/errors/app-error";

export interface AuthFormState {
  error: string;
  /** What the user typed, so a failed attempt does not empty the form (never the password). */
  email?: string;
  name?: string;
}

/** A text field's value for echoing back into the form (bounded). */
function typed(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === "string" ? value.slice(0, 320) : "";
}

/** Only same-site relative paths are followed after sign-in (no open redirect). */
function safeCallback(raw: FormDataEntryValue | null): string {
  const value = typeof raw === "string" ? raw : "";
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/app";
}

/** Credentials sign-in; redirects on success, returns a message on failure. */
export async function signInAction(_prev: AuthFormState | undefined, formData: FormData): Promise<AuthFormState> {
  const email = typed(formData, "email");
  const wait = signInThrottle().check(await headers(), email);
  if (wait !== null) return { error: tooManyAttempts(wait), email };
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
  } catch (err) {
    if (err instanceof AuthError) return { error: "Wrong email or password.", email };
    throw err; // the redirect on success is thrown as an error too and must propagate
  }
  return { error: "" };
}

function tooManyAttempts(seconds: number): string {
  return `Too many attempts. Try again in ${seconds} s.`;
}

/** Creates an account, then signs in. */
export async function signUpAction(_prev: AuthFormState | undefined, formData: FormData): Promise<AuthFormState> {
  const email = typed(formData, "email");
  const name = typed(formData, "name");
  const wait = signInThrottle().check(await headers(), email);
  if (wait !== null) return { error: tooManyAttempts(wait), email, name };
  const password = String(formData.get("password") ?? "");
  try {
    await signUp({ email, password, name });
  } catch (err) {
    if (err instanceof AppError) return { error: err.errors.length ? err.errors.map((e) => e.detail).join(" ") : err.message, email, name };
    throw err;
  }
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (err) {
    if (err instanceof AuthError) return { error: "Account created, but signing in failed. Try signing in.", email, name };
    throw err;
  }
  return { error: "" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
