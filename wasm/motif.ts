// IUPAC motif search: the host loads the pattern (and its reverse complement for the reverse
// strand) with `setPattern`, then `search`es each record; see lib/iupac-match.ts.
export { alloc, reset } from "./lib/memory";
export { setPattern, search } from "./lib/iupac-match";
