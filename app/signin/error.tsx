"use client";

import { AuthFormError } from "@/lib/ui/auth/auth-form-error";

export default function FormError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AuthFormError error={error} reset={reset} />;
}
