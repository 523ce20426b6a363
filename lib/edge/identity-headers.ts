/** Headers only the edge may set: any copy sent by a client is removed before route code runs. */
export const EDGE_OWNED_HEADERS = ["x-user-id", "x-user-role"] as const;

/** Request ids a client may pick for correlation; anything else is replaced by a fresh UUID. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;
