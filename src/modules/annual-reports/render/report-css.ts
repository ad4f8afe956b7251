/**
 * Styles of the report's HTML (the standalone page of `gongkai report annual --format html`, and the
 * portal/admin pages that embed <ReportDocument>). Print first: A4 with the 公文 margins, header rows of
 * long tables repeated on every printed page, rows never split, black on white.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.gk-report { max-width: 156mm; margin: 0 auto; padding: 1rem; color: #000; background: #fff;
  font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 16pt; line-height: 1.8; }
.gk-report h1 { text-align: center; font-weight: normal; font-size: 22pt; line-height: 1.5; margin: 0 0 1em;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.gk-report h2 { font-size: 16pt; font-weight: normal; margin: 1em 0 0.3em; break-after: avoid;
  font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
.gk-report p { margin: 0; text-indent: 2em; text-align: justify; }
.gk-report .gk-sign { text-indent: 0; text-align: right; margin-top: 2em; padding-right: 4em; }
.gk-report .gk-sign span { display: block; }
.gk-table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.4;
  font-family: "宋体", SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.gk-table caption { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 12pt; padding: 0.3em 0; }
.gk-table th, .gk-table td { border: 1px solid #000; padding: 0.25em 0.4em; vertical-align: middle; }
.gk-table th { font-weight: normal; text-align: center; }
.gk-table th[scope="row"] { text-align: left; }
.gk-table td { text-align: center; font-variant-numeric: tabular-nums; }
.gk-table td.gk-note { font-size: 9pt; text-align: left; }
.gk-table td a { color: inherit; display: block; }
.gk-table td a:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.gk-table td.gk-cell-error { background: #fde2e1; outline: 2px solid #b3261e; outline-offset: -2px; font-weight: bold; }
.gk-table thead { display: table-header-group; }
.gk-table tr { break-inside: avoid; }
.gk-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media print {
  .gk-report { max-width: none; padding: 0; }
  .gk-table td a { text-decoration: none; }
  .gk-table td.gk-cell-error { background: none; }
}
`;
