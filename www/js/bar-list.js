// A bar chart as HTML, for narrow screens: the SVG charts scale down with the screen and
// their labels with them (12 px type at 560 units drawn 330 px wide is 7 px), where text in
// HTML keeps its size. The page draws both and shows one (style.css, .bars-wide/.bars-narrow).
import { h, fmt } from "./dom.js";
import { barChart, chartTools } from "./charts.js";

/** A bar chart drawn as SVG on wide screens and as HTML on narrow ones (the same items and options as barChart); the SVG can be saved. */
export function responsiveBars(items, options) {
  const svg = barChart(items, options);
  return h("div", { class: "chart-pair" },
    h("div", { class: "bars-wide" }, svg, chartTools(svg, options?.title || "Bar chart")),
    h("div", { class: "bars-narrow" }, barList(items, options)));
}

/** items: [{ label, value, cls?, onclick? }] as for barChart; options: { title, valueLabel(v), max }. */
export function barList(items, { title = "", valueLabel = (v) => fmt(v), max } = {}) {
  const top = Math.max(1e-9, max ?? Math.max(0, ...items.map((d) => d.value)));
  return h("ol", { class: "bar-list", "aria-label": title },
    items.map((d) => {
      const bar = h("span", { class: `bar-list-bar ${d.cls || ""}` });
      bar.style.width = `${Math.max(1, (d.value / top) * 100).toFixed(1)}%`; // through the CSSOM: the page's CSP allows no style attribute
      const body = [
        h("span", { class: "bar-list-label" }, d.label),
        h("span", { class: "bar-list-track", "aria-hidden": "true" }, bar),
        h("span", { class: "bar-list-value" }, valueLabel(d.value)),
      ];
      return h("li", null, d.onclick ? h("button", { type: "button", class: "bar-list-row", onclick: d.onclick }, body) : h("span", { class: "bar-list-row" }, body));
    }));
}
