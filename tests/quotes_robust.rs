//! Quotation finding never panics and stays linear: a million quotation marks,
//! one opening mark followed by megabytes of text, and random soup of marks.

use std::time::{Duration, Instant};

use lede::quotes::{find, Quotes};
use lede::tokenize::{paragraphs, tokenize};

fn run(text: &str) -> Quotes {
    let found = find(text, &tokenize(text), &paragraphs(text));
    for q in &found.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert_eq!(q.span.slice(text), q.text);
        if let Some(p) = q.parent {
            assert!(p < found.quotes.len());
        }
        for s in [q.mention, q.cue.as_ref().map(|c| c.span)]
            .into_iter()
            .flatten()
        {
            assert!(
                text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
                    && s.end <= text.len()
            );
        }
        if !q.kind.is_speech() {
            assert!(q.speaker.is_none());
        }
    }
    for n in &found.notes {
        assert!(n.span.end <= text.len());
    }
    found
}

/// Runs `text` and fails when it takes longer than a generous budget (debug build,
/// shared machine): quadratic behaviour on these sizes would take minutes.
fn timed(label: &str, text: &str) -> Quotes {
    let start = Instant::now();
    let found = run(text);
    let took = start.elapsed();
    assert!(took < Duration::from_secs(20), "{label}: {took:?}");
    found
}

#[test]
fn a_million_quotation_marks() {
    for mark in [
        "\"", "‘", "“‘", "«‹", "“", "”", "'", "«", "»", "„", "「", "`",
    ] {
        // A million marks for the first four; the rest only need to be pairable.
        let count = if matches!(mark, "\"" | "‘" | "“‘" | "«‹") {
            1_000_000
        } else {
            100_000
        };
        let text = mark.repeat(count / mark.chars().count());
        let found = timed(mark, &text);
        assert!(found.notes.len() <= 200);
    }
    let text = "“a” ".repeat(250_000);
    let found = timed("pairs", &text);
    assert_eq!(found.quotes.len(), 250_000);
}

#[test]
fn one_opening_mark_then_megabytes() {
    let body = "words and more words, said nobody. ".repeat(60_000); // ~2 MB
    for open in ["“", "\"", "«", "‘", "„"] {
        let text = format!("{open}{body}");
        let found = timed(open, &text);
        assert_eq!(found.quotes.len(), 1, "{open}");
        assert_eq!(found.notes.len(), 1, "{open}");
        assert_eq!(found.notes[0].code, lede::quotes::NoteCode::UnclosedQuote);
    }
    // The same over many paragraphs: the quotation stops after a bounded run.
    let text = format!("“{}", "Some words here.\n\n".repeat(100_000));
    let found = timed("paragraphs", &text);
    assert_eq!(found.quotes.len(), 1);
    assert_eq!(found.notes[0].code, lede::quotes::NoteCode::UnclosedQuote);
}

#[test]
fn many_attributed_quotations() {
    let text = "“We will respond,” he said. Obama said the US would “act.” ".repeat(20_000);
    let found = timed("attributed", &text);
    assert_eq!(found.quotes.len(), 40_000);
    assert_eq!(found.speakers.len(), 1);
    let one_sentence = "Obama, saying “no” and “yes” and ".repeat(20_000);
    timed("one sentence", &one_sentence);
    let names = (0..20_000)
        .map(|i| format!("Person{i} Smith said “hi.” "))
        .collect::<String>();
    timed("names", &names);
}

#[test]
fn pull_quote_candidates_against_a_sea_of_the_same_word() {
    // Paragraphs that are only a quotation are compared with every quotation of
    // the article; words that match everywhere but never in full must not make
    // that quadratic.
    let candidates: String = (0..40)
        .map(|i| format!("“{}never{i}.”\n\n", "the ".repeat(58)))
        .collect();
    let text = format!("{candidates}“{}”, she said.\n\n", "the ".repeat(400_000));
    let found = timed("same words", &text);
    assert_eq!(found.quotes.len(), 41);
    assert!(found.quotes.iter().all(|q| q.repeats.is_none()));
}

#[test]
fn random_soup_never_panics() {
    const PIECES: &[&str] = &[
        "\"",
        "'",
        "`",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "‚",
        "«",
        "»",
        "‹",
        "›",
        "「",
        "」",
        "『",
        "』",
        " ",
        "\n\n",
        "\n",
        "said",
        "Obama",
        "he",
        "says",
        "according to",
        ",",
        ".",
        ":",
        "(",
        ")",
        "é",
        "😀",
        "日本",
        "\u{a0}",
        "the",
        "film",
        "so-called",
        "[Sony]",
        "...",
        "s'",
        "'90s",
        "—",
        "Mr.",
        "U.S.",
        "told reporters",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut text = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 40) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            if seed % 3 == 0 {
                text.push(' ');
            }
        }
        run(&text);
        let a = lede::analyze(&text);
        assert_eq!(a.quotes.len(), run(&text).quotes.len());
    }
}
