export function workerCount(raw: string | undefined, machine: { databaseUrl: string | undefined; cores: number }): number;
