//! The reader's corrections (`Options::corrections`): each row is a text of our
//! own, the corrections, and what the speakers and outcomes are then. Every
//! corrected analysis holds the invariants of `tests/common/invariants.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/news_text.rs"]
mod news_text;

use lede::compare::compare_analyses;
use news_text::{Choices, Numbers};
use proptest::prelude::*;

use lede::{
    analyze, analyze_with, Analysis, Article, CompareOptions, Correction, CorrectionStatus,
    Options, QuoteKind, QuoteRef,
};

/// Three people quoted, one of them twice; a film title; a nested quotation.
const STORY: &str = "“We will rebuild the bridge by spring,” Mayor Dana Ruiz said on Monday.\n\n\
“The money is not there,” said council member Omar Bell.\n\n\
Ruiz added: “Every week we wait costs us.”\n\n\
The plan was shown in the film “Crossing Over” last year.\n\n\
“Residents keep telling me ‘just fix it’ and they are right,” said Lena Ortiz, a shop owner.";

fn at(text: &str) -> QuoteRef {
    QuoteRef::new(text)
}

fn with(text: &str, corrections: Vec<Correction>) -> Analysis {
    let options = Options {
        corrections,
        ..Options::default()
    };
    let a = analyze_with(text, &options).unwrap();
    common::spans::assert_analysis(text, &a);
    a
}

/// Each speaker's name and number of quotations, in order.
fn speakers(a: &Analysis) -> Vec<(String, usize)> {
    a.speakers
        .iter()
        .map(|s| (s.name.clone(), s.quotes.len()))
        .collect()
}

fn statuses(a: &Analysis) -> Vec<CorrectionStatus> {
    a.corrections.iter().map(|c| c.status).collect()
}

fn owned(list: &[(&str, usize)]) -> Vec<(String, usize)> {
    list.iter().map(|&(n, q)| (n.to_string(), q)).collect()
}

#[test]
fn the_story_as_the_engine_reads_it() {
    // The rows below start from this reading; if attribution changes it, they say so first.
    let a = analyze(STORY);
    assert_eq!(
        speakers(&a),
        owned(&[("Dana Ruiz", 2), ("Omar Bell", 1), ("Lena Ortiz", 2)])
    );
    assert_eq!(a.quotes[3].kind, QuoteKind::Title);
    assert_eq!(a.quotes[5].kind, QuoteKind::Nested);
    assert!(a.corrections.is_empty());
}

#[test]
fn corrections_change_the_speakers() {
    use CorrectionStatus::*;
    type Row = (
        &'static str,
        Vec<Correction>,
        Vec<(&'static str, usize)>,
        Vec<CorrectionStatus>,
    );
    let rows: Vec<Row> = vec![
        (
            "reassign to a speaker of the article",
            vec![Correction::Speaker {
                quote: at("The money is not there,"),
                speaker: Some("Dana Ruiz".into()),
            }],
            vec![("Dana Ruiz", 3), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "reassign by a name in another case",
            vec![Correction::Speaker {
                quote: at("The money is not there,"),
                speaker: Some("dana ruiz".into()),
            }],
            vec![("Dana Ruiz", 3), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "reassign to a new name",
            vec![Correction::Speaker {
                quote: at("Every week we wait costs us."),
                speaker: Some("Deputy Mayor Ann Cho".into()),
            }],
            vec![
                ("Dana Ruiz", 1),
                ("Omar Bell", 1),
                ("Deputy Mayor Ann Cho", 1),
                ("Lena Ortiz", 2),
            ],
            vec![Applied],
        ),
        (
            "reassign to no one",
            vec![Correction::Speaker {
                quote: at("The money is not there,"),
                speaker: None,
            }],
            vec![("Dana Ruiz", 2), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "merge two speakers",
            vec![Correction::Merge {
                from: "Omar Bell".into(),
                into: "Dana Ruiz".into(),
            }],
            vec![("Dana Ruiz", 3), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "merge into a new name renames",
            vec![Correction::Merge {
                from: "Omar Bell".into(),
                into: "Omar K. Bell".into(),
            }],
            vec![("Dana Ruiz", 2), ("Omar K. Bell", 1), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "split a speaker",
            vec![Correction::Split {
                speaker: "Dana Ruiz".into(),
                quotes: vec![at("Every week we wait costs us.")],
                name: "Carl Ruiz".into(),
            }],
            vec![
                ("Dana Ruiz", 1),
                ("Omar Bell", 1),
                ("Carl Ruiz", 1),
                ("Lena Ortiz", 2),
            ],
            vec![Applied],
        ),
        (
            "split with a quotation that is not theirs",
            vec![Correction::Split {
                speaker: "Dana Ruiz".into(),
                quotes: vec![
                    at("Every week we wait costs us."),
                    at("The money is not there,"),
                ],
                name: "Carl Ruiz".into(),
            }],
            vec![
                ("Dana Ruiz", 1),
                ("Omar Bell", 1),
                ("Carl Ruiz", 1),
                ("Lena Ortiz", 2),
            ],
            vec![Partial],
        ),
        (
            "mark speech as not speech",
            vec![Correction::Kind {
                quote: at("The money is not there,"),
                kind: QuoteKind::Scare,
            }],
            vec![("Dana Ruiz", 2), ("Lena Ortiz", 2)],
            vec![Applied],
        ),
        (
            "mark a title as speech, then give it a speaker",
            vec![
                Correction::Kind {
                    quote: at("Crossing Over"),
                    kind: QuoteKind::Partial,
                },
                Correction::Speaker {
                    quote: at("Crossing Over"),
                    speaker: Some("Omar Bell".into()),
                },
            ],
            vec![("Dana Ruiz", 2), ("Omar Bell", 2), ("Lena Ortiz", 2)],
            vec![Applied, Applied],
        ),
        (
            "a quotation that is not there",
            vec![Correction::Speaker {
                quote: at("We never said this."),
                speaker: Some("Omar Bell".into()),
            }],
            vec![("Dana Ruiz", 2), ("Omar Bell", 1), ("Lena Ortiz", 2)],
            vec![NotFound],
        ),
        (
            "a merge of someone not quoted",
            vec![Correction::Merge {
                from: "Pat Kim".into(),
                into: "Dana Ruiz".into(),
            }],
            vec![("Dana Ruiz", 2), ("Omar Bell", 1), ("Lena Ortiz", 2)],
            vec![NotFound],
        ),
        (
            "a merge of someone whose quotation was given away",
            vec![
                Correction::Speaker {
                    quote: at("The money is not there,"),
                    speaker: Some("Lena Ortiz".into()),
                },
                Correction::Merge {
                    from: "Omar Bell".into(),
                    into: "Dana Ruiz".into(),
                },
            ],
            vec![("Dana Ruiz", 2), ("Lena Ortiz", 3)],
            vec![Applied, NotFound],
        ),
        (
            "corrections apply in order: a merge after a reassignment",
            vec![
                Correction::Speaker {
                    quote: at("Every week we wait costs us."),
                    speaker: Some("Omar Bell".into()),
                },
                Correction::Merge {
                    from: "Omar Bell".into(),
                    into: "Lena Ortiz".into(),
                },
            ],
            vec![("Dana Ruiz", 1), ("Lena Ortiz", 4)],
            vec![Applied, Applied],
        ),
    ];
    for (name, corrections, want, want_status) in rows {
        let a = with(STORY, corrections);
        assert_eq!(speakers(&a), owned(&want), "{name}");
        assert_eq!(statuses(&a), want_status, "{name}");
    }
}

#[test]
fn figures_are_derived_again() {
    let before = analyze(STORY);
    let a = with(
        STORY,
        vec![Correction::Kind {
            quote: at("The money is not there,"),
            kind: QuoteKind::Title,
        }],
    );
    let gone = before.quotes[1].words;
    assert_eq!(a.stats.quotes, before.stats.quotes - 1);
    assert_eq!(a.stats.quoted_words, before.stats.quoted_words - gone);
    let q = &a.quotes[1];
    assert_eq!(
        (q.kind, q.speaker.as_deref(), q.rule, q.cue.is_none()),
        (QuoteKind::Title, None, None, true)
    );
    // Shares of the remaining speakers are of the same words, and of fewer quoted ones.
    let ruiz = &a.speakers[0];
    assert!((ruiz.share - before.speakers[0].share).abs() < 1e-12);
    assert!(ruiz.share_of_quotes > before.speakers[0].share_of_quotes);
    let total: f64 = a.speakers.iter().map(|s| s.share_of_quotes).sum();
    assert!((total - 1.0).abs() < 1e-9, "{total}");
}

#[test]
fn a_reassigned_quotation_drops_the_engines_link_a_merged_one_keeps_it() {
    let a = with(
        STORY,
        vec![
            Correction::Speaker {
                quote: at("The money is not there,"),
                speaker: Some("Lena Ortiz".into()),
            },
            Correction::Merge {
                from: "Dana Ruiz".into(),
                into: "Mayor Ruiz".into(),
            },
        ],
    );
    let moved = &a.quotes[1];
    assert_eq!(moved.speaker.as_deref(), Some("Lena Ortiz"));
    assert!(moved.rule.is_none() && moved.cue.is_none() && moved.mention.is_none());
    let merged = &a.quotes[0];
    assert_eq!(merged.speaker.as_deref(), Some("Mayor Ruiz"));
    assert!(merged.rule.is_some() && merged.cue.is_some());
    assert_eq!(a.corrections[0].quotes, [1]);
    assert_eq!(a.corrections[1].quotes, [0, 2]);
    // The renamed speaker keeps the article's mentions of her.
    assert!(!a.speakers[0].mentions.is_empty());
}

#[test]
fn nested_quotations_follow_their_outer_one() {
    let outer = "Residents keep telling me ‘just fix it’ and they are right,";
    let a = with(
        STORY,
        vec![Correction::Kind {
            quote: at(outer),
            kind: QuoteKind::Scare,
        }],
    );
    // Nothing above it is speech any more: the inner one counts its own words.
    assert_eq!(a.quotes[5].kind, QuoteKind::Partial);
    assert_eq!(a.quotes[5].speaker.as_deref(), Some("Lena Ortiz"));
    assert_eq!(a.speakers.last().unwrap().quoted_words, a.quotes[5].words);
    // Marked speech again, the outer one makes it nested again.
    let b = with(
        STORY,
        vec![
            Correction::Kind {
                quote: at(outer),
                kind: QuoteKind::Scare,
            },
            Correction::Kind {
                quote: at(outer),
                kind: QuoteKind::Direct,
            },
        ],
    );
    assert_eq!(b.quotes[5].kind, QuoteKind::Nested);
    // A nested quotation marked direct stays nested: its words are the outer one's.
    let c = with(
        STORY,
        vec![Correction::Kind {
            quote: at("just fix it"),
            kind: QuoteKind::Direct,
        }],
    );
    assert_eq!(c.quotes[5].kind, QuoteKind::Nested);
}

#[test]
fn anchors_survive_edits_elsewhere() {
    let r = QuoteRef::of(STORY, &analyze(STORY), 1).unwrap();
    let correction = vec![Correction::Speaker {
        quote: r.clone(),
        speaker: Some("Dana Ruiz".into()),
    }];
    let edits = [
        // A paragraph added at the top: every offset moves.
        format!("City Hall, Tuesday.\n\n{STORY}"),
        // The sentence before the quotation rewritten: the context no longer fits,
        // but the quoted words are the only ones like them.
        STORY.replace("said on Monday", "told reporters on Monday"),
        // A paragraph at the end.
        format!("{STORY}\n\nThe council votes in May."),
    ];
    for text in &edits {
        let a = with(text, correction.clone());
        assert_eq!(statuses(&a), [CorrectionStatus::Applied], "{text}");
        let q = a.corrections[0].quotes[0];
        assert_eq!(a.quotes[q].text, "The money is not there,");
        assert_eq!(a.quotes[q].speaker.as_deref(), Some("Dana Ruiz"));
    }
    // The quotation itself edited: reported, and nothing else changes.
    let edited = STORY.replace("not there", "not in the budget");
    let a = with(&edited, correction);
    assert_eq!(statuses(&a), [CorrectionStatus::NotFound]);
    assert!(a.corrections[0].message.contains("The money is not there,"));
    assert_eq!(speakers(&a), speakers(&analyze(&edited)));
}

#[test]
fn corrections_past_the_limit_are_reported_skipped() {
    let one = Correction::Merge {
        from: "Omar Bell".into(),
        into: "Omar K. Bell".into(),
    };
    let back = Correction::Merge {
        from: "Omar K. Bell".into(),
        into: "Omar Bell".into(),
    };
    let mut list: Vec<Correction> = (0..lede::corrections::MAX_CORRECTIONS)
        .map(|k| {
            if k % 2 == 0 {
                one.clone()
            } else {
                back.clone()
            }
        })
        .collect();
    list.push(one);
    let a = with(STORY, list);
    assert!(a.corrections[..lede::corrections::MAX_CORRECTIONS]
        .iter()
        .all(|c| c.status == CorrectionStatus::Applied));
    assert_eq!(
        a.corrections.last().unwrap().status,
        CorrectionStatus::Skipped
    );
    // An even number of back-and-forth merges: the name as it was.
    assert!(a.speakers.iter().any(|s| s.name == "Omar Bell"));
}

#[test]
fn repeated_words_are_told_apart_by_what_comes_before() {
    let text = "“Yes,” Obama said.\n\nAsked again, Biden said “Yes,” too.";
    let a = analyze(text);
    let second = QuoteRef::of(text, &a, 1).unwrap();
    let fix = |r: QuoteRef| {
        vec![Correction::Speaker {
            quote: r,
            speaker: Some("Kamala Harris".into()),
        }]
    };
    // A copy added before both: the occurrence moves, the context still finds it.
    let longer = format!("“Yes,” she said.\n\n{text}");
    let b = with(&longer, fix(second.clone()));
    assert_eq!(b.corrections[0].quotes, [2]);
    // The context gone, and three alike: ambiguous, not guessed.
    let blurred = longer.replace("Biden said", "Biden answered");
    let c = with(&blurred, fix(second));
    assert_eq!(statuses(&c), [CorrectionStatus::Ambiguous]);
    assert!(c
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() != Some("Kamala Harris")));
}

#[test]
fn corrections_flow_into_compare() {
    let a_text = "“The bridge will open in May,” Dana Ruiz said.";
    let b_text = "“The bridge will open in May,” Omar Bell said.";
    let articles: Vec<Article> = [a_text, b_text]
        .iter()
        .enumerate()
        .map(|(i, t)| Article {
            id: i.to_string(),
            title: None,
            text: t,
        })
        .collect();
    let plain = compare_analyses(
        &articles,
        vec![analyze(a_text), analyze(b_text)],
        &CompareOptions::default(),
    )
    .unwrap();
    assert!(plain.quote_groups[0].speakers_differ);
    let fixed = with(
        b_text,
        vec![Correction::Speaker {
            quote: at("The bridge will open in May,"),
            speaker: Some("Dana Ruiz".into()),
        }],
    );
    let c = compare_analyses(
        &articles,
        vec![analyze(a_text), fixed],
        &CompareOptions::default(),
    )
    .unwrap();
    assert!(!c.quote_groups[0].speakers_differ);
    assert_eq!(c.speakers.len(), 1);
    assert_eq!(c.speakers[0].name, "Dana Ruiz");
    assert_eq!(c.speakers[0].articles.len(), 2);
}

#[test]
fn no_corrections_change_nothing() {
    for text in [STORY, common::samples::NPR, common::samples::VERGE] {
        let plain = analyze(text);
        let none = with(text, Vec::new());
        assert_eq!(plain.quotes, none.quotes);
        assert_eq!(plain.speakers, none.speakers);
        // A merge of a speaker into itself changes no figure.
        if let Some(s) = plain.speakers.first() {
            let same = with(
                text,
                vec![Correction::Merge {
                    from: s.name.clone(),
                    into: s.name.clone(),
                }],
            );
            assert_eq!(plain.speakers, same.speakers);
            assert_eq!(plain.stats, same.stats);
        }
    }
}

#[test]
fn corrections_on_the_samples_hold_the_invariants() {
    for text in [common::samples::NPR, common::samples::VERGE] {
        let a = analyze(text);
        let names: Vec<String> = a.speakers.iter().map(|s| s.name.clone()).collect();
        let mut corrections = Vec::new();
        for (i, _) in a.quotes.iter().enumerate() {
            let quote = QuoteRef::of(text, &a, i).unwrap();
            corrections.push(match i % 4 {
                0 => Correction::Kind {
                    quote,
                    kind: QuoteKind::Direct,
                },
                1 => Correction::Speaker {
                    quote,
                    speaker: names.get(i % names.len().max(1)).cloned(),
                },
                2 => Correction::Kind {
                    quote,
                    kind: QuoteKind::Scare,
                },
                _ => Correction::Speaker {
                    quote,
                    speaker: Some(format!("Reader {i}")),
                },
            });
        }
        if names.len() >= 2 {
            corrections.push(Correction::Merge {
                from: names[1].clone(),
                into: names[0].clone(),
            });
        }
        let fixed = with(text, corrections);
        assert!(fixed
            .corrections
            .iter()
            .all(|c| c.status == CorrectionStatus::Applied));
    }
}

/// Corrections drawn from `c` for `a`, the analysis of `text`: any kind of each,
/// of the article's quotations and speakers, or of names and words it does not have.
fn drawn_corrections(c: &mut Numbers<'_>, text: &str, a: &Analysis) -> Vec<Correction> {
    const KINDS: [QuoteKind; 5] = [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Nested,
        QuoteKind::Title,
        QuoteKind::Scare,
    ];
    let quote = |c: &mut Numbers<'_>| match a.quotes.len() {
        0 => at("nothing quoted"),
        n => QuoteRef::of(text, a, c.below(n)).unwrap(),
    };
    let name = |c: &mut Numbers<'_>| match (a.speakers.len(), c.below(3)) {
        (0, _) | (_, 0) => format!("Reader Name {}", c.below(4)),
        (n, _) => a.speakers[c.below(n)].name.clone(),
    };
    let mut out = Vec::new();
    for _ in 0..c.below(12) {
        out.push(match c.below(4) {
            0 => Correction::Speaker {
                quote: quote(c),
                speaker: (c.below(5) > 0).then(|| name(c)),
            },
            1 => Correction::Kind {
                quote: quote(c),
                kind: KINDS[c.below(KINDS.len())],
            },
            2 => Correction::Merge {
                from: name(c),
                into: name(c),
            },
            _ => Correction::Split {
                speaker: name(c),
                quotes: (0..1 + c.below(3)).map(|_| quote(c)).collect(),
                name: name(c),
            },
        });
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    /// Whatever the corrections, the corrected analysis holds every invariant
    /// (shares in [0, 1] adding up to at most 1, quoted words at most the words,
    /// each speaker's quotations theirs) and reports one outcome per correction.
    #[test]
    fn corrected_news_holds_the_invariants(numbers in prop::collection::vec(any::<u16>(), 0..800)) {
        let mut c = Numbers::new(&numbers);
        let text = news_text::article(&mut c);
        let plain = analyze(&text);
        let mut d = Numbers::new(&numbers[numbers.len() / 2..]);
        let corrections = drawn_corrections(&mut d, &text, &plain);
        let n = corrections.len();
        let options = Options { corrections, ..Options::default() };
        let a = analyze_with(&text, &options).unwrap();
        common::invariants::analysis(&text, &a).map_err(TestCaseError::fail)?;
        prop_assert_eq!(a.corrections.len(), n);
        for r in &a.corrections {
            prop_assert!(r.quotes.iter().all(|&q| q < a.quotes.len()));
        }
    }
}
