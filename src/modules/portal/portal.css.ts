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
.notice{background:#fff4d6;border-left:4px solid #c98a00;padding:.75rem 1rem;margin:0 0 1rem}.notice p{margin:.1rem 0}
.muted{color:var(--muted);font-weight:normal;font-size:.95rem}
.org-group h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.org-group .org-heading{font-size:1.05rem;margin:1rem 0 .4rem}
.org-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.35rem 1.5rem}
.org-list li{position:relative;padding-left:1rem}
.org-list li::before{content:"";position:absolute;left:.1rem;top:.65em;width:.4rem;height:.4rem;border-radius:50%;background:var(--brand)}
@media (max-width:30rem){.site-name{font-size:1.3rem}h1{font-size:1.45rem}.columns-nav{gap:.25rem 1rem}}
.breadcrumb{font-size:.95rem;color:var(--muted);margin-bottom:.25rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
input,select,button{font:inherit;color:inherit}
input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
button{cursor:pointer}
.header-tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.site-search{display:flex}
.site-search input{width:14rem;max-width:55vw;border:1px solid #fff;border-radius:4px 0 0 4px;padding:.15rem .5rem;background:#fff;color:var(--fg)}
.site-search button{border:1px solid #fff;border-left:0;border-radius:0 4px 4px 0;background:#7a1414;color:#fff;padding:.15rem .75rem}
.columns-nav a[aria-current=true]{text-decoration:underline}
.lead{font-size:1.05rem}
.search-box{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:1rem;margin:0 0 1rem}
.search-box .field{display:flex;flex-direction:column;flex:1 1 16rem}
.search-box label{font-weight:700}
.search-box input[type=search]{border:2px solid #767676;border-radius:4px;padding:.4rem .6rem;width:100%}
.btn{border:2px solid var(--brand);background:var(--brand);color:#fff;border-radius:4px;padding:.4rem 1.2rem}
.btn-secondary{background:#fff;color:var(--brand)}
.filter-form{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:0 0 1rem;padding:.75rem 1rem;border:1px solid var(--line);border-radius:6px}
.filter-form .field{display:flex;flex-direction:column;min-width:9rem}
.filter-form label{font-size:.95rem;font-weight:700}
.filter-form select{border:1px solid #767676;border-radius:4px;padding:.3rem .4rem;background:#fff;max-width:16rem}
.with-facets{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem;align-items:start}
@media (max-width:50rem){.with-facets{grid-template-columns:1fr}.with-facets .facets{order:2}}
.with-facets>:only-child{grid-column:1/-1}
.facets{border:1px solid var(--line);border-radius:6px;padding:.25rem 1rem 1rem;background:var(--soft)}
.facets h2{font-size:1.15rem;border-bottom-width:1px}
.facet h3{font-size:1rem;margin:.9rem 0 .25rem}
.facet ul{list-style:none;margin:0;padding:0}
.facet li{margin:.1rem 0}
.facet a[aria-current=true]{font-weight:700;color:var(--fg);text-decoration:none}
.facet a[aria-current=true]::before{content:"✓ "}
.count{color:var(--muted);font-size:.9rem}
.applied{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0 0 1rem}
.applied li{border:1px solid var(--line);border-radius:999px;padding:0 .75rem;background:#fff}
.result-summary{margin:.25rem 0 .75rem;color:var(--muted)}
.doc-list{list-style:none;margin:0;padding:0;border-top:1px solid var(--line)}
.doc-list>li{padding:.75rem 0;border-bottom:1px solid var(--line)}
.doc-link{font-size:1.1rem;font-weight:700}
.doc-meta{display:flex;flex-wrap:wrap;gap:.1rem 1.25rem;margin:.25rem 0 0;color:var(--muted);font-size:.93rem}
.snippet{margin:.35rem 0 0}
mark{background:#ffe58a;color:inherit;padding:0 .05em}
.badge{display:inline-block;font-size:.85rem;font-weight:700;border:1px solid var(--brand);color:var(--brand);border-radius:4px;padding:0 .4rem;margin-right:.4rem;vertical-align:.1em}
.pagination ul{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:1.25rem 0}
.pagination a,.pagination span{display:inline-block;min-width:2.4rem;text-align:center;padding:.2rem .5rem;border:1px solid var(--line);border-radius:4px;text-decoration:none}
.pagination a[aria-current=page]{background:var(--brand);border-color:var(--brand);color:#fff;font-weight:700}
.meta-table{width:100%;border-collapse:collapse;margin:0 0 1.5rem;background:var(--soft);font-size:.95rem}
.meta-table caption{text-align:left;font-weight:700;padding:.25rem 0}
.meta-table th,.meta-table td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
.meta-table th{width:7.5rem;white-space:nowrap;background:#ecece6;font-weight:700}
@media (max-width:40rem){.meta-table,.meta-table caption,.meta-table tbody,.meta-table tr,.meta-table th,.meta-table td{display:block;width:auto}.meta-table th{border-bottom:0}}
.doc-heading{text-align:center;font-size:1.6rem;line-height:1.5;margin:1rem 0 .25rem}
.doc-number{text-align:center;color:var(--muted);margin:0 0 1.5rem}
.doc-body{font-size:1.05rem;line-height:1.9;overflow-wrap:anywhere}
.doc-body p{margin:.6rem 0;text-indent:2em}
.doc-body img{max-width:100%;height:auto}
.doc-body table{border-collapse:collapse;max-width:100%;display:block;overflow-x:auto}
.doc-body th,.doc-body td{border:1px solid #999;padding:.3rem .5rem}
.doc-body h2,.doc-body h3,.doc-body h4{border:0;font-size:1.15rem}
.attachments ul,.related ul{padding-left:1.25rem}
.attachments li,.related li{margin:.3rem 0}
.doc-footer-links{display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0}
.topic-grid{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.35rem 1.5rem}
.topic-grid li{display:flex;justify-content:space-between;gap:.5rem;border-bottom:1px dashed var(--line);padding:.2rem 0}
.sections{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem;list-style:none;padding:0}
.sections>li{border:1px solid var(--line);border-top:3px solid var(--brand);border-radius:4px;padding:.5rem 1rem 1rem;background:#fff}
.sections h3{margin:.25rem 0 .5rem;font-size:1.15rem}
.no-results{border:1px solid var(--line);border-radius:6px;padding:.5rem 1.25rem 1rem;background:var(--soft)}
.no-results h2,.no-results h3{font-size:1.15rem;border:0;overflow-wrap:anywhere}
.result-summary{overflow-wrap:anywhere}
.feed-link{font-size:.95rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:center;margin:1rem 0 1.5rem}
a.btn{display:inline-block;text-decoration:none}
.pre-wrap{white-space:pre-wrap;overflow-wrap:anywhere}
.rule-list div{display:grid;grid-template-columns:minmax(8rem,16rem) 1fr;gap:0 1rem;border-bottom:1px dashed var(--line);padding:.3rem 0}
.rule-list dt{font-weight:700}.rule-list dd{margin:0}
@media (max-width:40rem){.rule-list div{grid-template-columns:1fr}}
.guide-list{margin:0;padding-left:1.25rem}
.apply-form fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 1.25rem;padding:.25rem 1rem .75rem;min-width:0}
.apply-form legend{font-weight:700;font-size:1.1rem;padding:0 .35rem}
.form-group{margin:.85rem 0}
.form-group>label{display:block;font-weight:700}
.hint{display:block;color:var(--muted);font-size:.93rem;margin:0 0 .3rem}
.form-group input,.form-group select,.form-group textarea{display:block;width:100%;max-width:26rem;border:2px solid #767676;border-radius:4px;padding:.35rem .5rem;background:#fff;font:inherit;color:inherit}
.form-group input.input-short{max-width:10rem}
.form-group textarea{max-width:48rem}
textarea:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.form-group-error{border-left:4px solid #b00020;padding-left:.85rem}
.field-error{color:#b00020;font-weight:700;margin:.1rem 0 .3rem}
.form-group [aria-invalid=true]{border-color:#b00020}
.radios{display:flex;flex-wrap:wrap;gap:.35rem 1.5rem;margin:.35rem 0}
.radios label{display:flex;align-items:center;gap:.4rem}
.radios input{width:1.2rem;height:1.2rem;margin:0}
.required{color:#b00020;font-weight:normal;font-size:.9rem;margin-left:.2rem}
.optional{color:var(--muted);font-weight:normal;font-size:.9rem;margin-left:.2rem}
.error-summary{border:4px solid #b00020;padding:.25rem 1.25rem .75rem;margin:0 0 1.5rem}
.error-summary h2{border:0;font-size:1.2rem;margin:.5rem 0}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#b00020;font-weight:700}
.error-summary:focus{outline:3px solid #f0a500}
.privacy-notice{background:var(--soft);border-left:4px solid var(--link);padding:.25rem 1rem .5rem;margin:0 0 1.25rem}
.privacy-notice h2{border:0;font-size:1.1rem;margin:.5rem 0 .25rem}
.success{background:#e8f5e9;border-left:4px solid #2e7d32;padding:.75rem 1rem;margin:0 0 1rem}
.credentials{border:3px solid var(--brand);border-radius:6px;padding:.75rem 1.5rem;margin:1rem 0;background:#fff;max-width:36rem}
.credentials dt{font-weight:700}
.credentials dd{margin:0 0 .5rem;font-size:2rem;line-height:1.4;font-family:ui-monospace,"DejaVu Sans Mono",monospace;letter-spacing:.08em;font-weight:700;overflow-wrap:anywhere}
.timeline{list-style:none;padding:0 0 0 1rem;margin:0;border-left:3px solid var(--line)}
.timeline li{padding:.2rem 0 .6rem}
.timeline time{font-weight:700;margin-right:.75rem}
.timeline p{margin:.1rem 0 0}
.letter-list{list-style:none;padding:0}
.letter-list li{border-bottom:1px solid var(--line);padding:.5rem 0}
.letter-list p{margin:0 0 .4rem}
.download-forms{display:flex;flex-wrap:wrap;gap:.5rem}
.download-forms form{margin:0}
.site-footer{background:var(--soft);border-top:1px solid var(--line);font-size:.9rem;color:var(--muted)}
.site-footer .wrap{padding-top:1rem;padding-bottom:1.25rem}.site-footer p{margin:0}
`;
