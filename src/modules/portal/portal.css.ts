/** The portal's whole stylesheet: small, high-contrast (WCAG AA), readable at 200% zoom. */
export const PORTAL_CSS = `
:root{--fg:#1a1a1a;--muted:#555;--brand:#9e1b1b;--link:#0b4f9c;--bg:#fff;--soft:#f5f5f2;--line:#d6d6d0;font-size:16px}
html.large-text{font-size:22px}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:var(--bg);font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;line-height:1.7;min-height:100vh;display:flex;flex-direction:column}
a{color:var(--link)}a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip-link{position:absolute;left:-999px;top:0;background:#000;color:#fff;padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:0}
.site-header{background:var(--brand);color:#fff}
.site-header a{color:#fff}
.header-row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;padding-top:.75rem;padding-bottom:.5rem}
.site-name{font-size:1.6rem;font-weight:700;margin:0}.site-name a{text-decoration:none}
.text-size{border:1px solid #fff;padding:.15rem .6rem;border-radius:4px;text-decoration:none;white-space:nowrap}
.columns-nav{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:0;padding:.25rem 0 .75rem}
.columns-nav a{text-decoration:none;font-size:1.05rem}.columns-nav a[aria-current=page]{text-decoration:underline;font-weight:700}
main.wrap{flex:1 0 auto;width:100%;padding-top:1rem;padding-bottom:2.5rem}
h1{font-size:1.7rem;margin:.5rem 0 1rem}h2{font-size:1.35rem;border-bottom:2px solid var(--brand);padding-bottom:.25rem}
.card-grid{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:6px;padding:1rem;background:var(--soft)}
.card h3{margin:0 0 .5rem;font-size:1.15rem}
.status{display:inline-block;margin:0;color:#7a4b00;background:#fff4d6;border:1px solid #e0c27a;border-radius:4px;padding:0 .5rem;font-size:.9rem}
.notice{background:#fff4d6;border-left:4px solid #c98a00;padding:.75rem 1rem}
.muted{color:var(--muted);font-weight:normal;font-size:.95rem}
.org-group h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.org-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.35rem 1.5rem}
.org-list li{position:relative;padding-left:1rem}
.org-list li::before{content:"";position:absolute;left:.1rem;top:.65em;width:.4rem;height:.4rem;border-radius:50%;background:var(--brand)}
@media (max-width:30rem){.site-name{font-size:1.3rem}h1{font-size:1.45rem}.columns-nav{gap:.25rem 1rem}}
.breadcrumb{font-size:.95rem;color:var(--muted);margin-bottom:.25rem}
.site-footer{background:var(--soft);border-top:1px solid var(--line);font-size:.9rem;color:var(--muted)}
.site-footer .wrap{padding-top:1rem;padding-bottom:1.25rem}.site-footer p{margin:0}
`;
