//! Comparison of the two sample articles of the page (`www/samples/`): NPR's
//! “White House says any response to Sony attack needs to be ‘proportional’”
//! and The Verge's “Obama: the US 'will respond' to the North Korean attack on
//! Sony”. `tests/fixtures/seed-quotes.json` annotates their quotations by hand.
//!
//! Most tests run the whole pipeline. The `seeded_*` tests run the same
//! checks on analyses whose quotes and speakers are replaced by the hand
//! annotation, so a comparison failure can be told apart from an attribution
//! failure.

mod common;

use common::articles::article;
use common::fixtures::seed_quotes;
use common::samples::{NPR, NPR_FILE, VERGE, VERGE_FILE};
use lede::compare::{compare_analyses, QuoteGroup};
use lede::{analyze, compare, Analysis, Article, CompareOptions, Comparison};

/// The two samples as articles `npr` and `verge`.
fn sample_articles() -> [Article<'static>; 2] {
    [article("npr", NPR), article("verge", VERGE)]
}

fn samples() -> Comparison {
    compare(&sample_articles()).expect("two articles compare")
}

/// The analysis of the sample `file` with its quotations and speakers replaced by the
/// hand annotation of `tests/fixtures/seed-quotes.json`.
fn seeded_analysis(text: &str, file: &str) -> Analysis {
    // Templates, so that fields added to Quote or Speaker need no change here.
    let template = analyze("“It was a fine day,” Bob said.");
    let (quote, speaker) = (template.quotes[0].clone(), template.speakers[0].clone());
    let mut analysis = analyze(text);
    analysis.quotes.clear();
    analysis.speakers.clear();
    for q in seed_quotes(file) {
        let mut item = quote.clone();
        item.span = q.span;
        item.text = q.text;
        item.kind = q.kind;
        item.words = item.text.split_whitespace().count();
        item.speaker = q.speaker;
        item.speaker_id = None;
        item.cue = None;
        item.mention = None;
        item.repeats = None;
        item.parent = None;
        if let Some(name) = &item.speaker {
            let id = match analysis.speakers.iter().position(|s| &s.name == name) {
                Some(id) => id,
                None => {
                    let mut s = speaker.clone();
                    s.name = name.clone();
                    s.quotes.clear();
                    s.quoted_words = 0;
                    s.mentions.clear();
                    analysis.speakers.push(s);
                    analysis.speakers.len() - 1
                }
            };
            item.speaker_id = Some(id);
            analysis.speakers[id].quotes.push(analysis.quotes.len());
            analysis.speakers[id].quoted_words += item.words;
        }
        analysis.quotes.push(item);
    }
    analysis
}

/// The samples compared with hand-annotated quotations.
fn seeded() -> Comparison {
    let analyses = vec![
        seeded_analysis(NPR, NPR_FILE),
        seeded_analysis(VERGE, VERGE_FILE),
    ];
    compare_analyses(&sample_articles(), analyses, &CompareOptions::default()).unwrap()
}

/// Lowercase words of a text, punctuation left out.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The group with a version of these words in each listed article.
fn group_with<'c>(c: &'c Comparison, text: &str, articles: &[usize]) -> &'c QuoteGroup {
    let wanted = words(text);
    c.quote_groups
        .iter()
        .find(|g| {
            articles.iter().all(|&a| {
                g.quotes
                    .iter()
                    .any(|q| q.article == a && words(&q.text) == wanted)
            })
        })
        .unwrap_or_else(|| panic!("no group with {text:?} in {articles:?}"))
}

/// The repeat link from the quote with `pull` words to the one with `body` words.
fn assert_repeat(c: &Comparison, article: usize, pull: &str, body: &str) {
    let text = [NPR, VERGE][article];
    let found = c.repeats.iter().any(|r| {
        r.article == article
            && words(r.span.slice(text)) == words(pull)
            && words(r.of_span.slice(text)).starts_with(&words(body))
    });
    assert!(
        found,
        "no repeat of {body:?} by {pull:?} in {:#?}",
        c.repeats
    );
}

#[test]
fn the_samples_are_somewhat_similar() {
    let c = samples();
    let s = c.similarity[0][1];
    assert!(s > 0.0 && s < 1.0, "{s}");
    assert_eq!(s, c.similarity[1][0]);
    for (i, j) in [(0, 1), (1, 0)] {
        let k = c.containment[i][j];
        assert!((0.0..1.0).contains(&k), "{k}");
    }
    // Written independently: no run of 8 words in common.
    assert!(c.passages.is_empty(), "{:#?}", c.passages);
}

#[test]
fn proportional_is_aligned_across_the_samples() {
    let c = samples();
    let g = group_with(&c, "proportional", &[0, 1]);
    assert_eq!(g.articles, [0, 1]);
    assert!(g.quotes.iter().all(|q| q.words == 1));
}

#[test]
fn proportional_is_flagged_for_its_two_speakers() {
    check_proportional_speakers(&samples());
}

#[test]
fn seeded_proportional_is_flagged_for_its_two_speakers() {
    check_proportional_speakers(&seeded());
}

fn check_proportional_speakers(c: &Comparison) {
    let g = group_with(c, "proportional", &[0, 1]);
    assert!(g.speakers_differ);
    let speaker_of = |article: usize| -> Vec<&str> {
        g.quotes
            .iter()
            .filter(|q| q.article == article)
            .filter_map(|q| q.speaker_id)
            .map(|id| c.speakers[id].name.as_str())
            .collect()
    };
    assert!(speaker_of(0).contains(&"Josh Earnest"), "{g:#?}");
    assert!(speaker_of(1).iter().all(|s| s.ends_with("Obama")), "{g:#?}");
    assert!(g.speakers.iter().any(|s| s == "Josh Earnest"));
    assert!(g.speakers.iter().any(|s| s.ends_with("Obama")));
}

#[test]
fn obama_is_in_both_and_quoted_in_the_verge() {
    let c = samples();
    let obama = c
        .speakers
        .iter()
        .find(|s| s.key.ends_with("obama"))
        .expect("Obama is quoted");
    assert!(obama.articles.iter().any(|a| a.article == 1));
    let verge = obama.articles.iter().find(|a| a.article == 1).unwrap();
    assert!(verge.quotes >= 5, "{obama:#?}");
    // NPR names him but quotes his spokesman (see the seed annotation).
    let row = c
        .coverage
        .iter()
        .find(|r| r.norm == "obama" && r.kind == lede::compare::CoverageKind::Name)
        .expect("a coverage row for the name");
    assert!(row.counts[0] >= 1 && row.counts[1] >= 10, "{row:?}");
}

#[test]
fn earnest_and_lewis_are_quoted_only_in_npr() {
    let c = samples();
    for surname in ["earnest", "lewis"] {
        let s = c
            .speakers
            .iter()
            .find(|s| s.key.ends_with(surname))
            .unwrap_or_else(|| panic!("{surname} is quoted: {:#?}", c.speakers));
        assert_eq!(s.only_in, Some(0), "{s:#?}");
    }
}

#[test]
fn josh_earnest_and_james_lewis_by_full_name_only_in_npr() {
    check_full_names(&samples());
}

#[test]
fn seeded_josh_earnest_and_james_lewis_by_full_name_only_in_npr() {
    check_full_names(&seeded());
}

fn check_full_names(c: &Comparison) {
    for name in ["Josh Earnest", "James Lewis"] {
        let s = c
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} is quoted: {:#?}", c.speakers));
        assert_eq!(s.only_in, Some(0));
        assert!(s.quotes >= 2);
    }
    let earnest = c
        .speakers
        .iter()
        .find(|s| s.name == "Josh Earnest")
        .unwrap();
    assert!(earnest.quotes >= 5, "{earnest:#?}");
    let obama = c
        .speakers
        .iter()
        .find(|s| s.key.ends_with("obama"))
        .unwrap();
    assert_eq!(obama.only_in, Some(1));
    assert!(obama.quotes >= 15, "{obama:#?}");
}

#[test]
fn each_sample_has_its_distinctive_terms() {
    let c = samples();
    let terms = |a: usize| -> Vec<&str> {
        c.distinctive[a]
            .terms
            .iter()
            .map(|t| t.norm.as_str())
            .collect()
    };
    let (npr, verge) = (terms(0), terms(1));
    for t in ["earnest", "lewis"] {
        assert!(npr.contains(&t), "{t} in {npr:?}");
    }
    assert!(verge.contains(&"obama"), "{verge:?}");
    assert!(!npr.contains(&"obama") && !verge.contains(&"earnest"));
    for d in &c.distinctive {
        for t in &d.terms {
            assert!(t.count >= 3 && t.g2 >= 3.84 && t.log_ratio > 0.0, "{t:?}");
        }
    }
}

#[test]
fn verge_pull_quotes_are_linked_to_their_body_quotes() {
    let c = samples();
    assert_repeat(
        &c,
        1,
        "We anticipate, occasionally there will be breaches like this.",
        "We anticipate, occasionally there will be breaches like this",
    );
    assert_repeat(
        &c,
        1,
        "Yes, I think [Sony] made a mistake.",
        "Having said all that: yes, I think they made a mistake.",
    );
}

#[test]
fn verge_headline_pull_quote_is_linked_to_its_body_quote() {
    check_headline_pull_quote(&samples());
}

#[test]
fn seeded_verge_headline_pull_quote_is_linked_to_its_body_quote() {
    check_headline_pull_quote(&seeded());
}

#[test]
fn seeded_samples_pass_the_attribution_free_checks_too() {
    let c = seeded();
    assert!(c.passages.is_empty());
    let g = group_with(&c, "proportional", &[0, 1]);
    assert!(g.quotes.iter().all(|q| q.words == 1));
    assert_repeat(
        &c,
        1,
        "We anticipate, occasionally there will be breaches like this.",
        "We anticipate, occasionally there will be breaches like this",
    );
    assert_repeat(
        &c,
        1,
        "Yes, I think [Sony] made a mistake.",
        "Having said all that: yes, I think they made a mistake.",
    );
    // The nested quote ('Do not get into a pattern ...') is not a repeat of
    // the quote it sits in.
    for r in &c.repeats {
        assert!(
            !r.of_span.contains(r.span) && !r.span.contains(r.of_span),
            "{r:?}"
        );
    }
    // The repeated headline is boilerplate, so its quote is left out.
    let furniture: Vec<lede::Span> = c.articles[1]
        .analysis
        .boilerplate
        .iter()
        .map(|b| b.span)
        .collect();
    assert!(!furniture.is_empty());
    assert!(c
        .quote_groups
        .iter()
        .flat_map(|g| &g.quotes)
        .all(|q| q.article != 1 || !furniture.iter().any(|f| f.contains(q.span))));
    let obama = c.speakers.iter().find(|s| s.key == "obama").unwrap();
    assert_eq!(obama.only_in, Some(1));
}

fn check_headline_pull_quote(c: &Comparison) {
    assert_repeat(
        c,
        1,
        "I wish [Sony] had spoken to me first.",
        "I wish they had spoken to me first.",
    );
    let g = group_with(c, "I wish [Sony] had spoken to me first.", &[1]);
    assert!(!g.speakers_differ, "{g:#?}");
}

#[test]
fn sample_spans_slice_back_to_their_text() {
    let c = samples();
    let texts = [NPR, VERGE];
    common::spans::assert_comparison(&texts, &c);
    for g in &c.quote_groups {
        for q in &g.quotes {
            assert_eq!(q.span.slice(texts[q.article]), q.text);
        }
    }
    for r in &c.repeats {
        let quotes = &c.articles[r.article].analysis.quotes;
        assert_eq!(quotes[r.quote].span, r.span);
        assert_eq!(quotes[r.of].span, r.of_span);
    }
}
