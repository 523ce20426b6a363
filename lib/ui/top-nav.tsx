"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOutAction } from "@/lib/auth/actions";
import { useMe } from "./api/me";

const LINKS = [
  { href: "/app", label: "Dashboard", exact: true },
  { href: "/app/datasets", label: "Datasets" },
  { href: "/app/analyze", label: "Analyze" },
  { href: "/app/protocols", label: "Protocols" },
  { href: "/app/spaces", label: "Spaces" },
  { href: "/app/labs", label: "Labs" },
  { href: "/app/keys", label: "API keys" },
] as const;

/** Outside the signed-in areas (the sign-in pages) the header offers the public catalogue, not app pages a visitor cannot open. */
const PUBLIC_LINKS = [
  { href: "/explore", label: "Explore", exact: false },
  { href: "/trending", label: "Trending", exact: false },
] as const;

function isActive(pathname: string, href: string, exact: boolean): boolean {
  return exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The site header. Everything under /app and /admin is behind the session checks of their layouts,
 * so there the user is signed in and Sign out is offered (and, for administrators, a link to the
 * admin area); elsewhere (sign-in pages) the header reads no session and offers Sign in instead.
 */
export function TopNav() {
  const pathname = usePathname() ?? "/";
  const inApp = ["/app", "/admin"].some((area) => pathname === area || pathname.startsWith(`${area}/`));
  const onAuthPage = pathname.startsWith("/signin") || pathname.startsWith("/signup");

  return (
    <header className="topbar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="topnav" aria-label="Main">
        <Link href={inApp ? "/app" : "/"} className="logo">
          <span className="logo-mark" aria-hidden="true" />
          Cyanea
        </Link>
        <ul className="topnav-links">
          {(inApp ? LINKS : PUBLIC_LINKS).map((link) => {
            const active = isActive(pathname, link.href, "exact" in link && link.exact);
            return (
              <li key={link.href}>
                <Link href={link.href} aria-current={active ? "page" : undefined} className={active ? "active" : undefined}>
                  {link.label}
                </Link>
              </li>
            );
          })}
          <AdminLink pathname={pathname} signedIn={inApp} />
        </ul>
        <div className="topnav-account">
          {inApp ? <AccountControls /> : onAuthPage ? null : <Link href="/signin">Sign in</Link>}
        </div>
      </nav>
    </header>
  );
}

/** "Admin" for administrators (the role from /api/me; the admin layout checks it again on the server). */
function AdminLink({ pathname, signedIn }: { pathname: string; signedIn: boolean }) {
  const me = useMe({ enabled: signedIn });
  if (!signedIn || me.data?.role !== "admin") return null;
  const active = isActive(pathname, "/admin", false);
  return (
    <li>
      <Link href="/admin/exports" aria-current={active ? "page" : undefined} className={active ? "active" : undefined}>
        Admin
      </Link>
    </li>
  );
}

function AccountControls() {
  const me = useMe();
  return (
    <>
      {me.data ? (
        <span className="topnav-user" title={me.data.email}>
          {me.data.name || me.data.email}
        </span>
      ) : null}
      <form action={signOutAction}>
        <button type="submit" className="btn btn-small btn-ghost">
          Sign out
        </button>
      </form>
    </>
  );
}
