// Measures the shape of real news on PolNeAR's train articles (bench/shape.mjs: quotations
// by kind, names, speech cues, paragraphs, sentences per KB, article sizes) and prints it
// beside the generated benchmark corpus (bench/articles.mjs), so that the match is visible.
//
//   node bench/news-shape.mjs            PolNeAR train beside the generated corpus
//   node bench/news-shape.mjs --write    also rewrite bench/news-shape.json from PolNeAR
//
// POLNEAR (default ../polnear/quotes.jsonl) names the converted file (see
// ../shared/eval/quotes/README.md); without it the script prints the committed figures
// (bench/news-shape.json) beside the generated corpus and says so. Only the `train` split
// is read. The figures are counts and rates, nothing of the text: PolNeAR's texts are
// never committed.
import { readFileSync, writeFileSync } from "node:fs";
import { articles, ARTICLE_COUNT, ARTICLES_SEED } from "./articles.mjs";
import { POLNEAR, polnear, shape, SHAPE_FILE, table } from "./shape.mjs";

const train = polnear(["train"]);
const columns = {};
if (train) {
  columns["PolNeAR train"] = shape(train);
  if (process.argv.includes("--write")) {
    const figures = { source: `PolNeAR train (${train.length} articles), measured by bench/news-shape.mjs`, ...columns["PolNeAR train"] };
    writeFileSync(SHAPE_FILE, JSON.stringify(figures, null, 2) + "\n");
    console.log(`news-shape: wrote ${SHAPE_FILE}`);
  }
} else {
  console.log(`news-shape: no converted PolNeAR file at ${POLNEAR}; showing the committed figures (bench/news-shape.json).`);
  columns["PolNeAR train (committed)"] = JSON.parse(readFileSync(SHAPE_FILE, "utf8"));
}
columns[`generated (bench/articles.mjs, ${ARTICLE_COUNT} articles)`] = shape(articles(ARTICLE_COUNT, ARTICLES_SEED));
console.log(table(columns));
