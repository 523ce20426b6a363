"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useActionState, useEffect } from "react";
import { signInAction, signUpAction } from "@/lib/auth/actions";

/**
 * Drops every cached query when an auth form mounts, so the next user of this tab never sees
 * the previous user's data (sign-out lands here).
 */
function useClearCacheOnMount() {
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.clear();
  }, [queryClient]);
}

/**
 * What was typed in the last submitted form (never the password), for the form that comes back
 * after the edge refused the post: the error boundary's "Back to the form" remounts it empty.
 */
const lastTyped: { email?: string; name?: string } = {};

function remember(form: HTMLFormElement) {
  const data = new FormData(form);
  lastTyped.email = String(data.get("email") ?? "");
  if (data.has("name")) lastTyped.name = String(data.get("name") ?? "");
}

function linkWithCallback(path: string, callbackUrl: string): string {
  return callbackUrl && callbackUrl !== "/app" ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}` : path;
}

/** Email + password sign-in; the server action redirects to `callbackUrl` on success. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  useClearCacheOnMount();
  const [state, formAction, pending] = useActionState(signInAction, undefined);
  const error = state?.error;
  return (
    <form action={formAction} onSubmit={(e) => remember(e.currentTarget)} className="auth-form stack" aria-describedby={error ? "signin-error" : undefined}>
      <h1>Sign in to Cyanea</h1>
      {error ? (
        <p className="form-problem" role="alert" id="signin-error">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="signin-email">Email</label>
        <input id="signin-email" name="email" type="email" autoComplete="email" required autoFocus={!state?.email} defaultValue={state?.email ?? lastTyped.email} />
      </div>
      <div className="field">
        <label htmlFor="signin-password">Password</label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required autoFocus={Boolean(state?.email)} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="muted">
        New to Cyanea? <Link href={linkWithCallback("/signup", callbackUrl)}>Create an account</Link>
      </p>
    </form>
  );
}

/** Name, email and password sign-up; signs in and redirects on success. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  useClearCacheOnMount();
  const [state, formAction, pending] = useActionState(signUpAction, undefined);
  const error = state?.error;
  return (
    <form action={formAction} onSubmit={(e) => remember(e.currentTarget)} className="auth-form stack" aria-describedby={error ? "signup-error" : undefined}>
      <h1>Create your Cyanea account</h1>
      {error ? (
        <p className="form-problem" role="alert" id="signup-error">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="signup-name">Name</label>
        <input id="signup-name" name="name" type="text" autoComplete="name" required maxLength={120} autoFocus defaultValue={state?.name ?? lastTyped.name} />
      </div>
      <div className="field">
        <label htmlFor="signup-email">Email</label>
        <input id="signup-email" name="email" type="email" autoComplete="email" required defaultValue={state?.email ?? lastTyped.email} />
      </div>
      <div className="field">
        <label htmlFor="signup-password">Password</label>
        <input id="signup-password" name="password" type="password" autoComplete="new-password" required minLength={10} aria-describedby="signup-password-hint" />
        <p className="hint" id="signup-password-hint">
          At least 10 characters.
        </p>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="muted">
        Already have an account? <Link href={linkWithCallback("/signin", callbackUrl)}>Sign in</Link>
      </p>
    </form>
  );
}
