/** Types of strip-client-js.mjs (client scripts removed from public pages in the page cache). */
export const NO_CLIENT_JS_META_NAME: "cyanea-client-js";
export const NO_CLIENT_JS_META_CONTENT: "none";
export function stripClientJs(html: unknown): string | null;
