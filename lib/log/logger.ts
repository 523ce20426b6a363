/** JSON-lines logger. Callers pass ids, counts and sizes — never sequences, file contents, tokens or passwords. */
type Level = "debug" | "info" | "warn" | "error";

export interface LogFields {
  requestId?: string;
  traceId?: string;
  route?: string;
  userId?: string;
  durationMs?: number;
  code?: string;
  [key: string]: unknown;
}

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const lvl = (typeof process !== "undefined" ? process.env.CYANEA_LOG_LEVEL : undefined) as Level | undefined;
  return order[lvl ?? "info"] ?? order.info;
}

function write(level: Level, msg: string, fields: LogFields): void {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const log = {
  debug: (msg: string, fields: LogFields = {}) => write("debug", msg, fields),
  info: (msg: string, fields: LogFields = {}) => write("info", msg, fields),
  warn: (msg: string, fields: LogFields = {}) => write("warn", msg, fields),
  error: (msg: string, fields: LogFields = {}) => write("error", msg, fields),
};
