/**
 * Applies a length-preserving transform to text that is stored in pieces (the text nodes of
 * one HTML block, the `<w:t>` runs of one Word paragraph): the pieces are joined, transformed
 * once — so a number split across pieces (`<span>370102</span>19900307123X`) is still seen
 * whole — and the result is cut back at the same offsets.
 *
 * @throws Error when `transform` changes the length (a programming error: offsets would no longer map).
 * @example maskSegments(['身份证号370102', '19900307123X'], mask) // ['身份证号3701**', '**********123X']
 */
export function maskSegments(segments: readonly string[], transform: (text: string) => string): string[] {
  const joined = segments.join('');
  if (joined === '') return [...segments];
  const masked = transform(joined);
  if (masked.length !== joined.length) {
    throw new Error(`maskBlock must keep the length (got ${masked.length} characters for ${joined.length})`);
  }
  if (masked === joined) return [...segments];
  const out: string[] = [];
  let at = 0;
  for (const s of segments) {
    out.push(masked.slice(at, at + s.length));
    at += s.length;
  }
  return out;
}
