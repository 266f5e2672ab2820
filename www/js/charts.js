// Small inline-SVG charts drawn by the page itself. Colours come from CSS classes.
import { s, h, fmt } from "./dom.js";
import { download, fileName, svgMarkup, svgPng } from "./export.js";

/**
 * Horizontal bar chart.
 * items: [{ label, value, cls?, onclick?, title? }]; options: { title, valueLabel(v), max }
 */
export function barChart(items, { title = "", desc = "", valueLabel = (v) => fmt(v), max } = {}) {
  const rowH = 24, labelW = 150, valueW = 64, width = 560;
  const barW = width - labelW - valueW;
  const top = Math.max(1e-9, max ?? Math.max(0, ...items.map((d) => d.value)));
  const height = items.length * rowH + 4;
  const svg = s("svg", {
    class: "chart bar-chart", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": title || "Bar chart", preserveAspectRatio: "xMinYMin meet",
  });
  svg.appendChild(s("title", null, title));
  if (desc) svg.appendChild(s("desc", null, desc));
  items.forEach((d, i) => {
    const y = i * rowH + 2;
    const w = Math.max(2, (d.value / top) * barW);
    const g = s("g", { class: `bar-row ${d.onclick ? "clickable" : ""}` });
    const label = d.label.length > 22 ? d.label.slice(0, 21) + "…" : d.label;
    g.appendChild(s("text", { x: labelW - 8, y: y + rowH / 2 + 4, "text-anchor": "end", class: "bar-label" }, label));
    g.appendChild(s("rect", { x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 2, class: `bar ${d.cls || ""}` }));
    g.appendChild(s("text", { x: labelW + w + 6, y: y + rowH / 2 + 4, class: "bar-value" }, valueLabel(d.value)));
    g.appendChild(s("title", null, d.title || `${d.label}: ${valueLabel(d.value)}`));
    if (d.onclick) g.addEventListener("click", d.onclick);
    svg.appendChild(g);
  });
  return svg;
}

/** Characters of an article title a heatmap row keeps (the whole title is in the key below it and in each cell's tooltip). */
const HEAT_LABEL_CHARS = 16;
/** Width (viewBox units) allowed per label character: the widest letters of the 12 px label font, so no label is cut off. */
const LABEL_CHAR_W = 7.6;

/** A square heatmap of matrix[i][j] in 0..1, labels per row/column. */
export function heatmap(matrix, labels, { title = "Similarity" } = {}) {
  const n = labels.length, cell = 56, top = 28;
  const short = (t) => (t.length > HEAT_LABEL_CHARS ? t.slice(0, HEAT_LABEL_CHARS - 1).trimEnd() + "…" : t);
  const rowLabels = labels.map((l, i) => `${i + 1}. ${short(l)}`);
  // the row labels' column is as wide as the longest label needs
  const pad = Math.ceil(12 + LABEL_CHAR_W * Math.max(0, ...rowLabels.map((l) => l.length)));
  const width = pad + n * cell + 4, height = top + n * cell + 4;
  const svg = s("svg", { class: "chart heatmap", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
  svg.appendChild(s("title", null, title));
  rowLabels.forEach((l, i) => {
    svg.appendChild(s("text", { x: pad - 8, y: top + i * cell + cell / 2 + 4, "text-anchor": "end", class: "bar-label heat-row-label" }, l));
    svg.appendChild(s("text", { x: pad + i * cell + cell / 2, y: top - 8, "text-anchor": "middle", class: "bar-label" }, `${i + 1}`));
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = Number(matrix?.[i]?.[j]);
      const ok = Number.isFinite(v);
      const level = ok ? Math.min(5, Math.floor(v * 5.0001)) : 0;
      const g = s("g");
      g.appendChild(s("rect", { x: pad + j * cell, y: top + i * cell, width: cell - 2, height: cell - 2, class: `heat heat-${level}` }));
      g.appendChild(s("text", { x: pad + j * cell + cell / 2 - 1, y: top + i * cell + cell / 2 + 4, "text-anchor": "middle", class: `heat-text heat-text-${level}` }, ok ? v.toFixed(2) : "–"));
      g.appendChild(s("title", null, `${labels[i]} vs ${labels[j]}: ${ok ? v.toFixed(3) : "n/a"}`));
      svg.appendChild(g);
    }
  }
  return h("div", { class: "chart-wrap" }, svg, chartTools(svg, title));
}

/** Buttons that save a chart as SVG or PNG; `name` is said in their accessible names and the files' names. */
export function chartTools(svg, name) {
  const base = fileName("lede", name.split(":")[0].toLowerCase());
  const png = async () => {
    try {
      download(`${base}.png`, await svgPng(svg), "image/png");
    } catch (e) {
      console.warn(e);
    }
  };
  return h("div", { class: "chart-tools toolbar", role: "group", "aria-label": `Save the chart “${name}”` },
    h("button", { type: "button", class: "btn btn-quiet", "aria-label": `Save “${name}” as SVG`, onclick: () => download(`${base}.svg`, svgMarkup(svg), "image/svg+xml") }, "SVG"),
    h("button", { type: "button", class: "btn btn-quiet", "aria-label": `Save “${name}” as PNG`, onclick: png }, "PNG"));
}

/** A stacked 100% bar (shares), with a legend made of text, not colour alone. */
export function shareBar(parts, { title = "Share" } = {}) {
  const total = parts.reduce((a, p) => a + p.value, 0) || 1;
  const width = 560, height = 28;
  const svg = s("svg", { class: "chart share-bar", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, preserveAspectRatio: "none" });
  svg.appendChild(s("title", null, title));
  let x = 0;
  for (const p of parts) {
    const w = (p.value / total) * width;
    svg.appendChild(s("rect", { x, y: 0, width: Math.max(0, w - 1), height, class: p.cls || "" }, s("title", null, `${p.label}: ${Math.round((p.value / total) * 100)}%`)));
    x += w;
  }
  return svg;
}
