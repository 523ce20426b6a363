/**
 * The page the edge answers a browser with when it refuses a page request (firewall, rate limit,
 * admins only). Self-contained — the edge answers before any route or stylesheet — with the app's
 * colours and fonts inline. Every text is escaped.
 */
export function blockPage(page: { title: string; message: string; requestId?: string; link: { href: string; label: string } }): string {
  const reference = page.requestId ? `<p class="ref">Request id <code>${escapeHtml(page.requestId)}</code></p>` : "";
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="robots" content="noindex"><title>${escapeHtml(page.title)} · Cyanea</title><style>body{margin:0;background:#f6f8fa;color:#17202a;` +
    'font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}main{max-width:36rem;margin:12vh auto;padding:2rem;' +
    "background:#fff;border:1px solid #d5dbe1;border-radius:8px}h1{margin-top:0;font-size:1.4rem}a{color:#085d6c}.ref{color:#57606a;font-size:.9rem}" +
    `</style></head><body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>${reference}` +
    `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p></main></body></html>`
  );
}

/** A browser loading a page (not an API call, a fetch for data or a form post). */
export function isPageNavigation(req: Request, pathname: string): boolean {
  const method = req.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return false;
  if (pathname === "/api" || pathname.startsWith("/api/")) return false;
  return /\btext\/html\b/i.test(req.headers.get("accept") ?? "");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
