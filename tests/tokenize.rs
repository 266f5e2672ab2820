//! Tokens, sentences and paragraphs on news text: exact tokens, kinds and spans.

mod common;

use lede::tokenize::{normalize, paragraphs, sentences, tokenize, TokenKind};
use lede::Span;

use TokenKind::*;

/// Asserts that `text` tokenises to exactly `expected`: (text, kind, start byte).
fn check(text: &str, expected: &[(&str, TokenKind, usize)]) {
    let got: Vec<(&str, TokenKind, usize)> = tokenize(text)
        .iter()
        .map(|t| (t.text(text), t.kind, t.span.start))
        .collect();
    assert_eq!(got, expected, "tokens of {text:?}");
    for t in tokenize(text) {
        assert_eq!(t.span.end, t.span.start + t.text(text).len());
    }
}

macro_rules! t {
    ($name:ident, $text:expr, [$(($tok:expr, $kind:expr, $start:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, &[$(($tok, $kind, $start)),*]);
        }
    };
}

// Contractions and possessives, with ' and ’.
t!(contraction_curly, "don’t", [("don’t", Word, 0)]);
t!(
    contraction_straight,
    "you'd go",
    [("you'd", Word, 0), ("go", Word, 6)]
);
t!(
    possessive_curly,
    "Sony’s film",
    [("Sony’s", Word, 0), ("film", Word, 9)]
);
t!(
    possessive_plural,
    "students’ union",
    [("students’", Word, 0), ("union", Word, 12)]
);
t!(
    possessive_plural_straight,
    "leaders' reputation",
    [("leaders'", Word, 0), ("reputation", Word, 9)]
);
t!(
    decade_elision,
    "the ’90s",
    [("the", Word, 0), ("’90s", Number, 4)]
);
t!(
    rock_n_roll,
    "rock ’n’ roll",
    [("rock", Word, 0), ("’n’", Word, 5), ("roll", Word, 13)]
);
t!(
    rock_n_roll_straight,
    "rock 'n' roll",
    [("rock", Word, 0), ("'n'", Word, 5), ("roll", Word, 9)]
);
t!(
    single_quotes_close_after_s,
    "be ‘proportional’ and ‘serious’",
    [
        ("be", Word, 0),
        ("‘", Punctuation, 3),
        ("proportional", Word, 6),
        ("’", Punctuation, 18),
        ("and", Word, 22),
        ("‘", Punctuation, 26),
        ("serious", Word, 29),
        ("’", Punctuation, 36)
    ]
);
t!(
    single_quote_after_plural_closes,
    "'the hackers' work",
    [
        ("'", Punctuation, 0),
        ("the", Word, 1),
        ("hackers", Word, 5),
        ("'", Punctuation, 12),
        ("work", Word, 14)
    ]
);
t!(
    straight_single_quotes,
    "the US 'will respond' to",
    [
        ("the", Word, 0),
        ("US", Word, 4),
        ("'", Punctuation, 7),
        ("will", Word, 8),
        ("respond", Word, 13),
        ("'", Punctuation, 20),
        ("to", Word, 22)
    ]
);

// Abbreviations and initials.
t!(
    us_abbreviation,
    "the U.S. in",
    [("the", Word, 0), ("U.S.", Word, 4), ("in", Word, 9)]
);
t!(titles, "Mr. Smith", [("Mr.", Word, 0), ("Smith", Word, 4)]);
t!(month, "Dec. 18", [("Dec.", Word, 0), ("18", Number, 5)]);
t!(
    initials,
    "J.R.R. Tolkien",
    [("J.R.R.", Word, 0), ("Tolkien", Word, 7)]
);
t!(
    single_initial,
    "Michael J. Fox",
    [("Michael", Word, 0), ("J.", Word, 8), ("Fox", Word, 11)]
);
t!(
    time_of_day,
    "9 p.m. each",
    [("9", Number, 0), ("p.m.", Word, 2), ("each", Word, 7)]
);
t!(
    numeric_abbreviation,
    "No. 1 and no.",
    [
        ("No.", Word, 0),
        ("1", Number, 4),
        ("and", Word, 6),
        ("no", Word, 10),
        (".", Punctuation, 12)
    ]
);
t!(
    plain_full_stop,
    "the end.",
    [("the", Word, 0), ("end", Word, 4), (".", Punctuation, 7)]
);
t!(
    glued_sentences,
    "each week.Skip to",
    [
        ("each", Word, 0),
        ("week", Word, 5),
        (".", Punctuation, 9),
        ("Skip", Word, 10),
        ("to", Word, 15)
    ]
);

// Numbers with their units.
t!(
    money_with_scale,
    "its $44 million comedy",
    [
        ("its", Word, 0),
        ("$44 million", Number, 4),
        ("comedy", Word, 16)
    ]
);
t!(euro, "€3.5 billion", [("€3.5 billion", Number, 0)]);
t!(percent, "3.5%", [("3.5%", Number, 0)]);
t!(date_slash, "9/11", [("9/11", Number, 0)]);
t!(
    ordinal,
    "the 11th of",
    [("the", Word, 0), ("11th", Number, 4), ("of", Word, 9)]
);
t!(
    year,
    "September 2001.",
    [
        ("September", Word, 0),
        ("2001", Number, 10),
        (".", Punctuation, 14)
    ]
);
t!(
    thousands,
    "1,000 people",
    [("1,000", Number, 0), ("people", Word, 6)]
);
t!(
    decimal,
    "Indie 102.3 has",
    [("Indie", Word, 0), ("102.3", Number, 6), ("has", Word, 12)]
);
t!(
    number_possessive,
    "102.3's page",
    [("102.3's", Number, 0), ("page", Word, 8)]
);
t!(
    clock,
    "at 7:30 p.m.",
    [("at", Word, 0), ("7:30", Number, 3), ("p.m.", Word, 8)]
);
t!(
    number_then_comma,
    "20, 30",
    [("20", Number, 0), (",", Punctuation, 2), ("30", Number, 4)]
);
t!(bare_dollar, "$ sign", [("$", Symbol, 0), ("sign", Word, 2)]);
t!(decades, "1990s", [("1990s", Number, 0)]);
t!(
    alphanumeric,
    "3D and G20",
    [("3D", Word, 0), ("and", Word, 3), ("G20", Word, 7)]
);

// Hyphenated words.
t!(
    file_sharing,
    "file-sharing site",
    [("file-sharing", Word, 0), ("site", Word, 13)]
);
t!(un_american, "un-American", [("un-American", Word, 0)]);
t!(
    non_state,
    "non-state actors",
    [("non-state", Word, 0), ("actors", Word, 10)]
);
t!(
    korean_name,
    "Kim Jong-un",
    [("Kim", Word, 0), ("Jong-un", Word, 4)]
);
t!(
    number_compound,
    "10-week festival",
    [("10-week", Word, 0), ("festival", Word, 8)]
);
t!(
    dash_is_not_hyphen,
    "wrote — in",
    [("wrote", Word, 0), ("—", Punctuation, 6), ("in", Word, 10)]
);
t!(
    double_hyphen,
    "wrote--in",
    [("wrote", Word, 0), ("--", Punctuation, 5), ("in", Word, 7)]
);
t!(
    trailing_hyphen,
    "pre- and post-war",
    [
        ("pre", Word, 0),
        ("-", Punctuation, 3),
        ("and", Word, 5),
        ("post-war", Word, 9)
    ]
);

// Web and social.
t!(
    url,
    "see https://www.npr.org/a?b=1.",
    [
        ("see", Word, 0),
        ("https://www.npr.org/a?b=1", Url, 4),
        (".", Punctuation, 29)
    ]
);
t!(
    url_in_parens,
    "(http://x.com/a_(b))",
    [
        ("(", Punctuation, 0),
        ("http://x.com/a_(b)", Url, 1),
        (")", Punctuation, 19)
    ]
);
t!(www_url, "www.theverge.com", [("www.theverge.com", Url, 0)]);
t!(
    bare_domain,
    "visit npr.org.",
    [
        ("visit", Word, 0),
        ("npr.org", Url, 6),
        (".", Punctuation, 13)
    ]
);
t!(
    email,
    "mail news@npr.org.",
    [
        ("mail", Word, 0),
        ("news@npr.org", Email, 5),
        (".", Punctuation, 17)
    ]
);
t!(
    dotted_email,
    "john.smith@x.co.uk",
    [("john.smith@x.co.uk", Email, 0)]
);
t!(
    handle,
    "@BarackObama said",
    [("@BarackObama", Handle, 0), ("said", Word, 13)]
);
t!(
    hashtag,
    "#TheInterview!",
    [("#TheInterview", Hashtag, 0), ("!", Punctuation, 13)]
);
t!(
    number_sign,
    "#1 hit",
    [("#", Punctuation, 0), ("1", Number, 1), ("hit", Word, 3)]
);
t!(
    at_in_word,
    "a@b",
    [("a", Word, 0), ("@", Punctuation, 1), ("b", Word, 2)]
);

// Emoji.
t!(emoji, "yes 😀", [("yes", Word, 0), ("😀", Emoji, 4)]);
t!(
    zwj_family,
    "👩‍👩‍👧!",
    [("👩‍👩‍👧", Emoji, 0), ("!", Punctuation, 18)]
);
t!(flag, "🇺🇸🇰🇵", [("🇺🇸", Emoji, 0), ("🇰🇵", Emoji, 8)]);
t!(skin_tone, "👍🏽ok", [("👍🏽", Emoji, 0), ("ok", Word, 8)]);
t!(heart_vs16, "❤️", [("❤️", Emoji, 0)]);
t!(
    keycaps_and_tag_flag,
    "*️⃣ 1️⃣2 #\u{20E3} 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    [
        ("*️⃣", Emoji, 0),
        ("1️⃣", Emoji, 8),
        ("2", Number, 15),
        ("#\u{20E3}", Emoji, 17),
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", Emoji, 22)
    ]
);
// A keycap's base before other marks that start with the same bytes.
t!(
    not_keycaps,
    "3–4 #— *’",
    [
        ("3", Number, 0),
        ("–", Punctuation, 1),
        ("4", Number, 4),
        ("#", Punctuation, 6),
        ("—", Punctuation, 7),
        ("*", Punctuation, 11),
        ("’", Punctuation, 12)
    ]
);
t!(
    combining_mark_on_a_symbol,
    "→\u{301} x",
    [("→\u{301}", Symbol, 0), ("x", Word, 6)]
);
// UAX #29 would join a word onto these marks; the word stays a token of its own.
t!(
    word_after_connector_mark,
    "‿abc ゛カナ",
    [
        ("‿", Punctuation, 0),
        ("abc", Word, 3),
        ("゛", Symbol, 7),
        ("カナ", Word, 10)
    ]
);

// Scripts.
t!(
    cyrillic,
    "Русский текст",
    [("Русский", Word, 0), ("текст", Word, 15)]
);
t!(
    greek,
    "Ελληνικά κείμενα.",
    [
        ("Ελληνικά", Word, 0),
        ("κείμενα", Word, 17),
        (".", Punctuation, 31)
    ]
);
t!(
    arabic,
    "النص العربي؟",
    [
        ("النص", Word, 0),
        ("العربي", Word, 9),
        ("؟", Punctuation, 21)
    ]
);
t!(hebrew, "טקסט עברי", [("טקסט", Word, 0), ("עברי", Word, 9)]);
t!(
    devanagari,
    "हिन्दी पाठ।",
    [
        ("हिन्दी", Word, 0),
        ("पाठ", Word, 19),
        ("।", Punctuation, 28)
    ]
);
t!(
    cjk,
    "日本語。",
    [
        ("日", Word, 0),
        ("本", Word, 3),
        ("語", Word, 6),
        ("。", Punctuation, 9)
    ]
);
t!(
    combining,
    "cafe\u{301} ok",
    [("cafe\u{301}", Word, 0), ("ok", Word, 7)]
);
t!(
    quotes_and_brackets,
    "“Yes.” (No)",
    [
        ("“", Punctuation, 0),
        ("Yes", Word, 3),
        (".", Punctuation, 6),
        ("”", Punctuation, 7),
        ("(", Punctuation, 11),
        ("No", Word, 12),
        (")", Punctuation, 14)
    ]
);
t!(
    ellipsis,
    "Seth ... but…",
    [
        ("Seth", Word, 0),
        ("...", Punctuation, 5),
        ("but", Word, 9),
        ("…", Punctuation, 12)
    ]
);
t!(nbsp, "a\u{a0}b", [("a", Word, 0), ("b", Word, 3)]);

#[test]
fn normal_forms() {
    for (word, norm) in [
        ("Sony’s", "sony's"),
        ("DON’T", "don't"),
        ("U.S.", "u.s."),
        ("Jong\u{2010}un", "jong-un"),
        ("ΟΔΟΣ", "οδοσ"),
        ("οδός", "οδόσ"),
        ("cafe\u{301}", "café"),
        ("Straße", "straße"),
        ("soft\u{ad}ware", "software"),
    ] {
        assert_eq!(normalize(word), norm, "{word}");
    }
}

fn sentence_texts(text: &str) -> Vec<&str> {
    sentences(text, &tokenize(text))
        .iter()
        .map(|s| s.slice(text))
        .collect()
}

macro_rules! s {
    ($name:ident, $text:expr, [$($sentence:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            assert_eq!(sentence_texts($text), [$($sentence),*] as [&str; 0 $(+ { let _ = $sentence; 1 })*]);
        }
    };
}

s!(
    abbreviation_mid_sentence,
    "A response from the U.S. in one fashion. Next.",
    ["A response from the U.S. in one fashion.", "Next."]
);
s!(
    abbreviation_ends_sentence,
    "It came from the U.S. The rest did not.",
    ["It came from the U.S.", "The rest did not."]
);
s!(
    title_never_ends,
    "Mr. Obama spoke. Dr. No left.",
    ["Mr. Obama spoke.", "Dr. No left."]
);
s!(
    initials_in_names,
    "J.R.R. Tolkien wrote. Michael J. Fox acted.",
    ["J.R.R. Tolkien wrote.", "Michael J. Fox acted."]
);
s!(
    decimals,
    "It rose 3.5 percent. Then 102.3 FM.",
    ["It rose 3.5 percent.", "Then 102.3 FM."]
);
s!(
    ellipsis_before_lowercase,
    "make sure that we ... prevent attacks. Yes.",
    ["make sure that we ... prevent attacks.", "Yes."]
);
s!(
    ellipsis_before_capital,
    "Our lives have changed ... The end.",
    ["Our lives have changed ...", "The end."]
);
s!(
    closing_quote_after_stop,
    "It must be “proportional.” He said so.",
    ["It must be “proportional.”", "He said so."]
);
s!(
    question_in_quotes_then_attribution,
    "\"Why?\" he asked. \"Now?\" She left.",
    ["\"Why?\" he asked.", "\"Now?\"", "She left."]
);
s!(
    parentheses,
    "(If your house is nearby, you’d better leave.)” Then.",
    ["(If your house is nearby, you’d better leave.)”", "Then."]
);
s!(headline_line, "White House says response needs to be ‘proportional’\nDecember 18, 2014\nThe White House says.", ["White House says response needs to be ‘proportional’", "December 18, 2014", "The White House says."]);
s!(
    wrapped_line_continues,
    "The attack was done with malicious\nintent by a sophisticated actor.",
    ["The attack was done with malicious\nintent by a sophisticated actor."]
);
s!(
    wrapped_after_stopword,
    "a response from the\nUnited States of America.",
    ["a response from the\nUnited States of America."]
);
s!(
    blank_line_ends,
    "No final stop\n\nNext paragraph",
    ["No final stop", "Next paragraph"]
);
s!(
    glued,
    "each week.Skip to main content",
    ["each week.", "Skip to main content"]
);
s!(
    exclamation,
    "Celebrate Summerfest! CPR Classical's festival.",
    ["Celebrate Summerfest!", "CPR Classical's festival."]
);
s!(
    list_numbers,
    "1. First item\n2. Second item",
    ["1. First item", "2. Second item"]
);
s!(cjk_sentences, "日本語。中文！", ["日本語。", "中文！"]);
s!(empty, "", []);
s!(only_space, " \n\n ", []);

#[test]
fn paragraphs_are_blank_line_blocks() {
    let text = "\n  Title line\nsecond line\n\n\n Body.  \r\n\r\nEnd";
    let got: Vec<&str> = paragraphs(text).iter().map(|p| p.slice(text)).collect();
    assert_eq!(got, ["Title line\nsecond line", "Body.", "End"]);
}

/// Invariants on real articles: spans slice back, are sorted, in bounds and on char boundaries.
#[test]
fn invariants_on_samples() {
    for (_, text) in common::samples::ALL {
        check_invariants(text);
    }
}

fn check_invariants(text: &str) {
    let tokens = tokenize(text);
    let mut last = 0;
    for t in &tokens {
        common::spans::assert_in(text, t.span, "token");
        assert!(t.span.start >= last && t.span.start < t.span.end);
        let s = t.text(text);
        assert_eq!(s.trim(), s, "token {s:?} has edge whitespace");
        if t.kind != Number {
            assert!(!s.contains(char::is_whitespace), "token {s:?}");
        }
        last = t.span.end;
    }
    let sents = sentences(text, &tokens);
    let mut last = 0;
    for s in &sents {
        assert!(s.start >= last && s.start < s.end && s.end <= text.len());
        assert_eq!(s.slice(text).trim(), s.slice(text));
        last = s.end;
    }
    // Every token is in exactly one sentence.
    let covered: usize = sents
        .iter()
        .map(|s| tokens.iter().filter(|t| s.contains(t.span)).count())
        .sum();
    assert_eq!(covered, tokens.len());
    let mut last = 0;
    for p in paragraphs(text) {
        assert!(p.start >= last && p.start < p.end && p.end <= text.len());
        last = p.end;
    }
}

/// No input panics, whatever its bytes: slicing stays on char boundaries.
#[test]
fn odd_inputs_do_not_panic() {
    let pieces = [
        "",
        " ",
        "'",
        "’",
        "‘",
        ".",
        "...",
        "$",
        "€",
        "@",
        "#",
        "-",
        "--",
        "http://",
        "www.",
        "a@b.",
        "U.S",
        "9/",
        "1,",
        "’9",
        "'n",
        "‍",
        "\u{301}",
        "🇺",
        "👩‍",
        "️",
        "\n",
        "\r\n",
        "é",
        "日",
        "x.y",
        "Mr",
        "No.",
        "1.",
        "A.",
        "s'",
        "s’",
        "(",
        ")",
        "“",
        "”",
        "%",
        "#1",
        "$1 million",
        "1990'",
        "102.3'",
        "ǅ",
    ];
    let mut text = String::new();
    for (i, a) in pieces.iter().enumerate() {
        for b in pieces.iter().skip(i % 7).step_by(3) {
            let s = format!("{a}{b}");
            check_invariants(&s);
            text.push_str(&s);
            check_invariants(&text);
            let _ = lede::analyze(&s);
        }
    }
    let _ = lede::analyze(&text);
}

#[test]
fn spans_are_bytes() {
    let text = "Ж 😀";
    let tokens = tokenize(text);
    assert_eq!(tokens[1].span, Span::new(3, 7));
}
