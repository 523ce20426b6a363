/** Reads at most `maxBytes` of a cloned body as text (stages inspect a bounded prefix only). */
export async function readBodyPrefix(req: Request, maxBytes: number): Promise<string> {
  const body = req.clone().body;
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.byteLength, maxBytes - total);
    chunks.push(take === value.byteLength ? value : value.subarray(0, take));
    total += take;
  }
  // Not awaited: a tee branch's cancel settles only when the other branch is cancelled too.
  void reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
