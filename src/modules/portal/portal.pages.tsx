import type { PublicOrg } from '../orgs/index.js';
import { COLUMNS, type Column, Layout, type PageContext, columnHref, renderDocument } from './portal.layout.js';

const LEVEL_LABEL: Record<PublicOrg['level'], string> = { province: '省级', city: '市级', county: '县级', township: '乡镇级' };

interface OrgGroup {
  region: PublicOrg;
  /** Departments and institutions, then sub-regions that have no organisations of their own (e.g. townships). */
  members: PublicOrg[];
}

/**
 * Groups the public organisations by region in tree order (root first, each region followed by its
 * sub-regions). A region with nothing under it is listed inside its parent's group instead of
 * showing as an empty group of its own.
 */
export function groupOrgs(orgs: PublicOrg[]): OrgGroup[] {
  const children = new Map<string | null, PublicOrg[]>();
  const known = new Set(orgs.map((o) => o.code));
  for (const o of orgs) {
    const parent = o.parentCode !== null && known.has(o.parentCode) ? o.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const kids = (code: string) => children.get(code) ?? [];
  const groups: OrgGroup[] = [];
  const visit = (region: PublicOrg, isTop: boolean) => {
    const under = kids(region.code);
    if (under.length === 0 && !isTop) return;
    const leafRegions = under.filter((o) => o.kind === 'region' && kids(o.code).length === 0);
    groups.push({ region, members: [...under.filter((o) => o.kind !== 'region'), ...leafRegions] });
    for (const sub of under) if (sub.kind === 'region') visit(sub, false);
  };
  for (const top of children.get(null) ?? []) {
    if (top.kind === 'region') visit(top, true);
  }
  return groups;
}

export function renderHome(ctx: PageContext, orgs: PublicOrg[]): string {
  const groups = groupOrgs(orgs);
  return renderDocument(
    <Layout ctx={ctx} title="首页">
      <h1>{ctx.siteName}政务公开</h1>
      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">公开栏目</h2>
        <ul className="card-grid">
          {COLUMNS.map((c) => (
            <li key={c.slug} className="card">
              <h3><a href={columnHref(c)}>{c.title}</a></h3>
              <p>{c.summary}</p>
              {!c.open && <p className="status">尚未开通</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">公开主体</h2>
        {groups.map(({ region: r, members }) => (
          <section key={r.code} className="org-group" aria-labelledby={`org-${r.code}`}>
            <h3 id={`org-${r.code}`}>{r.name}<span className="muted">（{LEVEL_LABEL[r.level]}）</span></h3>
            {members.length > 0 && (
              <ul className="org-list">
                {members.map((d) => (
                  <li key={d.code}>
                    {d.name}
                    {d.kind === 'region' && <span className="muted">（{LEVEL_LABEL[d.level]}）</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </Layout>,
  );
}

export function renderColumn(ctx: PageContext, column: Column): string {
  return renderDocument(
    <Layout ctx={ctx} title={column.title}>
      <nav aria-label="当前位置" className="breadcrumb"><a href="/">首页</a> › <span>{column.title}</span></nav>
      <h1>{column.title}</h1>
      <p className="notice" role="status"><strong>本栏目尚未开通。</strong>平台正在建设中，开通后将在此提供：</p>
      <ul>
        {column.contents.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <p>如需获取政府信息，可通过信函、传真或到政府信息公开工作机构当面提交申请（《中华人民共和国政府信息公开条例》第二十九条）。</p>
      <p><a href="/">返回首页</a></p>
    </Layout>,
  );
}

export function renderError(ctx: PageContext, p: { status: number; title: string; detail?: string; requestId: string }): string {
  return renderDocument(
    <Layout ctx={ctx} title={p.title}>
      <h1>{p.title}</h1>
      {p.detail && <p>{p.detail}</p>}
      <p className="muted">错误代码 {p.status}，请求编号 {p.requestId}</p>
      <p><a href="/">返回首页</a></p>
    </Layout>,
  );
}
