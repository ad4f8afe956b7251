import { createHash } from 'node:crypto';

/**
 * Rendered pages keyed by a digest of every input the render reads (page context, document view,
 * related lists): React rendering is the costliest step of a document page (docs/PERFORMANCE.md), and
 * any change of an input — an edit, a withdrawal, a renamed organisation, the large-text cookie —
 * gives a new key, so nothing stale is ever served. Least recently used entries go first.
 */
export function createRenderCache(max: number) {
  const entries = new Map<string, string>();
  return {
    get(inputs: unknown, render: () => string): string {
      const key = createHash('sha1').update(JSON.stringify(inputs)).digest('base64url');
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const html = render();
      entries.set(key, html);
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return html;
    },
    get size() {
      return entries.size;
    },
  };
}
