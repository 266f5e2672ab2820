//! News-shaped text built from a stream of choices, for the `news` fuzz target
//! (`fuzz/fuzz_targets/news.rs`, choices from `arbitrary::Unstructured`) and the
//! property tests (`tests/properties.rs`, choices from a proptest `Vec<u16>`).
//!
//! Byte-level mutation rarely builds word-shaped input: the crash of issue 18,
//! `"managed Center for & Children."`, needs a capitalised word, a connector, `&`
//! and another capitalised word in a row. This module strings together the pieces
//! news copy is made of (names with titles, initials and connectors, cue verbs,
//! quotations of every mark family, nested, unclosed, split and over paragraphs,
//! abbreviations, numbers and money, headlines, transcript labels, bylines, dashes,
//! odd spaces and breaks, other scripts, emoji) so that every choice lands on
//! something the rules look at. `scripts/soak.mjs` builds the same shapes in
//! JavaScript. Dev-only: included by path, never part of the crate.
#![allow(dead_code)] // each includer uses its own part

/// Where the choices come from.
pub trait Choices {
    /// A number below `n` (`n >= 1`); 0 once the choices have run out.
    fn below(&mut self, n: usize) -> usize;
    /// True once no choices are left: the text ends there.
    fn exhausted(&self) -> bool;
}

/// Choices read from a list of numbers (a proptest `Vec<u16>`): shrinking the
/// list shrinks the text.
pub struct Numbers<'a> {
    numbers: &'a [u16],
    next: usize,
}

impl<'a> Numbers<'a> {
    /// Choices from `numbers`, first to last.
    pub fn new(numbers: &'a [u16]) -> Self {
        Numbers { numbers, next: 0 }
    }
}

impl Choices for Numbers<'_> {
    fn below(&mut self, n: usize) -> usize {
        let Some(&x) = self.numbers.get(self.next) else {
            return 0;
        };
        self.next += 1;
        x as usize % n.max(1)
    }

    fn exhausted(&self) -> bool {
        self.next >= self.numbers.len()
    }
}

/// An article stops growing past this many bytes (a few paragraphs more at most).
pub const MAX_ARTICLE_BYTES: usize = 24 * 1024;
/// Blocks (paragraphs, headlines, bylines, transcript turns) per article, at most.
const MAX_BLOCKS: usize = 40;
/// Sentences per paragraph, at most.
const MAX_SENTENCES: usize = 5;
/// Words in a plain clause, at most.
const MAX_CLAUSE_WORDS: usize = 12;
/// Quotations inside quotations, at most this deep.
const MAX_NESTING: usize = 2;
/// Articles given to `compare`, at most.
pub const MAX_ARTICLES: usize = 4;
/// The choice that takes an optional or odd form. Choices run out as zeros (and
/// proptest shrinks toward them), so zero is always the plain form: a shrunk
/// failure reads as plain text, with only the odd parts it needs.
const UNCOMMON: usize = 1;

/// Quotation mark pairs of every family the quote finder knows, and some it
/// does not (the last rows), as (opening, closing).
pub const MARKS: &[(&str, &str)] = &[
    ("“", "”"),
    ("‘", "’"),
    ("\"", "\""),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("‹", "›"),
    ("„", "“"),
    ("„", "”"),
    ("‚", "‘"),
    ("「", "」"),
    ("『", "』"),
    ("``", "''"),
    ("”", "”"),
    ("〝", "〞"),
    ("《", "》"),
    ("＂", "＂"),
];

/// Courtesy and job titles before a name.
pub const TITLES: &[&str] = &[
    "Sen.",
    "Rep.",
    "Gov.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Prof.",
    "Gen.",
    "Lt.",
    "Sgt.",
    "Rev.",
    "President",
    "Secretary",
    "Judge",
    "Mayor",
    "Chancellor",
    "MP",
    "Capt.",
    "St.",
];

/// Given names, with initials and other scripts among them.
pub const GIVEN: &[&str] = &[
    "Josh",
    "Barack",
    "Hillary",
    "Jane",
    "Kim",
    "Ana",
    "Jean-Luc",
    "Zoë",
    "José",
    "Søren",
    "A.",
    "J.R.R.",
    "H.W.",
    "Mary Ann",
    "Владимир",
    "Νίκος",
    "محمد",
    "习",
    "नरेंद्र",
    "Ngozi",
    "O.J.",
    "Li",
    "D’Angelo",
    "Mohammed bin",
];

/// Family names, with particles, suffixes and other scripts among them.
pub const FAMILY: &[&str] = &[
    "Earnest",
    "Obama",
    "Clinton",
    "Doe",
    "O’Neill",
    "O'Brien",
    "McCarthy",
    "de la Cruz",
    "Jong-un",
    "Smith-Jones",
    "van der Berg",
    "Nuñez",
    "Путин",
    "Παπαδόπουλος",
    "عباس",
    "近平",
    "मोदी",
    "Okonjo-Iweala",
    "Jr.",
    "III",
    "Salman",
    "Lewis",
    "Bush",
    "MacDonald",
];

/// Words that join the parts of an organisation's name ("Center for & Children").
pub const CONNECTORS: &[&str] = &[
    "for", "&", "for &", "and", "of", "of the", "for the", "the", "de", "von", "y", "on", "&amp;",
    "and the", "at",
];

/// First halves of organisations' names.
pub const ORG_HEADS: &[&str] = &[
    "Center",
    "Institute",
    "Council",
    "Department",
    "Bank",
    "League",
    "Alliance",
    "Office",
    "Committee",
    "Ministry",
    "Friends",
    "Johnson",
    "Procter",
    "Ben",
    "AT",
    "Doctors",
    "Human",
    "K",
    "S",
    "C",
];

/// Second halves of organisations' names.
pub const ORG_TAILS: &[&str] = &[
    "Children",
    "Peace",
    "Justice",
    "America",
    "Studies",
    "Interior",
    "Democracy",
    "Gamble",
    "Jerry’s",
    "T",
    "Johnson",
    "Borders",
    "Rights Watch",
    "Foreign Affairs",
    "K京",
    "S",
    "Public Policy",
    "the Environment",
];

/// Whole organisations as the press names them.
pub const ORGS: &[&str] = &[
    "the White House",
    "Sony Pictures Entertainment",
    "the U.S. Army Corps of Engineers",
    "Apple Inc.",
    "The New York Times Co.",
    "Médecins Sans Frontières",
    "the F.B.I.",
    "NPR",
    "the Associated Press",
    "Reuters",
    "the Kremlin",
    "Организация Объединённых Наций",
    "北京大学",
    "the U.N.",
    "AT&T",
    "Procter & Gamble",
];

/// Speech cue verbs and phrases, in several tenses and forms.
pub const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "told reporters",
    "told The Associated Press",
    "added",
    "adds",
    "explained",
    "asked",
    "wrote",
    "writes",
    "noted",
    "insisted",
    "said in a statement",
    "said on Twitter",
    "says with a laugh",
    "declared",
    "warned",
    "argued",
    "recalled",
    "continued",
    "replied",
    "tweeted",
    "is quoted as saying",
    "has said",
    "had said",
    "will say",
    "would tell",
    "claimed",
    "acknowledged",
    "said Tuesday",
    "said, adding",
    "saying",
];

/// Words that stand for a speaker already named.
pub const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "He",
    "She",
    "They",
    "the spokesman",
    "a spokeswoman",
    "officials",
    "the company",
    "the senator",
    "we",
    "I",
    "you",
];

/// Abbreviations whose periods do not end a sentence (and some that do).
pub const ABBREVIATIONS: &[&str] = &[
    "U.S.",
    "U.K.",
    "U.S",
    "p.m.",
    "a.m.",
    "Inc.",
    "Co.",
    "Corp.",
    "Ltd.",
    "Jan.",
    "Feb.",
    "Dec.",
    "No.",
    "St.",
    "etc.",
    "e.g.",
    "i.e.",
    "vs.",
    "U.N.",
    "D.C.",
    "Washington, D.C.",
    "Calif.",
    "Ph.D.",
    "approx.",
];

/// Numbers, money, dates and times.
pub const NUMBERS: &[&str] = &[
    "$44 million",
    "3.5%",
    "1,200",
    "€5",
    "£3bn",
    "9/11",
    "2014",
    "No. 1",
    "$1.2 billion",
    "10,000",
    "3:45",
    "½",
    "1st",
    "21st-century",
    "−5",
    "٣",
    "四",
    "१२",
    "1.5m",
    "24/7",
    "50-50",
    "$",
    "%",
    "0.0001",
    "1e9",
    "100 percent",
    "Dec. 19, 2014",
    "’90s",
    "12 p.m.",
];

/// Ordinary words of news copy, with hyphens, apostrophes and accents.
pub const WORDS: &[&str] = &[
    "the",
    "company",
    "officials",
    "announced",
    "on",
    "Tuesday",
    "that",
    "it",
    "would",
    "cancel",
    "release",
    "film",
    "after",
    "hack",
    "students’",
    "don’t",
    "file-sharing",
    "e-mail",
    "co-op",
    "state-of-the-art",
    "naïve",
    "café",
    "a",
    "plan",
    "was",
    "not",
    "in",
    "of",
    "and",
    "to",
    "managed",
    "respond",
    "proportional",
    "attack",
    "North",
    "Korea",
    "Interview",
    "managed",
    "we’re",
    "it’s",
    "rock ’n’ roll",
    "can't",
    "y’all",
    "week",
    "said",
    "people",
    "according",
    "The",
    "A",
    "In",
    "But",
    "to",
    "be",
    "Center",
    "for",
];

/// Words of other scripts, emoji with ZWJ sequences and modifiers, combining marks.
pub const FOREIGN: &[&str] = &[
    "Москва",
    "Ελλάδα",
    "القاهرة",
    "東京",
    "दिल्ली",
    "서울",
    "ישראל",
    "ประเทศไทย",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "👍🏽",
    "🇺🇸",
    "🏳️\u{200d}🌈",
    "e\u{301}",
    "a\u{308}\u{332}",
    "\u{301}",
    "n\u{303}",
    "ﬁ",
    "Ⅻ",
    "ǅ",
    "İstanbul",
    "straße",
    "ΣΊΣΥΦΟΣ",
];

/// Phrases inside quotations.
pub const SAYINGS: &[&str] = &[
    "We will respond",
    "It was proportional",
    "I don’t think so",
    "This is not the end",
    "Nobody expected it",
    "We’re going to win",
    "It’s a disaster",
    "the best option",
    "Я не знаю",
    "Αυτό είναι όλο",
    "لا أعرف",
    "我们会回应",
    "हम जवाब देंगे",
    "That’s what she said",
    "Regardless of who is responsible",
    "a serious national security matter",
    "we can't",
    "Yes",
    "No",
    "…",
];

/// Headlines (no final period) and kickers.
pub const HEADLINES: &[&str] = &[
    "Sony Pulls ‘The Interview’ After Hack",
    "Obama: U.S. ‘Will Respond’ To Sony Hack",
    "BREAKING: Center for & Children Closes",
    "White House Calls Hack ‘Serious’",
    "ANALYSIS",
    "Live updates",
    "‘We will respond,’ says Obama",
    "Q&A: What the Hack Means",
];

/// Bylines, datelines and site furniture.
pub const BYLINES: &[&str] = &[
    "By Jane Doe",
    "By JANE DOE and JOHN ROE, Associated Press",
    "Updated 3:45 p.m. ET",
    "Posted Dec. 19, 2014",
    "(Reuters) -",
    "WASHINGTON —",
    "Photo: Getty Images",
    "Share this story",
    "Copyright 2014 NPR.",
    "Sign up for our newsletter",
    "Advertisement",
    "Follow @handle on Twitter",
    "https://example.com/a?b=c",
    "someone@example.com",
    "#tag",
];

/// Speaker labels of transcripts.
pub const LABELS: &[&str] = &[
    "MODERATOR:",
    "SEN. SMITH:",
    "Q:",
    "A:",
    "OBAMA:",
    "UNIDENTIFIED MALE:",
    "MR. EARNEST:",
    "[APPLAUSE]",
    "(LAUGHTER)",
    "EARNEST: ",
];

/// Dashes and their look-alikes.
pub const DASHES: &[&str] = &["—", "–", "-", "--", " — ", "―", "‒", "−"];

/// End-of-sentence punctuation.
pub const ENDS: &[&str] = &[".", ".", ".", "?", "!", "…", "...", "?!", ":", ";", ""];

/// Line and paragraph breaks of every kind.
pub const BREAKS: &[&str] = &[
    "\n\n", "\n\n", "\n", "\r\n", "\r\n\r\n", "\u{2028}", "\u{2029}", "\n\n\n", "\r", "\u{85}",
    "\u{c}", "\n \n",
];

/// Spaces, no-break and zero-width characters, and controls between words.
pub const SPACES: &[&str] = &[
    " ", "\u{a0}", "\u{200b}", "\u{2009}", "\u{202f}", "\u{3000}", "\t", "  ", "\u{feff}",
    "\u{200d}", "\u{2060}", "\u{ad}", "",
];

/// Odd characters: controls, replacement characters, private use, direction marks.
pub const JUNK: &[&str] = &[
    "\u{0}",
    "\u{fffd}",
    "\u{7f}",
    "\u{1}",
    "\u{fe0f}",
    "\u{e000}",
    "\u{10ffff}",
    "\u{200e}",
    "\u{202e}",
    "<p>",
    "•",
    "*",
    "/",
    "\\",
    "(",
    ")",
    "[",
    "]",
    ",",
    "&",
    "@",
    "#",
    "’",
    "'s",
];

/// Builds one article.
pub fn article(c: &mut impl Choices) -> String {
    let mut out = String::new();
    let blocks = 1 + c.below(MAX_BLOCKS);
    for _ in 0..blocks {
        if c.exhausted() || out.len() > MAX_ARTICLE_BYTES {
            break;
        }
        block(c, &mut out);
    }
    out
}

/// Builds two to [`MAX_ARTICLES`] articles, later ones often retelling
/// paragraphs of the first (so that `compare` finds shared passages and quotes).
pub fn articles(c: &mut impl Choices) -> Vec<String> {
    let n = 2 + c.below(MAX_ARTICLES - 1);
    let first = article(c);
    let mut out = vec![first];
    for _ in 1..n {
        let text = if c.below(3) == 0 {
            article(c)
        } else {
            retell(c, &out[0])
        };
        out.push(text);
    }
    out
}

/// A kind of block.
#[derive(Clone, Copy)]
enum Block {
    Paragraph,
    Headline,
    Byline,
    Transcript,
    QuoteOverParagraphs,
    Junk,
}

const BLOCKS: &[Block] = &[
    Block::Paragraph,
    Block::Paragraph,
    Block::Paragraph,
    Block::Paragraph,
    Block::Headline,
    Block::Byline,
    Block::Transcript,
    Block::QuoteOverParagraphs,
    Block::Junk,
];

fn block(c: &mut impl Choices, out: &mut String) {
    match pick(c, BLOCKS) {
        Block::Paragraph => {
            let sentences = 1 + c.below(MAX_SENTENCES);
            for i in 0..sentences {
                if i > 0 {
                    space(c, out);
                }
                sentence(c, out, 0);
            }
        }
        Block::Headline => out.push_str(pick(c, HEADLINES)),
        Block::Byline => out.push_str(pick(c, BYLINES)),
        Block::Transcript => {
            out.push_str(pick(c, LABELS));
            space(c, out);
            sentence(c, out, 0);
        }
        Block::QuoteOverParagraphs => {
            // Rule of news style: a quotation running over paragraphs reopens
            // each paragraph and closes only at its end.
            let (open, close) = pick(c, MARKS);
            let paragraphs = 1 + c.below(3);
            for i in 0..paragraphs {
                if i > 0 {
                    out.push_str(pick(c, BREAKS));
                }
                out.push_str(open);
                clause(c, out);
                out.push_str(pick(c, ENDS));
            }
            if c.below(4) != UNCOMMON {
                out.push_str(close);
            }
            space(c, out);
            cue_after(c, out);
            out.push('.');
        }
        Block::Junk => {
            for _ in 0..1 + c.below(4) {
                out.push_str(pick(c, JUNK));
            }
        }
    }
    out.push_str(pick(c, BREAKS));
}

/// A kind of sentence.
#[derive(Clone, Copy)]
enum Sentence {
    /// Plain prose with names, numbers and abbreviations.
    Plain,
    /// “…,” Earnest said.
    QuoteThenCue,
    /// Earnest said, “….”
    CueThenQuote,
    /// “A,” Earnest said, “B.”
    Split,
    /// “…,” according to Earnest.
    AccordingTo,
    /// Earnest said the plan was “…”.
    Partial,
    /// “… with no closing mark.
    Unclosed,
    /// A word, then an organisation: "managed Center for & Children."
    Organisation,
}

const SENTENCES: &[Sentence] = &[
    Sentence::Plain,
    Sentence::Plain,
    Sentence::QuoteThenCue,
    Sentence::QuoteThenCue,
    Sentence::CueThenQuote,
    Sentence::Split,
    Sentence::AccordingTo,
    Sentence::Partial,
    Sentence::Unclosed,
    Sentence::Organisation,
];

fn sentence(c: &mut impl Choices, out: &mut String, depth: usize) {
    match pick(c, SENTENCES) {
        Sentence::Plain => {
            clause(c, out);
            out.push_str(pick(c, ENDS));
        }
        Sentence::QuoteThenCue => {
            quotation(c, out, depth, ",");
            space(c, out);
            cue_after(c, out);
            out.push_str(pick(c, ENDS));
        }
        Sentence::CueThenQuote => {
            speaker(c, out);
            space(c, out);
            out.push_str(pick(c, CUES));
            out.push_str(pick(c, &[",", ":", "", " that"]));
            space(c, out);
            quotation(c, out, depth, ".");
        }
        Sentence::Split => {
            quotation(c, out, depth, ",");
            space(c, out);
            cue_after(c, out);
            out.push(',');
            space(c, out);
            quotation(c, out, depth, ".");
        }
        Sentence::AccordingTo => {
            quotation(c, out, depth, ",");
            out.push_str(" according to ");
            speaker(c, out);
            out.push('.');
        }
        Sentence::Partial => {
            speaker(c, out);
            space(c, out);
            out.push_str(pick(c, CUES));
            out.push_str(" the plan was ");
            quotation(c, out, depth, "");
            out.push_str(pick(c, ENDS));
        }
        Sentence::Unclosed => {
            out.push_str(pick(c, MARKS).0);
            clause(c, out);
            out.push_str(pick(c, ENDS));
        }
        Sentence::Organisation => {
            out.push_str(pick(c, WORDS));
            space(c, out);
            organisation(c, out);
            out.push_str(pick(c, ENDS));
        }
    }
}

/// A quotation with `trail` inside its closing mark (news style puts the comma
/// there), sometimes with another quotation inside, sometimes left unclosed or
/// closed with a mark of another family.
fn quotation(c: &mut impl Choices, out: &mut String, depth: usize, trail: &str) {
    let (open, close) = pick(c, MARKS);
    out.push_str(open);
    match c.below(4) {
        UNCOMMON if depth < MAX_NESTING => {
            clause(c, out);
            space(c, out);
            let (inner_open, inner_close) = pick(c, MARKS);
            out.push_str(inner_open);
            if c.below(3) == UNCOMMON {
                sentence(c, out, depth + 1);
            } else {
                out.push_str(pick(c, SAYINGS));
            }
            out.push_str(inner_close);
        }
        2 => clause(c, out),
        _ => out.push_str(pick(c, SAYINGS)),
    }
    out.push_str(trail);
    match c.below(8) {
        UNCOMMON => {}                       // unclosed
        2 => out.push_str(pick(c, MARKS).1), // closed by another family
        _ => out.push_str(close),
    }
}

/// "Earnest said", "said Obama", "he adds", "Sen. Smith told reporters".
fn cue_after(c: &mut impl Choices, out: &mut String) {
    if c.below(2) == 0 {
        speaker(c, out);
        space(c, out);
        out.push_str(pick(c, CUES));
    } else {
        out.push_str(pick(c, CUES));
        space(c, out);
        speaker(c, out);
    }
}

/// Someone who can be quoted: a person, an organisation or a pronoun.
fn speaker(c: &mut impl Choices, out: &mut String) {
    match c.below(6) {
        0 | 1 => person(c, out),
        2 => organisation(c, out),
        3 => out.push_str(pick(c, PRONOUNS)),
        4 => {
            out.push_str("a spokesman for ");
            organisation(c, out);
        }
        _ => {
            person(c, out);
            out.push_str(", ");
            out.push_str(pick(c, &["the president", "a senator", "who heads the"]));
            space(c, out);
            organisation(c, out);
            out.push(',');
        }
    }
}

/// A name: [title] given [initial] family.
fn person(c: &mut impl Choices, out: &mut String) {
    if c.below(3) == UNCOMMON {
        out.push_str(pick(c, TITLES));
        space(c, out);
    }
    if c.below(4) != 0 {
        out.push_str(pick(c, GIVEN));
        space(c, out);
    }
    if c.below(5) == UNCOMMON {
        out.push_str(pick(c, &["J.", "A.", "Q.", "W."]));
        space(c, out);
    }
    out.push_str(pick(c, FAMILY));
}

/// An organisation: a known one, or head + connector + tail ("Center for & Children").
fn organisation(c: &mut impl Choices, out: &mut String) {
    if c.below(3) == 0 {
        out.push_str(pick(c, ORGS));
        return;
    }
    out.push_str(pick(c, ORG_HEADS));
    let spaced = c.below(4) != 0;
    if spaced {
        space(c, out);
    }
    out.push_str(pick(c, CONNECTORS));
    if spaced {
        space(c, out);
    }
    out.push_str(pick(c, ORG_TAILS));
}

/// Some words of prose: ordinary words mixed with names, numbers,
/// abbreviations, dashes, other scripts and odd characters.
fn clause(c: &mut impl Choices, out: &mut String) {
    let words = 1 + c.below(MAX_CLAUSE_WORDS);
    for i in 0..words {
        if i > 0 {
            space(c, out);
        }
        match c.below(24) {
            1 => person(c, out),
            2 => organisation(c, out),
            3 => out.push_str(pick(c, NUMBERS)),
            4 => out.push_str(pick(c, ABBREVIATIONS)),
            5 => out.push_str(pick(c, DASHES)),
            6 => out.push_str(pick(c, FOREIGN)),
            7 => out.push_str(pick(c, JUNK)),
            8 => out.push_str(pick(c, PRONOUNS)),
            9 => out.push_str(pick(c, CUES)),
            10 => out.push(','),
            _ => out.push_str(pick(c, WORDS)),
        }
    }
}

/// A space, most often a plain one.
fn space(c: &mut impl Choices, out: &mut String) {
    if c.below(8) == UNCOMMON {
        out.push_str(pick(c, SPACES));
    } else {
        out.push(' ');
    }
}

/// Another article on the same story: paragraphs of `source` kept in order,
/// some left out, some with new ones between.
fn retell(c: &mut impl Choices, source: &str) -> String {
    let mut out = String::new();
    for paragraph in source.split("\n\n") {
        match c.below(4) {
            0 | 1 => {
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
            2 => {
                block(c, &mut out);
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
            _ => {}
        }
        if out.len() > MAX_ARTICLE_BYTES {
            break;
        }
    }
    out
}

fn pick<T: Copy>(c: &mut impl Choices, table: &[T]) -> T {
    table[c.below(table.len())]
}

/// Options of `analyze_with` and `frequencies` drawn from the choices too: stop
/// words (default, none, a custom list), stemming, the number of top terms, and
/// whether boilerplate is kept.
pub fn options(c: &mut impl Choices) -> lede::Options {
    lede::Options {
        stopwords: match c.below(3) {
            0 => lede::Stopwords::Default,
            1 => lede::Stopwords::None,
            _ => lede::Stopwords::Custom(vec!["said".into(), "the".into(), "Obama".into()]),
        },
        stem: c.below(2) == 1,
        top_terms: c.below(40),
        keep_boilerplate: c.below(2) == 1,
        ..lede::Options::default()
    }
}
