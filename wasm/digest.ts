// Restriction-site search for digests: the host loads an enzyme's recognition site (and its
// reverse complement unless palindromic) with `setPattern`, then `search`es the record — for
// circular records extended by the first site-length − 1 bases so sites spanning the origin
// are found. Cut positions and fragments are computed on the host.
export { alloc, reset } from "./lib/memory";
export { setPattern, search } from "./lib/iupac-match";
