import { Parser } from 'htmlparser2';

/** One link target in a body: an `<a href>` (text = its text) or an `<img src>` (text = its alt). */
export interface BodyLink {
  /** Which element: `a` (a link) or `img` (an image source). */
  kind: 'a' | 'img';
  href: string;
  text: string;
}

/**
 * Every `a[href]` and `img[src]` of an HTML body in document order, for the broken-link
 * check. `href` is the attribute as written (entities decoded, trimmed, not resolved);
 * `text` is the link's text (whitespace collapsed) or the image's `alt`. An empty attribute
 * is listed (`href: ''`, a broken link); an `<a>` without `href` (an anchor) is not.
 *
 * @throws never
 * @example extractLinks('<a href="/a.pdf">附件</a><img src="x.png" alt="图">')
 *   // [{ kind: 'a', href: '/a.pdf', text: '附件' }, { kind: 'img', href: 'x.png', text: '图' }]
 */
export function extractLinks(html: string): BodyLink[] {
  const links: BodyLink[] = [];
  // Open <a> elements, innermost last; text inside goes to each (nested links are invalid but occur).
  const open: { link: BodyLink; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'a') {
          const entry = { link: { kind: 'a' as const, href: (attribs.href ?? '').trim(), text: '' }, text: '' };
          if ('href' in attribs) links.push(entry.link);
          open.push(entry);
        } else if (name === 'img') {
          if ('src' in attribs) links.push({ kind: 'img', href: attribs.src.trim(), text: (attribs.alt ?? '').replace(/\s+/g, ' ').trim() });
        }
      },
      ontext(text) {
        for (const entry of open) entry.text += text;
      },
      onclosetag(name) {
        if (name !== 'a') return;
        const entry = open.pop();
        if (entry) entry.link.text = entry.text.replace(/\s+/g, ' ').trim();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  for (const entry of open) entry.link.text = entry.text.replace(/\s+/g, ' ').trim(); // unclosed <a>
  return links;
}
