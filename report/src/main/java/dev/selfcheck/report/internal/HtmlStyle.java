package dev.selfcheck.report.internal;

/** The inline style sheet of the HTML report: fluid on phones, plain on paper. */
final class HtmlStyle {

  private HtmlStyle() {}

  /** The style sheet. Band colours are steps c0 (lowest band) to c4 (highest band). */
  static final String CSS = """
      :root { --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --paper: #ffffff; --wash: #f4f6f9;
        --accent: #1f4e79; --band: #6b7280; font-family: "Segoe UI", "DejaVu Sans", Roboto, Helvetica, Arial, sans-serif; }
      .band-c0 { --band: #b42318; --band-soft: #fde8e6; }
      .band-c1 { --band: #c2540a; --band-soft: #fdeedd; }
      .band-c2 { --band: #8a6a00; --band-soft: #fbf3d0; }
      .band-c3 { --band: #4d7c0f; --band-soft: #eaf3dc; }
      .band-c4 { --band: #18794e; --band-soft: #dcf3e7; }
      .band-none { --band: #6b7280; --band-soft: #eef0f3; }
      .not-scorable { --band: #6b7280; --band-soft: #eef0f3; }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body { margin: 0; color: var(--ink); background: var(--wash); line-height: 1.45; font-size: 16px;
        overflow-wrap: anywhere; }
      main, .report-header, .report-footer { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
      h1, h2, h3, h4 { line-height: 1.2; margin: 0 0 .5em; }
      h1 { font-size: clamp(1.5rem, 4vw, 2.3rem); }
      h2 { font-size: 1.35rem; }
      h3 { font-size: 1.1rem; }
      h4 { font-size: 1.02rem; }
      .report-header { display: flex; flex-wrap: wrap; gap: 24px; align-items: stretch; justify-content: space-between;
        padding-top: 28px; padding-bottom: 20px; }
      .header-text { flex: 1 1 420px; min-width: 0; }
      .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0 0 .3em; }
      .description { color: var(--muted); max-width: 60ch; }
      .meta { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: .8em 0 0; }
      .meta dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
      .meta dd { margin: 0; font-weight: 600; }
      .total { flex: 0 1 260px; display: flex; flex-direction: column; align-items: flex-start; gap: 6px;
        background: var(--paper); border: 1px solid var(--line); border-top: 6px solid var(--band);
        border-radius: 10px; padding: 16px 20px; }
      .total-label { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
      .total-score { font-size: 3rem; font-weight: 700; line-height: 1; color: var(--band); }
      .total-max { color: var(--muted); margin-top: -4px; }
      .total-completion, .completion { color: var(--muted); font-size: .9rem; }
      section { margin: 0 0 28px; }
      .overview, .recommendations, .field { background: var(--paper); border: 1px solid var(--line);
        border-radius: 10px; padding: 20px; }
      .overview-grid { display: grid; grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr); gap: 24px; align-items: center; }
      .overview-grid.bars-only { grid-template-columns: minmax(0, 1fr); }
      .radar-figure { margin: 0; min-width: 0; }
      svg.radar { width: 100%; height: auto; display: block; max-width: 740px; margin: 0 auto; font-size: 16px; }
      .radar-zone { fill: var(--band-soft); stroke: none; }
      .radar-grid { fill: none; stroke: #b8c0cc; stroke-width: 1; }
      .radar-axis { stroke: #9aa3b2; stroke-width: 1; }
      .radar-axis.not-scorable { stroke-dasharray: 4 4; }
      .radar-tick { fill: #9aa3b2; }
      .radar-polygon { fill: rgba(31, 78, 121, .18); stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
      .radar-point { fill: var(--band); stroke: #fff; stroke-width: 2; }
      .radar-label { fill: var(--ink); font-weight: 600; }
      .radar-label.not-scorable { fill: var(--muted); font-style: italic; }
      .radar-score { font-weight: 400; fill: var(--muted); }
      .bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 14px; }
      .field-bar { min-width: 0; }
      .field-name { font-weight: 600; color: var(--ink); text-decoration: none; }
      .field-name:hover { text-decoration: underline; }
      .bar-track { height: 12px; border-radius: 6px; background: #e6e9ef; margin: 4px 0; overflow: hidden; }
      .not-scorable .bar-track { background: repeating-linear-gradient(135deg, #e6e9ef 0 6px, #f5f6f8 6px 12px); }
      .bar-fill { height: 100%; background: var(--band); border-radius: 6px;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .bar-facts, .field-summary { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
      .score { font-weight: 700; font-variant-numeric: tabular-nums; }
      .band-chip { display: inline-block; font-size: .8rem; font-weight: 600; color: #fff; background: var(--band);
        border-radius: 999px; padding: 1px 10px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .band-chip.not-scorable { color: var(--ink); background: #e6e9ef; }
      .not-scorable-reason { margin: 2px 0 0; font-size: .85rem; color: var(--muted); font-style: italic; }
      .by-support { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px;
        margin-bottom: 20px; }
      .support-group { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--wash); }
      .support-group h3 { font-size: .9rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
      .support-group ul { margin: 0; padding-left: 1.1em; }
      .support-group a { color: var(--accent); }
      .rec-field { margin: 0 0 18px; }
      .rec-field > h3 { border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      .rec-card { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 8px;
        padding: 12px 16px; margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
      .rec-card p { margin: .4em 0; }
      .tags { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 6px; padding: 0; }
      .tag { font-size: .78rem; border: 1px solid var(--accent); color: var(--accent); border-radius: 999px; padding: 0 8px; }
      .links ul, .reasons ul { margin: .2em 0 .4em; padding-left: 1.2em; }
      .rec-link { color: var(--accent); }
      code.href { font-size: .85em; color: var(--muted); background: var(--wash); padding: 0 4px; border-radius: 4px; }
      .reasons { font-size: .9rem; color: var(--muted); }
      .field { border-top: 6px solid var(--band); break-inside: avoid-page; }
      .field h2 { display: flex; justify-content: space-between; gap: 12px; }
      .field h2 .score { color: var(--band); }
      .band-text { color: var(--muted); margin: .5em 0; }
      details.explain { margin-top: 12px; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
      details.explain summary { cursor: pointer; font-weight: 600; color: var(--accent); }
      .table-wrap { overflow-x: auto; }
      table.contributions { width: 100%; border-collapse: collapse; margin-top: 8px; font-size: .9rem; }
      .contributions th { text-align: left; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em;
        color: var(--muted); border-bottom: 2px solid var(--line); padding: 4px 6px; }
      .contributions td { border-bottom: 1px solid var(--line); padding: 6px; vertical-align: top;
        font-variant-numeric: tabular-nums; }
      .contributions tr.dimension td { font-weight: 600; background: var(--wash); }
      .contributions tr.excluded td { color: var(--muted); }
      .why-excluded { font-style: italic; }
      .depth-1 { padding-left: 22px !important; } .depth-2 { padding-left: 38px !important; }
      .depth-3 { padding-left: 54px !important; } .depth-4, .depth-5 { padding-left: 70px !important; }
      .comment, .evidence { font-weight: 400; font-size: .85rem; color: var(--muted); margin-top: 4px; }
      .comment span, .evidence span { font-weight: 600; }
      .evidence ul { margin: 0; padding-left: 1.2em; }
      .improve { margin-top: 14px; background: var(--wash); border-radius: 8px; padding: 12px 16px; break-inside: avoid; }
      .improve h3 { font-size: 1rem; }
      .improve-sub { font-weight: 600; margin: .4em 0 .2em; font-size: .9rem; }
      .improve ol { margin: 0 0 .4em; padding-left: 1.4em; }
      .improve .to { font-weight: 600; }
      .improve .from { color: var(--muted); }
      .improve .gain { color: var(--accent); font-weight: 600; white-space: nowrap; }
      .unreachable { color: var(--muted); font-style: italic; }
      .report-footer { color: var(--muted); font-size: .8rem; padding-bottom: 24px; }
      @media (max-width: 760px) {
        body { font-size: 15px; }
        main, .report-header, .report-footer { padding: 0 10px; }
        .report-header { padding-top: 16px; }
        .overview, .recommendations, .field { padding: 14px; }
        .overview-grid { grid-template-columns: minmax(0, 1fr); }
        .radar-figure { margin: 0 -10px; }
        .total { flex: 1 1 100%; }
        .contributions thead { display: none; }
        .contributions tr, .contributions td { display: block; }
        .contributions tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
        .contributions td { border: 0; padding: 2px 6px; }
        .contributions td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
        [class*="depth-"] { padding-left: 6px !important; }
      }
      @media print {
        :root { --wash: #ffffff; }
        body { background: #fff; font-size: 11pt; }
        main, .report-header, .report-footer { max-width: none; padding: 0; }
        .overview, .recommendations, .field { border: 0; border-radius: 0; padding: 0; }
        .field { border-top: 3px solid var(--band); padding-top: 8px; }
        .support-group, .improve { background: none; border: 1px solid var(--line); }
        .rec-card, .field-bar, .improve, .support-group, tr { break-inside: avoid; page-break-inside: avoid; }
        .overview { break-after: page; }
        h2, h3, h4 { break-after: avoid; }
        a { color: inherit; text-decoration: none; }
        .field-name { color: var(--ink); }
      }
      """;

  /**
   * The additions of a panel's workshop report to {@link #CSS}: the spread on the radar and the
   * bars, the tables of distributions and groups (labelled rows on a phone), the agenda beside the
   * recommendations, and page breaks for A4.
   */
  static final String WORKSHOP_CSS = """
      .radar-spread-area { fill: rgba(31, 78, 121, .16); stroke: none; }
      .radar-spread { stroke: var(--accent); stroke-opacity: .55; stroke-width: 9; stroke-linecap: round; }
      .radar-figure figcaption, .note { color: var(--muted); font-size: .9rem; }
      .radar-figure figcaption { text-align: center; margin-top: 6px; }
      .workshop .bar-track { position: relative; }
      .bar-spread { position: absolute; top: 0; bottom: 0; min-width: 4px; border-radius: 6px;
        background: rgba(31, 78, 121, .35); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .bar-mark { position: absolute; top: 0; bottom: 0; width: 6px; margin-left: -3px; border-radius: 3px;
        background: var(--band); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .panel-section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 20px; }
      table.stack { width: 100%; border-collapse: collapse; font-size: .92rem; }
      .stack th, .stack td { text-align: left; vertical-align: top; padding: 6px; border-bottom: 1px solid var(--line);
        font-variant-numeric: tabular-nums; }
      .stack thead th, .stack td { white-space: nowrap; overflow-wrap: normal; }
      .stack td.bands { white-space: normal; min-width: 160px; }
      .stack thead th { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
        border-bottom: 2px solid var(--line); }
      .stack tbody th { font-weight: 600; }
      .stack tr.total-row th, .stack tr.total-row td { background: var(--wash); font-weight: 600; }
      .stack td.low { color: #b42318; font-weight: 600; }
      .group-size { font-weight: 400; }
      .band-stack { display: flex; height: 10px; min-width: 80px; border-radius: 5px; overflow: hidden; background: #e6e9ef;
        margin: 3px 0 4px; }
      .band-stack span { display: block; height: 100%; background: var(--band);
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .band-counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 10px; font-size: .82rem; }
      .band-counts .zero { color: var(--muted); }
      .agenda-field { margin: 18px 0 0; }
      .agenda-field > h3 { border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      .agenda-grid { display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr); gap: 18px; align-items: start; }
      .agenda-grid.items-only { grid-template-columns: minmax(0, 1fr); }
      .agenda-list { margin: 0; padding-left: 2.2em; }
      .agenda-item { margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
      .agenda-question { font-weight: 600; margin: 0 0 2px; }
      .agenda-facts { margin: 0; font-size: .88rem; color: var(--muted); }
      .priority { font-weight: 600; color: var(--accent); margin-right: 6px; }
      .agenda-reasons { margin: 2px 0 0; padding-left: 1.1em; font-size: .9rem; }
      .agenda-recs { background: var(--wash); border-radius: 8px; padding: 10px 12px; }
      .aside-heading { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
      .agenda-recs .rec-card { background: var(--paper); }
      .gap-list { margin: 0; padding-left: 1.2em; }
      .gap-list li { margin: 0 0 8px; }
      .gap-question { font-weight: 600; }
      .gap-field, .gap-states { color: var(--muted); font-size: .88rem; }
      .gap-field::before { content: "("; } .gap-field::after { content: ")"; }
      .gap-states { display: block; }
      @media (max-width: 760px) {
        .panel-section { padding: 14px; }
        .agenda-grid { grid-template-columns: minmax(0, 1fr); }
        .agenda-list { padding-left: 1.8em; }
        .stack thead { display: none; }
        .stack tr, .stack th, .stack td { display: block; }
        .stack tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
        .stack th, .stack td { border: 0; padding: 2px 6px; white-space: normal; }
        .stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
      }
      @media print {
        @page { size: A4; margin: 16mm 14mm; }
        .panel-section { border: 0; border-radius: 0; padding: 0; }
        .agenda-recs { background: none; border: 1px solid var(--line); }
        .agenda { break-before: page; page-break-before: always; }
        .agenda-field > h3 { break-after: avoid; page-break-after: avoid; }
        .stack tr, .agenda-item, .gap-list li { break-inside: avoid; page-break-inside: avoid; }
        .agenda-grid:not(.items-only) { grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); }
      }
      """;
}
