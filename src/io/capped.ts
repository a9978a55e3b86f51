/**
 * Reads a stream of bytes whole, unless it passes `limit`: then it stops reading at once and
 * gives null, so neither a huge download nor a small link that unpacks into gigabytes is
 * ever held in memory. `onRead` hears the bytes read so far after each piece. Used for links (io/readScenario.ts) and shared links (io/shareLink.ts).
 */
export async function readCapped(stream: ReadableStream<Uint8Array>, limit: number, onRead?: (bytes: number) => void): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
    onRead?.(total);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
