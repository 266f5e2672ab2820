//! Word lists: stop words, abbreviations, titles and speech verbs.

use std::sync::OnceLock;

use crate::hash::{word_set, WordSet, Words};

/// English stop words, from the Snowball project's English list
/// (<https://snowballstem.org/algorithms/english/stop.txt>), with `’` written `'`.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during",
    "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
    "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's",
    "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's",
    "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
    "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she", "she'd", "she'll",
    "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them",
    "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll", "we're",
    "we've", "were", "weren't", "what", "what's", "when", "when's", "where", "where's", "which", "while", "who",
    "who's", "whom", "why", "why's", "will", "with", "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself", "yourselves",
];

/// True when `word` (normalised) is in [`STOPWORDS`].
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| word_set(STOPWORDS)).contains(word)
}

/// Reporting verbs, left out of the counts with the stop words by
/// [`Stopwords::Reporting`](crate::Stopwords::Reporting): the verbs of attribution
/// that lead the word counts of nearly every news article. From the AP Stylebook's
/// entry "said" (the attribution verb to prefer) and the Reuters Handbook's
/// "reporting verbs", in every inflection, plus "according" ("according to").
/// Verbs that are as often the news itself ("warned", "denied", "announced") are
/// not listed: they stay counted.
#[rustfmt::skip]
pub const REPORTING_VERBS: &[&str] = &[
    "according", "add", "added", "adding", "adds", "ask", "asked", "asking", "asks",
    "explain", "explained", "explaining", "explains", "note", "noted", "noting",
    "reiterated", "replied", "said", "say", "saying", "says", "tell", "telling", "tells", "told",
];

/// True when `word` (normalised) is in [`REPORTING_VERBS`].
pub fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.binary_search(&word).is_ok()
}

/// Abbreviations that end in a full stop without ending a sentence (normalised, without the stop).
///
/// Collected from the AP Stylebook's abbreviations for titles, months, states and
/// companies; ambiguous words ("Mass.", "Ill.", "No.") are left out or listed in
/// [`NUMERIC_ABBREVIATIONS`].
const ABBREVIATIONS: &str = "
    adm apr ariz aug ave blvd brig calif capt cmdr co col colo conn corp cpl dec del dept dr esq etc
    feb fla ft gen gov hon inc jan jr ky lt ltd maj messrs mich minn mr mrs ms mt nev nov oct okla
    prof rep reps rev sen sens sep sept sgt sr st supt tenn vs wyo
";

/// Abbreviations that take a full stop only before a number: "No. 1", "Fig. 3".
const NUMERIC_ABBREVIATIONS: &str = "
    art ch fig no nos op p pp vol
";

/// True when `word` (lowercase, without a final full stop) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    static SET: Words = Words::new(ABBREVIATIONS);
    SET.contains(word)
}

/// True when `word` (lowercase, without the stop) is an abbreviation only before a number.
pub fn is_numeric_abbreviation(word: &str) -> bool {
    static SET: Words = Words::new(NUMERIC_ABBREVIATIONS);
    SET.contains(word)
}

/// Abbreviations that usually close a phrase: a capitalised word after them
/// starts a new sentence ("at 8 p.m. Voters", "pens, paper, etc. Officials"),
/// unless it belongs with them (see [`is_time_follower`]). From the AP
/// Stylebook's entries "a.m., p.m." and "etc.".
pub fn is_trailing_abbreviation(word: &str) -> bool {
    matches!(word, "a.m" | "etc" | "p.m")
}

/// Day and month names, whole and abbreviated as the AP Stylebook abbreviates
/// them (lowercase): capitalised, yet they continue a phrase ("8 p.m. Tuesday").
/// One string, as in the quotation lexicon: a list of `&str` costs the `.wasm` a
/// pointer and a length per word.
const CALENDAR_WORDS: &str = "
    apr april aug august dec december feb february fri friday jan january jul july jun june mar
    march may mon monday nov november oct october sat saturday sep sept september sun sunday thu
    thur thurs thursday tue tues tuesday wed wednesday
";

/// True when `word` (lowercase, without a final full stop) names a day or a month.
pub fn is_calendar_word(word: &str) -> bool {
    static SET: Words = Words::new(CALENDAR_WORDS);
    SET.contains(word)
}

/// Time zones as news writes them after a clock time: the zone names of the
/// AP Stylebook's "time zones" entry and the common abbreviations of the IANA
/// time zone database (lowercase, inner full stops kept: "e.t").
const TIME_ZONES: &str = "
    aest alaska atlantic bst cdt central cest cet cst ct e.t eastern edt eest eet est et gmt hawaii
    hst ist jst mdt mountain mst mt p.t pacific pdt pst pt utc
";

/// True when `word` (lowercase, without a final full stop) may follow a clock
/// time in the same phrase: a day, a month or a time zone ("8 p.m. Eastern").
pub fn is_time_follower(word: &str) -> bool {
    static SET: Words = Words::new(TIME_ZONES);
    is_calendar_word(word) || SET.contains(word)
}

/// True when `word` (lowercase) is a preposition that opens a time phrase at the
/// head of a sentence ("At 5 a.m. Mr. Smith left"): after one, the clock time
/// does not end the sentence.
pub fn is_time_preposition(word: &str) -> bool {
    static WORDS: Words = Words::new("about after around at before by from past since till until");
    WORDS.contains(word)
}

/// `I` and its contractions (normalised): capitalised wherever they stand, so
/// their capital shows no sentence start ("the thing is ... I didn't").
pub fn is_first_person_singular(word: &str) -> bool {
    matches!(word, "i" | "i'm" | "i'd" | "i've" | "i'll")
}

/// Capitalised words that start news sentences and rarely start a name:
/// adverbs, conjunctions and quantifiers that are not in [`STOPWORDS`]. After
/// an abbreviation they show that a new sentence has begun ("in the U.S. Still,
/// few"). Chosen by hand for Lede, after the frequent sentence starters that
/// Punkt (Kiss and Strunk, "Unsupervised Multilingual Sentence Boundary
/// Detection", 2006) learns from a corpus.
const SENTENCE_STARTERS: &str = "
    according additionally afterward afterwards already also although among another besides
    consequently despite earlier even eventually every everyone everything finally however indeed
    instead later likewise many meanwhile moreover much nevertheless nobody none nonetheless nothing
    now often otherwise overall perhaps rather recently separately several similarly since sometimes
    soon still therefore though thus today together tomorrow unlike whether yes yesterday yet
";

/// True when `word` (normalised) is a stop word or one of the sentence starters:
/// capitalised, it plainly starts a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    static SET: Words = Words::new(SENTENCE_STARTERS);
    is_stopword(word) || SET.contains(word)
}

/// Titles that stand before a name and never end a sentence: "Mr.", "Dr.", "Gen.".
const TITLES: &str = "
    adm brig capt cmdr col cpl dr gen gov hon lt maj messrs mr mrs ms prof rep reps rev sen sens sgt
    st supt
";

/// True when `word` (normalised, without a final full stop) is a title before a name.
pub fn is_title(word: &str) -> bool {
    static SET: Words = Words::new(TITLES);
    SET.contains(word)
}

/// Words that stand before a name as a title or role (normalised, without a
/// final full stop): "President Obama", "Spokesman Josh Earnest", "Sen. McCain".
/// They are left out of the names found by [`terms`](crate::terms::terms).
const NAME_TITLES: &str = "
    adm admiral ambassador archbishop attorney bishop brig capt captain cardinal ceo chairman
    chairwoman chancellor chief cmdr coach col colonel commissioner congressman congresswoman cpl
    dame director dr emperor gen general gov governor hon judge justice king lady leader lord lt maj
    major mayor messrs minister mr mrs ms officer pope premier president prince princess prof
    professor queen rabbi rep representative reps rev reverend sen senator sens sergeant sgt sheikh
    sir speaker spokesman spokesperson spokeswoman supt vice
";

/// True when `word` (normalised, without a final full stop) is a title or role before a name.
pub fn is_name_title(word: &str) -> bool {
    static SET: Words = Words::new(NAME_TITLES);
    SET.contains(word)
}

/// Elisions written with a leading apostrophe: ’n’ (rock ’n’ roll), ’em, ’til.
#[rustfmt::skip]
const ELISIONS: &[&str] = &["bout", "cause", "em", "n", "round", "til", "tis", "twas"];

/// True when `word` may follow a leading apostrophe as an elision.
pub fn is_elision(word: &str) -> bool {
    word.len() <= 5 && crate::ascii::is_one_of(ELISIONS, word)
}

/// Scale words and units that belong to the number before them: "$44 million", "3 percent".
#[rustfmt::skip]
const SCALE_WORDS: &[&str] = &["billion", "bn", "hundred", "million", "mn", "percent", "thousand", "trillion"];

/// True when `word` is a scale word or unit that joins the number before it.
pub fn is_scale_word(word: &str) -> bool {
    crate::ascii::is_one_of(SCALE_WORDS, word)
}

/// Common top-level domains, for web addresses written without `http://` ("npr.org").
const TLDS: &str = "
    au be biz br ca ch cn co com de dk edu es eu fi fm fr gov ie in info io it jp kr me mil net nl
    no nz org pl ru se tv uk us
";

/// True when `label` is a common top-level domain.
pub fn is_tld(label: &str) -> bool {
    static SET: Words = Words::new(TLDS);
    SET.contains(label)
}

/// Boilerplate: lines that are navigation when they are the whole line (normal
/// forms, words joined by single spaces, a hyphenated word's parts apart).
/// Lede's own list: the link and button labels of English-language news pages
/// (menus, share bars, account links) as copying an article from the page takes them in.
#[rustfmt::skip]
pub const NAVIGATION_LINES: &[&str] = &[
    "advertisement", "back to top", "close", "comments", "continue reading", "email", "facebook", "home", "listen",
    "log in", "menu", "more", "next", "previous", "print", "read more", "related", "search", "share", "sign in",
    "sign up", "skip", "sponsored", "subscribe", "top stories", "tweet", "twitter", "watch",
];

/// Boilerplate: phrases that make a short line navigation when it starts with
/// them. Lede's own list, from the same pages as [`NAVIGATION_LINES`].
#[rustfmt::skip]
pub const NAVIGATION_PREFIXES: &[&str] = &[
    "skip to ", "share this ", "share on ", "share via ", "read more ", "related ", "more from ", "see more ",
    "click here", "sign up ", "sign in ", "log in ", "follow us", "jump to ", "go to ", "return to ", "view comments",
    "show comments", "listen to this ", "advertisement ", "recommended ", "most popular", "most read",
];

/// Boilerplate: navigation phrases that copying a page glues to the end of a
/// line ("... each week.Skip to main content"): the skip links of accessible
/// pages (WCAG 2.4.1, "Bypass Blocks").
pub const GLUED_NAVIGATION: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
];

/// Boilerplate: phrases of subscription, promotion and legal lines. Lede's own
/// list, from the footers and membership appeals of news pages (public radio's
/// "made possible by" lines among them). "all rights reserved" stays last: it
/// also marks a copyright line.
#[rustfmt::skip]
pub const PROMO_PHRASES: &[&str] = &[
    "to see more visit", "subscribe to our", "subscribe now", "sign up for our", "our newsletter", "become a member",
    "support our journalism", "made possible by member", "made possible by listener", "made possible by reader",
    "follow us on", "download our app", "terms of use", "privacy policy", "cookie policy", "all rights reserved",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_and_unique() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("the") && is_stopword("don't") && !is_stopword("sony"));
    }

    #[test]
    fn lists_are_sorted_and_unique() {
        let words = |list: &'static str| list.split_ascii_whitespace().collect::<Vec<_>>();
        for list in [
            words(ABBREVIATIONS),
            words(NAME_TITLES),
            words(TLDS),
            REPORTING_VERBS.to_vec(),
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
        assert!(is_abbreviation("mr") && is_name_title("spokesman") && is_tld("org"));
        assert!(
            is_reporting_verb("said") && is_reporting_verb("told") && !is_reporting_verb("warned")
        );
        assert!(REPORTING_VERBS.iter().all(|w| !is_stopword(w)));
        assert!(
            is_time_follower("tuesday") && is_time_follower("e.t") && !is_time_follower("voters")
        );
        assert!(
            is_sentence_starter("the")
                && is_sentence_starter("still")
                && !is_sentence_starter("army")
        );
        for list in [CALENDAR_WORDS, TIME_ZONES, SENTENCE_STARTERS] {
            let words: Vec<&str> = list.split_ascii_whitespace().collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{list}");
        }
        assert!(SENTENCE_STARTERS
            .split_ascii_whitespace()
            .all(|w| !is_stopword(w)));
    }

    #[test]
    fn abbreviations_and_titles_are_short_ascii() {
        // The quotation finder's sentence splitter relies on it (quotes::doc).
        for w in ABBREVIATIONS
            .split_ascii_whitespace()
            .chain(TITLES.split_ascii_whitespace())
        {
            assert!(w.is_ascii() && w.len() <= 6, "{w}");
        }
    }
}
