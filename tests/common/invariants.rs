//! What every result of Lede must satisfy, whatever the text: spans slice back on
//! character boundaries inside the text, indices point at something, and the
//! statistics cannot contradict themselves (quoted words at most the words, shares
//! in [0, 1], speakers' shares adding up to at most 1, one word count everywhere).
//! Shared by the fuzz targets and the integration tests; each check returns what
//! broke, for the fuzzer to panic with and for proptest to report. Dev-only:
//! included by path or through `common/mod.rs`, never part of the crate.
#![allow(dead_code)] // each includer uses its own part

use lede::{Analysis, Comparison, Frequencies, Kwic, Span, Token};

/// Rounding slack for sums of rounded shares.
pub const EPSILON: f64 = 1e-6;

/// What went wrong, for the caller to report.
pub type Outcome = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        let holds: bool = $cond;
        if !holds {
            return Err(format!($($msg)+));
        }
    };
}

/// `span` lies inside `text` and starts and ends on character boundaries.
pub fn span(text: &str, span: Span, what: &str) -> Outcome {
    ensure!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} span {}..{} is not a slice of the {}-byte text",
        span.start,
        span.end,
        text.len()
    );
    Ok(())
}

/// `spans` are valid and in text order, none overlapping the next.
fn ordered(text: &str, spans: &[Span], what: &str) -> Outcome {
    for s in spans {
        span(text, *s, what)?;
    }
    ensure!(
        spans.windows(2).all(|w| w[0].end <= w[1].start),
        "{what} spans overlap or are out of order"
    );
    Ok(())
}

/// A share (a fraction) is a number from 0 to 1.
pub fn share(x: f64, what: &str) -> Outcome {
    ensure!(
        x.is_finite() && (0.0..=1.0 + EPSILON).contains(&x),
        "{what} is {x}, not in [0, 1]"
    );
    Ok(())
}

/// Tokens are slices of the text, in order.
pub fn tokens(text: &str, tokens: &[Token]) -> Outcome {
    let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
    ordered(text, &spans, "token")
}

/// Everything in one analysis of `text`.
pub fn analysis(text: &str, a: &Analysis) -> Outcome {
    tokens(text, &a.tokens)?;
    ordered(text, &a.sentences, "sentence")?;
    ordered(text, &a.paragraphs, "paragraph")?;
    quotes(text, a)?;
    speakers(text, a)?;
    terms(text, a)?;
    for b in &a.boilerplate {
        span(text, b.span, "boilerplate")?;
    }
    for n in &a.notes {
        span(text, n.span, "note")?;
    }
    stats(a)
}

fn quotes(text: &str, a: &Analysis) -> Outcome {
    for (i, q) in a.quotes.iter().enumerate() {
        span(text, q.span, "quote")?;
        ensure!(
            q.span.slice(text) == q.text,
            "quote {i}'s text is not its span"
        );
        if let Some(cue) = &q.cue {
            span(text, cue.span, "cue")?;
        }
        if let Some(m) = q.mention {
            span(text, m, "mention")?;
        }
        if let Some(id) = q.speaker_id {
            ensure!(
                id < a.speakers.len(),
                "quote {i} has speaker {id} of {}",
                a.speakers.len()
            );
        }
        if let Some(p) = q.parent {
            ensure!(p < a.quotes.len() && p != i, "quote {i} has parent {p}");
        }
        if let Some(r) = q.repeats {
            ensure!(r < a.quotes.len() && r != i, "quote {i} repeats {r}");
        }
        ensure!(
            q.kind.is_speech() || q.speaker.is_none(),
            "quote {i} is not speech yet has a speaker"
        );
    }
    Ok(())
}

fn speakers(text: &str, a: &Analysis) -> Outcome {
    let (mut total, mut of_quotes, mut words) = (0.0, 0.0, 0);
    for (i, s) in a.speakers.iter().enumerate() {
        for m in &s.mentions {
            span(text, *m, "speaker mention")?;
        }
        // One mention per place, in text order (the soak once found two from one
        // start: tests/regressions/soak-compare-877c07f737.txt).
        ensure!(
            s.mentions.windows(2).all(|w| w[0].end <= w[1].start),
            "speaker {i}'s mentions are out of order or overlap"
        );
        for &q in &s.quotes {
            ensure!(
                q < a.quotes.len(),
                "speaker {i} has quote {q} of {}",
                a.quotes.len()
            );
            ensure!(
                a.quotes[q].speaker_id == Some(i),
                "speaker {i} lists quote {q}, which is not theirs"
            );
        }
        share(s.share, "a speaker's share")?;
        share(s.share_of_quotes, "a speaker's share of quotes")?;
        total += s.share;
        of_quotes += s.share_of_quotes;
        words += s.quoted_words;
    }
    share(total, "the speakers' shares added up")?;
    share(of_quotes, "the speakers' shares of quotes added up")?;
    ensure!(
        words <= a.stats.quoted_words,
        "speakers have {words} quoted words, the article {}",
        a.stats.quoted_words
    );
    Ok(())
}

fn terms(text: &str, a: &Analysis) -> Outcome {
    for t in a
        .terms
        .words
        .iter()
        .chain(&a.terms.phrases)
        .chain(&a.terms.names)
    {
        ensure!(
            t.count == t.occurrences.len(),
            "term {:?} counts {} but has {} occurrences",
            t.term,
            t.count,
            t.occurrences.len()
        );
        // A phrase may overlap itself ("White House White House White"): in
        // order of start only.
        for o in &t.occurrences {
            span(text, *o, "term occurrence")?;
        }
        ensure!(
            t.occurrences.windows(2).all(|w| w[0].start < w[1].start),
            "term {:?}'s occurrences are out of order",
            t.term
        );
        ensure!(
            t.per_thousand.is_finite() && t.per_thousand >= 0.0,
            "term {:?} per thousand is {}",
            t.term,
            t.per_thousand
        );
    }
    Ok(())
}

fn stats(a: &Analysis) -> Outcome {
    let s = &a.stats;
    share(s.quoted_share, "stats.quoted_share")?;
    share(s.type_token_ratio, "stats.type_token_ratio")?;
    ensure!(
        s.unique_words <= s.words,
        "{} unique words of {}",
        s.unique_words,
        s.words
    );
    let speech = a.quotes.iter().filter(|q| q.kind.is_speech()).count();
    ensure!(
        s.quotes == speech,
        "stats.quotes is {}, speech quotes {speech}",
        s.quotes
    );
    ensure!(
        s.avg_sentence_words.is_finite()
            && s.reading_minutes.is_finite()
            && s.flesch_reading_ease.is_finite(),
        "a figure is not finite: {s:?}"
    );
    // One word count (tokenize::counted_words) serves the statistics, the terms
    // and the quotations.
    ensure!(
        s.quoted_words <= s.words,
        "{} quoted words of {} words",
        s.quoted_words,
        s.words
    );
    ensure!(
        a.terms.total_words == s.words,
        "terms count {} words, the statistics {}",
        a.terms.total_words,
        s.words
    );
    Ok(())
}

/// The frequency table: parallel lists, most frequent first, counts within the total.
pub fn frequencies(f: &Frequencies) -> Outcome {
    ensure!(
        f.terms.len() == f.counts.len(),
        "terms and counts differ in length"
    );
    ensure!(
        f.counts.windows(2).all(|w| w[0] >= w[1]),
        "counts are not most frequent first"
    );
    let sum: u64 = f.counts.iter().map(|&c| u64::from(c)).sum();
    ensure!(
        sum <= f.total_words as u64,
        "counts add up to {sum}, more than the {} words",
        f.total_words
    );
    ensure!(f.counts.iter().all(|&c| c > 0), "a term counted 0 times");
    Ok(())
}

/// `frequencies` counts the same words as an analysis that keeps boilerplate
/// (`kept`, of the same text): it does not look for boilerplate.
pub fn frequencies_agree(f: &Frequencies, kept: &Analysis) -> Outcome {
    ensure!(
        f.total_words == kept.stats.words,
        "frequencies count {} words, analyze keeping boilerplate {}",
        f.total_words,
        kept.stats.words
    );
    Ok(())
}

/// Keyword-in-context lines: left, match and right in order, texts their spans.
pub fn kwic(text: &str, lines: &[Kwic]) -> Outcome {
    for k in lines {
        span(text, k.left, "kwic left")?;
        span(text, k.matched, "kwic match")?;
        span(text, k.right, "kwic right")?;
        ensure!(
            k.left.end <= k.matched.start && k.matched.end <= k.right.start,
            "kwic parts out of order: {:?} {:?} {:?}",
            k.left,
            k.matched,
            k.right
        );
        ensure!(
            k.left.slice(text) == k.left_text
                && k.matched.slice(text) == k.matched_text
                && k.right.slice(text) == k.right_text,
            "kwic texts are not their spans"
        );
    }
    Ok(())
}

/// A comparison of `texts` (in the order given to `compare`).
pub fn comparison(texts: &[&str], c: &Comparison) -> Outcome {
    let n = texts.len();
    ensure!(
        c.articles.len() == n,
        "{} summaries of {n} articles",
        c.articles.len()
    );
    for (text, summary) in texts.iter().zip(&c.articles) {
        analysis(text, &summary.analysis)?;
    }
    for (name, matrix) in [
        ("similarity", &c.similarity),
        ("containment", &c.containment),
    ] {
        ensure!(
            matrix.len() == n && matrix.iter().all(|row| row.len() == n),
            "{name} is not {n} by {n}"
        );
        for row in matrix {
            for &x in row {
                share(x, name)?;
            }
        }
    }
    for i in 0..n {
        for j in 0..i {
            ensure!(
                (c.similarity[i][j] - c.similarity[j][i]).abs() < EPSILON,
                "similarity is not symmetric at {i}, {j}"
            );
        }
    }
    let text_of = |article: usize, what: &str| {
        texts
            .get(article)
            .copied()
            .ok_or_else(|| format!("{what} names article {article} of {n}"))
    };
    for g in &c.quote_groups {
        for q in &g.quotes {
            let text = text_of(q.article, "a quote group")?;
            span(text, q.span, "aligned quote")?;
            let quotes = &c.articles[q.article].analysis.quotes;
            ensure!(
                q.quote < quotes.len(),
                "aligned quote {} of {}",
                q.quote,
                quotes.len()
            );
        }
        ensure!(
            g.reference < g.quotes.len(),
            "quote group reference {}",
            g.reference
        );
    }
    for r in &c.repeats {
        let text = text_of(r.article, "a repeat")?;
        span(text, r.span, "repeat")?;
        span(text, r.of_span, "repeated")?;
    }
    for p in &c.passages {
        for side in [&p.a, &p.b] {
            let text = text_of(side.article, "a passage")?;
            span(text, side.span, "passage")?;
        }
        share(p.quoted_share, "a passage's quoted share")?;
    }
    for s in &c.speakers {
        for a in &s.articles {
            ensure!(
                a.article < n,
                "speaker {:?} in article {}",
                s.name,
                a.article
            );
            let speakers = &c.articles[a.article].analysis.speakers;
            ensure!(
                a.speaker < speakers.len(),
                "speaker {:?} index {}",
                s.name,
                a.speaker
            );
        }
    }
    for row in c
        .coverage
        .iter()
        .map(|r| &r.counts)
        .chain(c.shared_terms.iter().map(|t| &t.counts))
    {
        ensure!(
            row.len() == n,
            "a coverage row has {} counts for {n} articles",
            row.len()
        );
    }
    Ok(())
}
