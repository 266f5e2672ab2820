//! Comparison on pairs of articles written for the purpose, through the public API.
//!
//! The quotes in these articles use the forms the simplest quote detector
//! handles (`“…,” Name says.`), so the tests exercise the comparison itself.

mod common;

use common::articles::numbered;
use common::offsets::utf16_offset;
use lede::compare::{DiffKind, PassageKind, TermKind};
use lede::{compare, compare_with, CompareOptions, Comparison, Utf16Map};

fn run(texts: &[&str]) -> Comparison {
    let c = compare(&numbered(texts)).expect("valid input");
    common::spans::assert_comparison(texts, &c);
    c
}

const STORY: &str = "Sony Pictures canceled the release of its comedy after hackers threatened cinemas that planned to show the film.\n\n\
Investigators in Washington have turned their attention to North Korea as the likely culprit behind the intrusion.\n\n\
The studio had spent about forty million dollars on the production and its marketing campaign across several countries.\n\n\
Several theater chains announced earlier in the week that they would not screen the film during the holidays.";

const OTHER: &str = "The city council approved a new budget for public libraries on Tuesday evening.\n\n\
Librarians welcomed extra funding for children's reading programmes and longer opening hours at weekends.";

/// The paragraphs of a text.
fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").collect()
}

#[test]
fn identical_articles_are_fully_similar_and_share_one_passage() {
    let c = run(&[STORY, STORY]);
    assert_eq!(c.similarity[0][1], 1.0);
    assert_eq!(c.containment[0][1], 1.0);
    assert_eq!(c.containment[1][0], 1.0);
    assert_eq!(c.passages.len(), 1);
    let p = &c.passages[0];
    assert_eq!(p.words, c.articles[0].words);
    assert_eq!(p.a.span.slice(STORY), p.b.span.slice(STORY));
    assert_eq!(p.kind, PassageKind::Narrative);
    assert!(c.distinctive.iter().all(|d| d.terms.is_empty()));
    assert!(c.shared_terms.iter().any(|t| t.norm == "film"));
}

#[test]
fn unrelated_articles_share_nothing() {
    let c = run(&[STORY, OTHER]);
    assert_eq!(c.similarity[0][1], 0.0);
    assert_eq!(c.containment[0][1], 0.0);
    assert_eq!(c.containment[1][0], 0.0);
    assert!(c.passages.is_empty());
    assert!(c.quote_groups.is_empty());
    assert!(c.shared_terms.is_empty());
}

#[test]
fn half_copy_is_contained_in_its_source() {
    let half = paragraphs(STORY)[..2].join("\n\n");
    let copy = format!(
        "{half}\n\nA spokesman for the studio declined to comment on the decision when reached by telephone on Friday."
    );
    let c = run(&[STORY, &copy]);
    // Two of the copy's three paragraphs come from the story.
    let into_source = c.containment[1][0];
    assert!(into_source > 0.5 && into_source < 0.8, "{into_source}");
    // About half of the story is in the copy.
    let back = c.containment[0][1];
    assert!(back > 0.3 && back < 0.6, "{back}");
    assert!(c.similarity[0][1] > 0.3 && c.similarity[0][1] < 1.0);
    assert_eq!(c.passages.len(), 1);
    let p = &c.passages[0];
    // A passage runs from its first word to its last.
    let words = half.trim_end_matches('.');
    assert_eq!(p.a.span.slice(STORY), words);
    assert_eq!(p.b.span.slice(&copy), words);
    assert_eq!(p.kind, PassageKind::Narrative);
}

#[test]
fn reordered_paragraphs_are_found_wherever_they_sit() {
    let mut parts = paragraphs(STORY);
    parts.reverse();
    let reordered = parts.join("\n\n");
    let c = run(&[STORY, &reordered]);
    assert_eq!(c.similarity[0][1], 1.0, "the same words in another order");
    assert!(c.containment[0][1] > 0.8 && c.containment[0][1] < 1.0);
    // Each paragraph is a passage (the last two run on into each other in the
    // reordered text, so the runs are paragraphs, not more).
    let mut found: Vec<&str> = c.passages.iter().map(|p| p.a.span.slice(STORY)).collect();
    found.sort();
    let mut expected: Vec<&str> = paragraphs(STORY)
        .iter()
        .map(|p| p.trim_end_matches('.'))
        .collect();
    expected.sort();
    assert_eq!(found, expected);
    for p in &c.passages {
        assert_eq!(p.a.span.slice(STORY), p.b.span.slice(&reordered));
    }
}

#[test]
fn trimmed_quotes_align_with_a_word_diff() {
    let a = "“We will respond proportionally, and we will respond in a place and time and manner that we choose,” Obama said on Friday.";
    let b = "“We will respond in a place and time and manner that we choose,” Obama said.";
    let c = run(&[a, b]);
    assert_eq!(c.quote_groups.len(), 1);
    let g = &c.quote_groups[0];
    assert_eq!(g.articles, [0, 1]);
    assert_eq!(g.reference, 0, "the longer version is the reference");
    assert!(!g.speakers_differ);
    let trimmed = &g.quotes[1];
    let ops: Vec<(DiffKind, &str)> = trimmed
        .diff
        .iter()
        .map(|o| (o.op, o.text.as_str()))
        .collect();
    assert_eq!(
        ops,
        [
            (DiffKind::Delete, "We will respond proportionally, and"),
            (
                DiffKind::Equal,
                "We will respond in a place and time and manner that we choose"
            ),
        ]
    );
    assert_eq!(
        g.quotes[0].diff.len(),
        1,
        "the reference diffs as one equal run"
    );
}

#[test]
fn quotes_trimmed_differently_in_each_align() {
    // Both cut from: We will respond proportionally, and we will respond in
    // a place and time and manner that we choose.
    let a = "He said they would “respond proportionally, and we will respond in a place and time,” Obama said.";
    let b = "“We will respond in a place and time and manner that we choose,” Obama said.";
    let c = run(&[a, b]);
    assert_eq!(c.quote_groups.len(), 1);
    let g = &c.quote_groups[0];
    assert_eq!(g.reference, 1);
    let ops: Vec<(DiffKind, &str)> = g.quotes[0]
        .diff
        .iter()
        .map(|o| (o.op, o.text.as_str()))
        .collect();
    assert_eq!(
        ops,
        [
            (DiffKind::Insert, "respond proportionally, and"),
            (DiffKind::Equal, "we will respond in a place and time"),
            (DiffKind::Delete, "and manner that we choose"),
        ]
    );
    let words: Vec<usize> = g.quotes[0].diff.iter().map(|o| o.words).collect();
    assert_eq!(words, [3, 8, 5]);
}

#[test]
fn bracketed_insertion_aligns_as_a_replacement() {
    let a = "“I wish [Sony] had spoken to me first,” Obama said.";
    let b = "“I wish they had spoken to me first,” Obama said.";
    let c = run(&[a, b]);
    assert_eq!(c.quote_groups.len(), 1);
    let ops: Vec<(DiffKind, &str)> = c.quote_groups[0].quotes[1]
        .diff
        .iter()
        .map(|o| (o.op, o.text.as_str()))
        .collect();
    assert_eq!(
        ops,
        [
            (DiffKind::Equal, "I wish"),
            (DiffKind::Delete, "Sony"),
            (DiffKind::Insert, "they"),
            (DiffKind::Equal, "had spoken to me first"),
        ]
    );
}

#[test]
fn re_punctuated_quote_with_ellipsis_aligns() {
    let a = "“Our first order of business is to make sure that we do everything to prevent those attacks from taking place,” Obama said.";
    let b = "“Our first order of business is to make sure that we ... prevent those attacks from taking place.” Obama said that.";
    let c = run(&[a, b]);
    assert_eq!(c.quote_groups.len(), 1);
    let deleted: Vec<&str> = c.quote_groups[0].quotes[1]
        .diff
        .iter()
        .filter(|o| o.op == DiffKind::Delete)
        .map(|o| o.text.as_str())
        .collect();
    assert_eq!(deleted, ["do everything to"]);
}

#[test]
fn one_word_quotes_align_when_equal() {
    let a = "Whatever action is taken, it needs to be “proportional,” Earnest says.";
    let b = "He said only that it will be “proportional.” Obama said so.";
    let c = run(&[a, b]);
    assert_eq!(c.quote_groups.len(), 1);
    let g = &c.quote_groups[0];
    assert_eq!(g.articles, [0, 1]);
    assert!(g.quotes.iter().all(|q| q.words == 1));
}

#[test]
fn unrelated_short_quotes_do_not_align() {
    let a = "It was “proportional,” Earnest says. “We are looking at the options,” Earnest says.";
    let b =
        "It was “unprecedented,” Lewis says. “We are not ruling out anything today,” Lewis says.";
    let c = run(&[a, b]);
    assert!(c.quote_groups.is_empty(), "{:?}", c.quote_groups);
}

#[test]
fn differing_speakers_are_flagged() {
    let a = "“Whatever action is taken needs to be proportional,” Earnest says.";
    let b = "“Whatever action is taken needs to be proportional,” Obama said.";
    let c = run(&[a, b]);
    let g = &c.quote_groups[0];
    assert!(g.speakers_differ);
    assert_eq!(g.speakers, ["Earnest", "Obama"]);
    assert_eq!(g.quotes[0].speaker.as_deref(), Some("Earnest"));
    assert_eq!(g.quotes[1].speaker.as_deref(), Some("Obama"));
    let same = run(&[b, b]);
    assert!(!same.quote_groups[0].speakers_differ);
    // Different speakers inside one article are not a difference between articles.
    let both = format!("{a} {b}");
    let inside = run(&[&both, "Nothing to see."]);
    assert_eq!(inside.quote_groups[0].speakers, ["Earnest", "Obama"]);
    assert!(!inside.quote_groups[0].speakers_differ);
}

#[test]
fn pull_quote_is_linked_to_its_body_quote() {
    let text = "“We anticipate there will be breaches like this.”\n\n\
Obama spoke at length on Friday. “We anticipate there will be breaches like this,” Obama said. “They will be costly.”";
    let other = "Obama spoke about the attack on Friday.";
    let c = run(&[text, other]);
    assert_eq!(c.repeats.len(), 1);
    let r = &c.repeats[0];
    assert_eq!(r.article, 0);
    assert_eq!(
        r.span.slice(text),
        "We anticipate there will be breaches like this."
    );
    assert_eq!(
        r.of_span.slice(text),
        "We anticipate there will be breaches like this,"
    );
    let q = &c.articles[0].analysis.quotes;
    assert_eq!(q[r.quote].span, r.span);
    assert_eq!(q[r.of].span, r.of_span);
    assert_eq!(c.quote_groups.len(), 1);
    assert_eq!(c.quote_groups[0].articles, [0]);
}

#[test]
fn a_quote_inside_another_is_not_a_repeat() {
    let text = "“I would have told them, ‘Do not get into a pattern of being intimidated by attacks,’ and they did not listen,” Obama said. \
“Do not get into a pattern of being intimidated by attacks,” Obama added.";
    let c = run(&[text, "Nothing to see."]);
    let quotes = &c.articles[0].analysis.quotes;
    for r in &c.repeats {
        let (x, y) = (quotes[r.quote].span, quotes[r.of].span);
        assert!(!x.contains(y) && !y.contains(x), "{r:?}");
    }
}

#[test]
fn shared_quotation_passage_is_labelled_as_quotation() {
    let quote = "“In this interconnected digital world there are going to be opportunities for hackers to engage in cyberassaults,” Obama said.";
    let a = format!("The president spoke on Friday. {quote}");
    let b = format!("{quote} He spoke at the White House.");
    let c = run(&[&a, &b]);
    assert_eq!(c.passages.len(), 1);
    let p = &c.passages[0];
    assert_eq!(p.kind, PassageKind::Quotation);
    assert!(p.quoted_share > 0.8 && p.quoted_share <= 1.0);
    assert_eq!(p.a.span.slice(&a), p.b.span.slice(&b));
    assert!(p.text.starts_with("In this interconnected"));
}

#[test]
fn speakers_are_matched_across_articles() {
    let a = "“We will respond,” Obama said. “It is a serious matter,” Earnest says.";
    let b = "“We will respond proportionally,” Obama said. “Sony made a mistake,” Obama added.";
    let c = run(&[a, b]);
    let obama = c.speakers.iter().find(|s| s.name == "Obama").unwrap();
    assert_eq!(obama.only_in, None);
    assert_eq!(obama.articles.len(), 2);
    assert_eq!(obama.quotes, 3);
    assert_eq!(obama.articles[1].quotes, 2);
    let earnest = c.speakers.iter().find(|s| s.name == "Earnest").unwrap();
    assert_eq!(earnest.only_in, Some(0));
    assert_eq!(
        c.speakers[0].name, "Obama",
        "speakers in several articles first"
    );
    let row = c.coverage.iter().find(|r| r.label == "Obama").unwrap();
    assert_eq!(row.counts, [1, 2]);
}

#[test]
fn distinctive_terms_need_a_minimum_count_and_significance() {
    let a = "Sony said the hackers struck Sony. Sony lost films. Sony staff were told. Sony shares fell. \
The studio said staff were warned and the studio kept quiet about the hackers.";
    let b = "The hackers struck cinemas. Cinemas were warned. The studio kept quiet about hackers and the studio said little. \
Investors watched cinemas closely and shares fell for cinemas. Cinemas reopened.";
    let c = run(&[a, b]);
    let a_terms: Vec<&str> = c.distinctive[0]
        .terms
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    assert_eq!(a_terms, ["sony"]);
    let sony = &c.distinctive[0].terms[0];
    assert_eq!((sony.count, sony.others), (5, 0));
    assert_eq!(sony.kind, TermKind::Name);
    assert!(sony.g2 >= 3.84 && sony.log_ratio > 1.0);
    let b_terms: Vec<&str> = c.distinctive[1]
        .terms
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    assert_eq!(b_terms, ["cinemas"]);
    // "films" occurs once: never distinctive, whatever the statistics say.
    let loose = compare_with(
        &numbered(&[a, b]),
        &CompareOptions {
            min_count: 1,
            min_g2: 0.0,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(loose.distinctive[0].terms.iter().any(|t| t.norm == "films"));
    assert!(!c.distinctive[0].terms.iter().any(|t| t.norm == "films"));
    let shared: Vec<&str> = c.shared_terms.iter().map(|t| t.norm.as_str()).collect();
    assert!(shared.contains(&"hackers") && shared.contains(&"studio"));
    assert!(!shared.contains(&"sony"));
}

#[test]
fn cosine_is_symmetric_and_matrices_are_bounded() {
    let mut parts = paragraphs(STORY);
    parts.reverse();
    let texts = [STORY, OTHER, parts[0], "", "Sony.", "“Sony,” Obama said."];
    let c = run(&texts);
    let n = texts.len();
    assert_eq!(c.similarity.len(), n);
    assert_eq!(c.containment.len(), n);
    for i in 0..n {
        assert_eq!(c.similarity[i].len(), n);
        for j in 0..n {
            let (s, k) = (c.similarity[i][j], c.containment[i][j]);
            assert_eq!(s, c.similarity[j][i], "cosine is symmetric");
            assert!((0.0..=1.0).contains(&s) && s.is_finite());
            assert!((0.0..=1.0).contains(&k) && k.is_finite());
        }
    }
    assert_eq!(c.similarity[3][3], 0.0, "an empty article is like nothing");
    assert_eq!(c.containment[2][0], 1.0);
    assert!(c.containment[0][2] < 1.0);
}

#[test]
fn comparison_is_deterministic_and_order_independent() {
    let texts = [
        STORY,
        OTHER,
        "“We will respond,” Obama said. Sony canceled the film after hackers threatened cinemas.",
    ];
    let first = serde_json::to_string(&run(&texts)).unwrap();
    for _ in 0..3 {
        assert_eq!(serde_json::to_string(&run(&texts)).unwrap(), first);
    }
    let reversed = run(&[texts[2], texts[1], texts[0]]);
    let c = run(&texts);
    for i in 0..3 {
        for j in 0..3 {
            assert_eq!(c.similarity[i][j], reversed.similarity[2 - i][2 - j]);
            assert_eq!(c.containment[i][j], reversed.containment[2 - i][2 - j]);
        }
    }
}

#[test]
fn every_span_is_mapped_to_utf16() {
    let a = "“Wir werden reagieren müssen und zwar angemessen.”\n\n\
Überraschung in Köln 😀. “Wir werden reagieren müssen und zwar angemessen,” Obama said. Das Studio schwieg.";
    let b = "Русский текст. “Wir werden reagieren müssen und zwar angemessen,” Obama said. Das Studio schwieg.";
    let mut c = run(&[a, b]);
    let bytes = c.clone();
    let maps = [Utf16Map::new(a), Utf16Map::new(b)];
    c.map_spans_per_article(&maps);
    let texts = [a, b];
    let units = |article: usize, byte: usize| utf16_offset(texts[article], byte);
    assert!(!c.quote_groups.is_empty() && !c.passages.is_empty() && !c.repeats.is_empty());
    for (r, rb) in c.repeats.iter().zip(&bytes.repeats) {
        assert_eq!(r.span.start, units(r.article, rb.span.start));
        assert_eq!(r.span.end, units(r.article, rb.span.end));
        assert_eq!(r.of_span.start, units(r.article, rb.of_span.start));
        assert_eq!(r.of_span.end, units(r.article, rb.of_span.end));
    }
    for (g, gb) in c.quote_groups.iter().zip(&bytes.quote_groups) {
        for (q, qb) in g.quotes.iter().zip(&gb.quotes) {
            assert_eq!(q.span.start, units(q.article, qb.span.start));
            assert_eq!(q.span.end, units(q.article, qb.span.end));
        }
    }
    for (p, pb) in c.passages.iter().zip(&bytes.passages) {
        for (side, sb) in [(&p.a, &pb.a), (&p.b, &pb.b)] {
            assert_eq!(side.span.start, units(side.article, sb.span.start));
            assert_eq!(side.span.end, units(side.article, sb.span.end));
        }
    }
    let q = &c.articles[1].analysis.quotes[0];
    let qb = &bytes.articles[1].analysis.quotes[0];
    assert_eq!(q.span.start, units(1, qb.span.start));
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    assert!(compare(&[]).is_err());
    assert!(compare(&numbered(&["one"])).is_err());
    let many = vec![""; 3];
    let limited = CompareOptions {
        max_articles: 2,
        ..Default::default()
    };
    let err = compare_with(&numbered(&many), &limited).unwrap_err();
    assert!(err.to_string().contains("maxArticles"));
    for bad in [
        CompareOptions {
            passage_words: 1,
            ..Default::default()
        },
        CompareOptions {
            min_g2: f64::NAN,
            ..Default::default()
        },
    ] {
        assert!(compare_with(&numbered(&["a", "b"]), &bad).is_err());
    }
}

#[test]
fn odd_texts_do_not_panic() {
    let texts = [
        "",
        "   \n\n  ",
        "“",
        "”“”“",
        "\"\"\"\"",
        "[ ] ... — “ … ”",
        "😀😀😀 🇫🇷 👩‍👩‍👧",
        "a a a a a a a a a a a a a a a a a a a a",
        "a a a a a a a a a a a a a a a a a a a a a",
        "“a a a a,” A said. “a a a a,” A said. “a a a a.”",
    ];
    let c = run(&texts);
    assert_eq!(c.articles.len(), texts.len());
    let json = serde_json::to_string(&c).unwrap();
    assert!(!json.contains("NaN") && !json.contains("null,null"));
}

#[test]
fn fifty_articles_compare() {
    let base = [STORY, OTHER];
    let texts: Vec<String> = (0..50)
        .map(|i| {
            format!(
                "{}\n\nArticle number {i} adds its own sentence about story {}.",
                base[i % 2],
                i % 7
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = run(&refs);
    assert_eq!(c.similarity.len(), 50);
    // Invariant: every span lies in its article and both sides of a passage
    // have the same words.
    for p in &c.passages {
        let a = p.a.span.slice(refs[p.a.article]);
        let b = p.b.span.slice(refs[p.b.article]);
        assert_eq!(a.split_whitespace().count(), b.split_whitespace().count());
        assert!(p.a.article < p.b.article && p.words >= 8);
    }
    for g in &c.quote_groups {
        for q in &g.quotes {
            assert_eq!(q.span.slice(refs[q.article]), q.text);
        }
    }
    assert!(c.similarity[0][2] > 0.9);
    assert!(c.similarity[0][1] < 0.1);
    assert_eq!(c.distinctive.len(), 50);
}
