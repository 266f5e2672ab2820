//! Terms, names and keyword-in-context on the sample articles.

mod common;

use common::samples::text as sample;

fn names(a: &lede::Analysis) -> Vec<&str> {
    a.terms.names.iter().map(|t| t.term.as_str()).collect()
}

#[test]
fn npr_names_and_no_station_promos() {
    let text = sample("npr-white-house-proportional");
    let a = lede::analyze(text);
    let names = names(&a);
    for name in [
        "North Korea",
        "White House",
        "Josh Earnest",
        "Sony Pictures Entertainment",
        "Center for Strategic and International Studies",
        "Steve Carell",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    for junk in [
        "Spokesman Josh Earnest",
        "President Obama",
        "The White House",
        "But",
        "Intelligence",
    ] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
    for t in a
        .terms
        .words
        .iter()
        .chain(&a.terms.names)
        .chain(&a.terms.phrases)
    {
        for promo in ["CPR", "Summerfest", "Indie", "B-Side", "Colorado"] {
            assert!(!t.term.contains(promo), "promo term {}", t.term);
        }
        assert_eq!(t.count, t.occurrences.len());
        for o in &t.occurrences {
            assert!(text.is_char_boundary(o.start) && text.is_char_boundary(o.end));
        }
    }
    // Sony’s counts toward Sony.
    let sony = a.terms.words.iter().find(|t| t.norm == "sony").unwrap();
    assert_eq!(sony.term, "Sony");
    assert!(sony.occurrences.iter().all(|o| o.slice(text) == "Sony"));
}

#[test]
fn keeping_boilerplate_lets_promos_in() {
    let text = sample("npr-white-house-proportional");
    let options = lede::Options {
        keep_boilerplate: true,
        top_terms: 1000,
        ..Default::default()
    };
    let a = lede::analyze_with(text, &options).unwrap();
    assert!(a.terms.words.iter().any(|t| t.term == "CPR"));
}

#[test]
fn stopword_options_and_stemming() {
    let text = "The attacks and the attack. Attacking the attackers.";
    let tokens = lede::tokenize::tokenize(text);
    let sents = lede::tokenize::sentences(text, &tokens);
    let run = |options: lede::Options| lede::terms::terms(text, &tokens, &sents, &[], &options);
    let none = run(lede::Options {
        stopwords: lede::Stopwords::None,
        ..Default::default()
    });
    assert_eq!(none.words[0].norm, "the");
    let custom = run(lede::Options {
        stopwords: lede::Stopwords::Custom(vec!["The".into(), "attack".into()]),
        ..Default::default()
    });
    assert!(custom
        .words
        .iter()
        .all(|t| t.norm != "the" && t.norm != "attack"));
    assert!(custom.words.iter().any(|t| t.norm == "and"));
    let stemmed = run(lede::Options {
        stem: true,
        ..Default::default()
    });
    assert_eq!(stemmed.words[0].norm, "attack");
    assert_eq!(stemmed.words[0].count, 4); // attackers stems to attack too
    assert_eq!(stemmed.words[0].term, "attacks");
}

/// Each stop-word preset, with and without the reader's own words: which of a
/// news sentence's words are counted.
#[test]
fn stopword_presets_and_extra_words() {
    let text =
        "Obama said the attack was proportional, he told reporters. Sony says it added guards.";
    use lede::Stopwords as S;
    /// (preset, extra words, counted, left out)
    type Row = (
        lede::Stopwords,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );
    #[rustfmt::skip]
    let table: &[Row] = &[
        // preset, extra words, counted, left out
        (S::None, &[], &["the", "said", "told", "says", "added", "sony"], &[]),
        (S::Default, &[], &["said", "told", "says", "added", "sony"], &["the", "was", "he", "it"]),
        (S::Reporting, &[], &["obama", "attack", "sony", "guards"], &["the", "said", "told", "says", "added"]),
        (S::Reporting, &["Sony", " attack "], &["obama", "guards"], &["sony", "attack", "said", "the"]),
        (S::None, &["said"], &["the", "told"], &["said"]),
        (S::Custom(vec!["obama".into()]), &["sony"], &["the", "said"], &["obama", "sony"]),
    ];
    for (preset, extra, counted, left_out) in table {
        let options = lede::Options {
            stopwords: preset.clone(),
            extra_stopwords: extra.iter().map(|w| w.to_string()).collect(),
            ..Default::default()
        };
        let f = lede::frequencies(text, &options);
        for w in *counted {
            assert!(
                f.terms.iter().any(|t| t == w),
                "{preset:?} {extra:?}: {w} counted in {:?}",
                f.terms
            );
        }
        for w in *left_out {
            assert!(
                f.terms.iter().all(|t| t != w),
                "{preset:?} {extra:?}: {w} left out of {:?}",
                f.terms
            );
        }
        let a = lede::analyze_with(text, &options).unwrap();
        assert!(
            a.terms
                .words
                .iter()
                .all(|t| !left_out.contains(&t.norm.as_str())),
            "{preset:?}"
        );
    }
}

/// Stems are shown by their most frequent word form; without stemming a term is its own form.
#[test]
fn frequency_forms() {
    let text = "Sony’s companies. The company’s attack. Companies attacked; attacks, attacks.";
    let plain = lede::frequencies(text, &Default::default());
    assert_eq!(plain.forms, plain.terms);
    let stemmed = lede::frequencies(
        text,
        &lede::Options {
            stem: true,
            ..Default::default()
        },
    );
    let pairs: Vec<(&str, &str, u32)> = (0..stemmed.terms.len())
        .map(|i| {
            (
                stemmed.terms[i].as_str(),
                stemmed.forms[i].as_str(),
                stemmed.counts[i],
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("attack", "attacks", 4),
            ("compani", "companies", 3),
            ("soni", "sony", 1)
        ]
    );
}

#[test]
fn kwic_by_stem_finds_every_form() {
    let text =
        "The attack came. Attacks followed; the attacker’s attacks and attacking. Attackers?";
    let tokens = lede::tokenize::tokenize(text);
    #[rustfmt::skip]
    let table: &[(&str, &[&str])] = &[
        // Snowball's English stemmer takes "attacker" to "attack" too.
        ("attack", &["attack", "Attacks", "attacker", "attacks", "attacking", "Attackers"]),
        ("ATTACKED", &["attack", "Attacks", "attacker", "attacks", "attacking", "Attackers"]),
        ("attic", &[]),
        ("the attacks", &["The attack", "the attacker"]),
    ];
    for (term, found) in table {
        let lines = lede::kwic_by_stem(text, &tokens, term, 2);
        let got: Vec<&str> = lines.iter().map(|l| l.matched_text.as_str()).collect();
        assert_eq!(&got, found, "{term}");
    }
    // Without stems, only the normalised form matches.
    let plain: Vec<String> = lede::kwic(text, &tokens, "attacks", 2)
        .into_iter()
        .map(|l| l.matched_text)
        .collect();
    assert_eq!(plain, ["Attacks", "attacks"]);
}

#[test]
fn kwic_phrases() {
    let text = "Officials in North Korea denied it. North Korea’s leader, Kim, said nothing.";
    let lines = lede::terms::kwic(text, &lede::tokenize::tokenize(text), "north korea", 2);
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0].left_text.as_str(), lines[0].right_text.as_str()),
        ("Officials in", "denied it")
    );
    assert_eq!(lines[1].matched_text, "North Korea");
    assert_eq!(lines[1].right_text, "leader, Kim");
}

#[test]
fn frequencies_agree_with_the_analysis_terms_and_cover_every_word() {
    for name in ["npr-white-house-proportional", "verge-obama-will-respond"] {
        let text = sample(name);
        for stem in [false, true] {
            let options = lede::Options {
                keep_boilerplate: true,
                stem,
                top_terms: 1_000_000,
                ..Default::default()
            };
            let a = lede::analyze_with(text, &options).unwrap();
            let f = lede::terms::frequencies(text, &options);
            assert_eq!(f.total_words, a.stats.words, "{name}");
            assert_eq!(f.terms.len(), a.terms.unique, "{name}");
            let from_terms: Vec<(&str, u32)> = a
                .terms
                .words
                .iter()
                .map(|t| (t.norm.as_str(), t.count as u32))
                .collect();
            let table: Vec<(&str, u32)> = f
                .terms
                .iter()
                .map(String::as_str)
                .zip(f.counts.iter().copied())
                .collect();
            assert_eq!(table, from_terms, "{name}, stem {stem}");
            assert!(f.counts.windows(2).all(|w| w[0] >= w[1]));
        }
    }
    let none = lede::Options {
        stopwords: lede::Stopwords::None,
        ..Default::default()
    };
    let f = lede::terms::frequencies("The cat and the hat.", &none);
    assert_eq!(f.terms, ["the", "cat", "and", "hat"]);
    assert_eq!(f.counts, [2, 1, 1, 1]);
    let empty = lede::terms::frequencies("", &lede::Options::default());
    assert!(empty.terms.is_empty() && empty.counts.is_empty() && empty.total_words == 0);
}
