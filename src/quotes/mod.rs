//! Quotations and who said them.
//!
//! # Pipeline
//!
//! 1. `marks` pairs quotation marks of every common style (“ ” ‘ ’ " ' « » „ “
//!    ‚ ‘ » « ‹ › 「 」 『 』, two backticks and two apostrophes, and two
//!    apostrophes on both sides as old wire copy writes them) and tells
//!    apostrophes from single quotes.
//!    Quotations may run over paragraphs; unclosed and stray marks become notes.
//! 2. `doc` turns the text outside quotations into words, punctuation and one
//!    item per quotation, split into sentences and paragraphs.
//! 3. `attribution` finds every speech cue (a verb of the `lexicon` or
//!    "according to") and its subject; `speakers` gives each subject its fullest
//!    name and resolves pronouns.
//! 4. Each quotation is then linked by the first rule that applies, in this order:
//!    - `speaker-label`: a transcript's paragraph "MODERATOR: …" (the label is
//!      left out of the quoted words; "(LAUGHTER.)" is no one's words)
//!    - `cue-after`: “…,” Earnest says / “…,” says Lewis, who… / “…,” X told reporters
//!    - `according-to`: “…,” according to X (before or after the quotation)
//!    - `headline-colon`: Obama: the US 'will respond'
//!    - `cue-before`: X said “…” / he adds that the president is also “…” / X said. “…”
//!    - `cue-inside`: “A,” Earnest says, “B.” (the second part)
//!    - `sentence-subject`: Obama took digs at Kim, saying he was “…”
//!    - `pull-quote`: a paragraph that only repeats words quoted elsewhere
//!    - `dash-signature`: “…” ― Marisol Tejeda; “…” ¶ -President Obama
//!    - `cue-after` (words-of): “…” Those were the words of Coach Rita Bell
//!    - `colon-intro`: Okafor offered a blunt assessment: “…”, Her answer: “…”,
//!      And from Chairwoman Lise Rosen: (or the quotation opening the next
//!      paragraph; the introductions are `intro`'s ordered rules)
//!    - `sentence-subject` (writer's sentence): a fragment of four words or more
//!      inside a sentence whose subject is someone, with no cue; and a paragraph
//!      that is only a quotation after a paragraph about someone (introduced-before)
//!    - `continuation`: a quotation with no cue after one by X in the same
//!      paragraph, or opening a paragraph after a paragraph ending with X's words,
//!      unless a name and a verb follow it; and, backwards, the part of a
//!      paragraph-by-paragraph quotation before its cue, or a quotation before
//!      "Tibbs paused. “…,” she said."
//!    - `nested`: a quotation inside a quotation belongs to the outer speaker
//!
//!    When the linked mention is a pronoun, the rule is `pronoun`: "he" and
//!    "she" take the most salient person that fits (the sentences before, each
//!    from its subject on; gender from titles, given names and earlier pronouns).
//! 5. Kinds: titles of works (after "film", "comedy", "titled"… or title-cased
//!    fragments with no cue), scare quotes and nicknames (after "so-called",
//!    short fragments nobody is said to have said) are not speech. Speech is
//!    `direct` when it starts a sentence (or follows "says:" / "says,"), and
//!    `partial` when it is a fragment inside the writer's sentence.

use serde::Serialize;

use crate::sort::Lean;
use crate::span::{MapSpans, Span, Utf16Map};
use crate::tokenize::Token;

mod attribution;
mod doc;
mod intro;
pub(crate) mod lexicon;
mod marks;
mod pull;
mod rule;
mod speakers;

use attribution::{Class, Event, Mention};
use doc::{Doc, Item};
use marks::RawQuote;
pub use rule::{NoteCode, Rule};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// Quoted speech: a sentence or more in someone's words.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// A quotation inside another quotation.
    Nested,
    /// The title of a work ("The Interview"): not speech.
    Title,
    /// Scare quotes or a nickname: not speech.
    Scare,
}

impl QuoteKind {
    /// True for the kinds that are someone's words: direct, partial and nested.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Nested
        )
    }
}

/// The words that attribute a quotation: "Earnest says", "according to".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cue {
    /// The cue's words in the text.
    pub span: Span,
    /// The speech verb's lemma ("say", "add", "according to").
    pub lemma: String,
}

impl MapSpans for Cue {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The quoted words as they stand in the text.
    pub text: String,
    /// What kind of quotation it is.
    pub kind: QuoteKind,
    /// The speaker's name, or `None` when no one is named (always `None` for titles).
    pub speaker: Option<String>,
    /// Index of the speaker in the analysis' `speakers`.
    pub speaker_id: Option<usize>,
    /// The speech cue that attributes it.
    pub cue: Option<Cue>,
    /// The mention of the speaker that the cue was linked to ("Earnest", "he").
    pub mention: Option<Span>,
    /// The rule that linked the speaker, e.g. `cue-after` or `continuation`.
    pub rule: Option<Rule>,
    /// Words in the quotation, counted as the statistics count them (tokens that
    /// are words, numbers, addresses, handles or hashtags); none inside boilerplate.
    pub words: usize,
    /// For a nested quote, the index of the quotation it sits in.
    pub parent: Option<usize>,
    /// For a pull quote, the index of the body quotation it repeats.
    pub repeats: Option<usize>,
}

impl MapSpans for Quote {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
        self.cue.map_spans(map);
        self.mention.map_spans(map);
    }
}

/// Someone quoted in the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// The fullest name the article gives ("Josh Earnest").
    pub name: String,
    /// Indices of this speaker's quotations in the analysis' `quotes`.
    pub quotes: Vec<usize>,
    /// Words in this speaker's quotations (nested ones counted once).
    pub quoted_words: usize,
    /// This speaker's quoted words as a share of the article's words (0 to 1).
    pub share: f64,
    /// This speaker's quoted words as a share of all quoted words (0 to 1).
    pub share_of_quotes: f64,
    /// Where the article names or refers to this speaker.
    pub mentions: Vec<Span>,
    /// The role the article first gives this person, as its head noun: "mayor"
    /// for "Mayor Joan Tibbs", "spokesman" for "Leo Barr, a spokesman for Acme
    /// Foods" (titles written out: "Sen." is "senator"); None when it gives none.
    pub role: Option<String>,
}

impl MapSpans for Speaker {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.mentions.map_spans(map);
    }
}

/// Something in the text worth a look: an unclosed mark, a stray mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Where.
    pub span: Span,
    /// A stable code: `unclosed-quote`, `stray-mark`.
    pub code: NoteCode,
    /// A sentence for people.
    pub message: String,
}

impl MapSpans for Note {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

/// Quotations, speakers and notes found in one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quotes {
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Everyone quoted.
    pub speakers: Vec<Speaker>,
    /// Problems found with quotation marks.
    pub notes: Vec<Note>,
}

/// How a quotation was linked, while the rules run.
#[derive(Debug, Clone, Default)]
struct Link {
    rule: Option<Rule>,
    event: Option<usize>,
    cue: Option<Cue>,
    mention: Option<Span>,
    speaker: Option<usize>,
    /// Linked by a cue in its own sentence (or a headline colon).
    strong: bool,
    kind: Option<QuoteKind>,
}

impl Link {
    /// The link rule `rule` makes to mention `m` (as speaker `speaker`), with its
    /// cue; a pronoun's link is named `pronoun` whatever found it.
    fn to(rule: Rule, m: &Mention, speaker: Option<usize>, cue: Option<Cue>, strong: bool) -> Link {
        Link {
            rule: Some(if matches!(m.class, Class::Pronoun(_)) {
                Rule::Pronoun
            } else {
                rule
            }),
            event: None,
            cue,
            mention: Some(m.span),
            speaker,
            strong,
            kind: None,
        }
    }
}

/// A cue that is a punctuation mark at byte `at` of `text` (a colon, a dash).
fn mark_cue(text: &str, at: usize) -> Cue {
    Cue {
        span: Span::new(at, at + text[at..].chars().next().map_or(1, char::len_utf8)),
        lemma: "say".to_string(),
    }
}

/// Per-item and per-sentence tables that keep every rule O(1) per quotation.
struct Tables {
    /// The item of each event's verb with the event's index, in item order
    /// (looked up by binary search: a table per item would cost four bytes a word).
    event_items: Vec<(u32, u32)>,
    /// Sentences holding a quotation.
    has_quote: Vec<bool>,
    /// Capitalised and all words outside quotations, per sentence.
    caps: Vec<(u32, u32)>,
    /// First item of each paragraph (None for a paragraph with no item).
    para_first: Vec<Option<usize>>,
}

impl Tables {
    /// The event whose verb is item `i`.
    fn event_at(&self, i: usize) -> Option<usize> {
        let p = self
            .event_items
            .partition_point(|&(item, _)| item as usize <= i);
        Some(p.checked_sub(1)?)
            .map(|p| self.event_items[p])
            .filter(|&(item, _)| item as usize == i)
            .map(|(_, k)| k as usize)
    }

    /// True when sentence `sid` is set in headline case: most of its words
    /// outside quotations capitalised ("31 Voters Share Their Thoughts").
    fn is_headline_case(&self, sid: usize) -> bool {
        let (caps, all) = self.caps[sid];
        all >= 3 && caps * 10 >= all * 7
    }

    /// The last event at or before item `i` in its sentence.
    fn last_event(&self, doc: &Doc, i: usize) -> Option<usize> {
        let p = self
            .event_items
            .partition_point(|&(item, _)| item as usize <= i);
        let (item, k) = self.event_items[p.checked_sub(1)?];
        doc.same_sentence(item as usize, i).then_some(k as usize)
    }

    #[inline(never)]
    fn new(doc: &Doc, events: &[Event], paragraphs: usize) -> Tables {
        let n = doc.len();
        let mut event_items: Vec<(u32, u32)> = events
            .iter()
            .enumerate()
            .map(|(k, e)| (e.item as u32, k as u32))
            .collect();
        event_items.lean_sort();
        let sentences = doc.sent_start.len();
        let mut has_quote = vec![false; sentences];
        let mut caps = vec![(0, 0); sentences];
        let mut para_first: Vec<Option<usize>> = vec![None; paragraphs];
        for i in 0..n {
            let s = doc.sent[i] as usize;
            if doc.word_span(i).is_some() {
                caps[s].1 += 1;
                if doc.is_cap(i) {
                    caps[s].0 += 1;
                }
            } else if let Item::Quote(_) = doc.item(i) {
                has_quote[s] = true;
            }
        }
        // A paragraph's first item opens its first sentence.
        for &first in &doc.sent_start {
            let p = doc.para(first) as usize;
            if let Some(slot @ None) = para_first.get_mut(p) {
                *slot = Some(first);
            }
        }
        Tables {
            event_items,
            has_quote,
            caps,
            para_first,
        }
    }
}

/// Finds the quotations of `text` and attributes them.
///
/// # Examples
/// ```
/// let text = "“It was special,” says Lewis.";
/// let tokens = lede::tokenize::tokenize(text);
/// let found = lede::quotes::find(text, &tokens, &lede::tokenize::paragraphs(text));
/// assert_eq!(found.quotes[0].span.slice(text), "It was special,");
/// assert_eq!(found.quotes[0].speaker.as_deref(), Some("Lewis"));
/// assert_eq!(found.quotes[0].rule, Some(lede::quotes::Rule::CueAfter));
/// ```
pub fn find(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Quotes {
    let doc = crate::document::Document {
        text,
        tokens: tokens.to_vec(),
        sentences: crate::tokenize::sentences(text, tokens),
        paragraphs: paragraphs.to_vec(),
        forms: crate::forms::Forms::new(text, tokens),
        boilerplate: Vec::new(),
        excluded: Vec::new(),
        counted: crate::tokenize::counted_words(tokens, &[]),
    };
    find_with(&doc, true)
}

/// [`find`], with each quotation's `text` left empty unless `with_text` (the
/// WebAssembly bindings slice it from the caller's own string instead).
#[inline(never)]
pub(crate) fn find_with(model: &crate::document::Document<'_>, with_text: bool) -> Quotes {
    find_sieved(model, with_text, 0)
}

/// The quotations of `text` as [`crate::analyze`] finds them, with the
/// [`SIEVES`] named in `without` left out: for measuring what each rule adds.
/// An unknown name is an error.
#[doc(hidden)]
pub fn find_without(text: &str, without: &[&str]) -> Result<Quotes, String> {
    let mut mask = 0;
    for name in without {
        let k = SIEVES
            .iter()
            .position(|s| s.name == *name)
            .ok_or_else(|| format!("no sieve {name:?}"))?;
        mask |= 1 << k;
    }
    let model = crate::document::Document::read(text, false);
    Ok(find_sieved(&model, true, mask))
}

fn find_sieved(model: &crate::document::Document<'_>, with_text: bool, without: u32) -> Quotes {
    let (text, tokens, paragraphs) = (model.text, &model.tokens[..], &model.paragraphs[..]);
    let counted_words = &model.counted[..];
    let (mut raw, notes) = marks::pair(text, paragraphs);
    marks::read_transcripts(text, tokens, &model.forms, paragraphs, &mut raw);
    let doc = Doc::new(
        text,
        tokens,
        &model.forms,
        &model.sentences,
        paragraphs,
        &raw,
    );
    let events = attribution::events(&doc);
    let names = speakers::Names::build(&doc);
    let (mut registry, event_speaker) = speakers::resolve_events(&doc, &names, &events);
    let tables = Tables::new(&doc, &events, paragraphs.len());

    // Quotations standing alone in their paragraph may be pull quotes.
    let alone: Vec<bool> = raw
        .iter()
        .enumerate()
        .map(|(qi, _)| {
            doc.quote_item[qi].is_some_and(|it| {
                let first = it == 0 || doc.para(it - 1) != doc.para(it);
                let last = it + 1 >= doc.len()
                    || doc.para(it + 1) != doc.para(it)
                    || (it + 2 >= doc.len() || doc.para(it + 2) != doc.para(it))
                        && matches!(doc.item(it + 1), Item::Punct(..));
                first && last
            })
        })
        .collect();
    let repeats = pull::repeats(model, &raw, &alone);

    let mut ctx = Ctx {
        text,
        doc: &doc,
        raw: &raw,
        events: &events,
        event_speaker: &event_speaker,
        tables: &tables,
        links: vec![Link::default(); raw.len()],
        prev_quote: None,
        without,
    };
    for qi in 0..raw.len() {
        let link = match raw[qi].parent {
            Some(p) => ctx.nested(p),
            None => ctx.link(
                qi,
                &mut registry,
                &names,
                repeats[qi].is_some() && alone[qi],
            ),
        };
        ctx.links[qi] = link;
        // Titles and scare quotes in between do not break a speaker's run:
        // said on NBC's “Meet the Press.” “Listening to him…”
        if raw[qi].parent.is_none() && ctx.links[qi].kind.is_some_and(QuoteKind::is_speech) {
            ctx.prev_quote = Some(qi);
        }
    }
    let mut links = ctx.links;
    // rule pull-quote: take the speaker of the quotation repeated.
    for qi in 0..raw.len() {
        if let (Some(r), Some(Rule::PullQuote)) = (repeats[qi], links[qi].rule) {
            links[qi].speaker = links[r].speaker;
            links[qi].mention = links[r].mention;
        }
    }
    // rule continuation (backwards): a paragraph-by-paragraph quotation whose
    // cue comes only with its last part.
    // And a quotation with no cue whose next sentence is about the speaker of
    // the quotation after it: “We tried everything.” Tibbs paused. “Nothing
    // worked,” she said.
    for qi in (0..raw.len()).rev() {
        let unlinked = links[qi].speaker.is_none()
            && raw[qi].parent.is_none()
            && links[qi].kind.is_some_and(QuoteKind::is_speech);
        if unlinked {
            if let Some(next) = (qi + 1..raw.len()).find(|&k| raw[k].parent.is_none()) {
                if links[next].speaker.is_some()
                    && links[next].kind.is_some_and(QuoteKind::is_speech)
                    && (raw[qi].continued
                        || paused_between(&doc, &tables, &mut registry, &names, (qi, next))
                            == links[next].speaker)
                {
                    links[qi].speaker = links[next].speaker;
                    links[qi].mention = links[next].mention;
                    links[qi].rule = Some(Rule::Continuation);
                }
            }
        }
    }
    // Nested quotations follow their (possibly updated) parents.
    for qi in 0..raw.len() {
        if let Some(p) = raw[qi].parent {
            if links[qi].kind == Some(QuoteKind::Nested) {
                links[qi].speaker = links[p].speaker;
                links[qi].mention = links[p].mention;
            }
        }
    }
    build(
        (text, with_text),
        tokens,
        counted_words,
        &raw,
        links,
        &repeats,
        (&registry, &names),
        notes,
    )
}

/// The speaker of the sentence standing between quotations `a` and `b` of one
/// paragraph, when it is a short sentence with no cue and no other quotation
/// ("Tibbs paused."), or None.
fn paused_between(
    doc: &Doc,
    tables: &Tables,
    registry: &mut speakers::Registry,
    names: &speakers::Names,
    (a, b): (usize, usize),
) -> Option<usize> {
    let (ia, ib) = (doc.quote_item[a]?, doc.quote_item[b]?);
    let between = ia + 1..ib;
    if doc.para(ia) != doc.para(ib) || between.len() > MAX_PAUSE_ITEMS || between.is_empty() {
        return None;
    }
    if between.clone().any(|k| tables.event_at(k).is_some()) {
        return None;
    }
    // The sentence may be the quotation's own (“…” Tibbs paused.) or the next.
    let k = ia + 1;
    let m = if doc.word(k).is_some_and(|w| lexicon::pronoun(w).is_some()) {
        attribution::np_before(doc, k + 1)?.0
    } else if doc.is_cap(k) {
        let mut last = k;
        while last + 1 < ib && doc.same_sentence(last + 1, k) && doc.is_cap(last + 1) {
            last += 1;
        }
        if !intro::verb_follows(doc, last, ib) {
            return None;
        }
        attribution::proper_name_at(doc, k, last)?.0
    } else {
        return None;
    };
    if !matches!(m.class, Class::Person | Class::Pronoun(false)) {
        return None;
    }
    registry.resolve(doc, names, &m, k)
}

/// Most items of a sentence between two quotations of one speaker ("Tibbs
/// paused, looking at the floor.").
const MAX_PAUSE_ITEMS: usize = 12;

/// Most notes of unresolved pronouns per article: a text of thousands of "he
/// said" with no one named stays readable.
const MAX_PRONOUN_NOTES: usize = 100;

/// The fewest words of a fragment that [`Ctx::writer_subject`] gives to the
/// sentence's subject: shorter ones are more often scare quotes and labels.
const MIN_SUBJECT_FRAGMENT_WORDS: usize = 4;

/// How many items after a quotation its cue may be: the speaker's name and a
/// long apposition come first ("…,'' Leonard Burman, director of the … Center and
/// a professor at …, said").
const CUE_AFTER_REACH: usize = 40;

/// Most words of a name after a quotation ("Sen. Elizabeth Ann Warren").
const MAX_NAME_WORDS: usize = 5;

/// Most words of a role before a speaker's name ("Senate minority leader").
const MAX_ROLE_WORDS: usize = 6;

/// True when items `from..to` are all words of a role or organisation before a
/// speaker's name: capitalised words, titles, possessives and lowercase nouns, no
/// function words or verbs ("Senate minority leader", "Clinton's top aide").
fn speaker_prefix(doc: &Doc, from: usize, to: usize) -> bool {
    // "…,” a senior Democrat said": an article or a number may open the phrase.
    let determined = doc
        .word(from)
        .is_some_and(|w| lexicon::is_determiner(w) || w == "one");
    let from = from + usize::from(determined);
    // "…,” another friend, Mariam Emara told CNN": a described role may stand
    // before the name with a comma.
    let to = if determined && to > from + 1 && matches!(doc.item(to - 1), Item::Punct(',', _)) {
        to - 1
    } else {
        to
    };
    to - from <= MAX_ROLE_WORDS
        && (from..to).all(|k| {
            doc.same_sentence(k, to)
                && doc.word(k).is_some_and(|w| {
                    doc.is_cap(k)
                        || lexicon::is_title(w)
                        || !crate::lexicon::is_stopword(w)
                            && !lexicon::is_preposition(w)
                            && lexicon::speech_lemma(w).is_none()
                            && !lexicon::is_clause_verb(w)
                            && !lexicon::is_verb_filler(w)
                })
        })
}

/// Most words of a nickname made of epithets and a given name ("Low Energy Jeb").
const MAX_EPITHET_NICKNAME_WORDS: usize = 3;

/// rule scare (epithet nickname): capitalised epithets and a given name, and
/// nothing else, are a nickname, whoever says it: “Crooked Hillary”, “Little
/// Marco”; so is a dropped-g epithet before any name: “Lyin’ Ted”, ''Fibbin'
/// Phil.'' A given name first (“Annie Hall”), a gerund (“Educating Rita”,
/// “Saving Private Ryan”) or a title before the name (“Miss Daisy”) is the
/// title of a work or a name.
fn is_epithet_nickname(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .trim_end_matches(['.', '!'])
        .split_whitespace()
        .take(MAX_EPITHET_NICKNAME_WORDS + 1)
        .collect();
    let Some((last, epithets)) = words.split_last() else {
        return false;
    };
    let lower = |w: &str| crate::case::lowercase(w.trim_end_matches(['\'', '’']));
    let is_given = |w: &str| lexicon::is_given_name(&lower(w));
    (1..MAX_EPITHET_NICKNAME_WORDS).contains(&epithets.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        })
        && (is_given(last) || epithets[0].ends_with("in'") || epithets[0].ends_with("in’"))
        && !is_given(epithets[0])
        && !epithets
            .iter()
            .any(|w| lexicon::is_title(&lower(w)) || w.ends_with("ing"))
}

/// Most words between a cue verb and the comma before its quotation ("told
/// reporters on Tuesday, “…”").
const MAX_ADDRESSEE_WORDS: usize = 3;

/// rule addressee: the words between the cue verb at item `verb` and the comma
/// at item `comma` only say to whom or when it was said ("I tell them, “…”",
/// "told us this morning, “…”"), so the quotation is set off by the comma.
fn addressed(doc: &Doc, verb: usize, lemma: &str, comma: usize) -> bool {
    // A verb whose object is the one spoken to may name them: "warned Pruitt,".
    let named = lexicon::names_the_object(lemma);
    comma > verb + 1
        && comma - verb - 1 <= MAX_ADDRESSEE_WORDS
        && (verb + 1..comma).all(|k| {
            doc.same_sentence(k, comma)
                && doc.word(k).is_some_and(|w| {
                    lexicon::is_addressee_or_time(w)
                        || lexicon::is_calendar_word(w)
                        || named && doc.is_cap(k)
                })
        })
}

/// Most words of a transcript line's label ("KATE ELLIS, HOST:").
const MAX_LINE_LABEL_WORDS: usize = 5;

/// How many paragraphs away another labelled line shows a transcript.
const LABEL_LINE_REACH: usize = 2;

/// A transcript line's label: the items of the name (first and last) and the colon.
struct LineLabel {
    name: (usize, usize),
    colon: usize,
}

struct Ctx<'a> {
    text: &'a str,
    doc: &'a Doc<'a>,
    raw: &'a [RawQuote],
    events: &'a [Event],
    event_speaker: &'a [Option<usize>],
    tables: &'a Tables,
    links: Vec<Link>,
    prev_quote: Option<usize>,
    /// Sieves left out (bit `k` for `SIEVES[k]`): for measuring what each adds.
    without: u32,
}

/// Where a quotation stands, as every sieve sees it.
struct At {
    /// The raw quotation.
    qi: usize,
    /// Its item.
    it: usize,
    /// Its sentence and paragraph.
    sid: usize,
    pid: usize,
    /// It opens its paragraph.
    first_in_para: bool,
    /// It opens its sentence, or follows a colon or an opening bracket.
    starts: bool,
    /// It stands alone and repeats a quotation of the body.
    pull: bool,
}

/// One attribution rule: its name and the function that may link a quotation.
pub struct Sieve {
    /// The sieve's name ("cue-after"); the rule it leaves as evidence may be
    /// more particular ("pronoun" for a pronoun's link).
    pub name: &'static str,
    run: fn(&Ctx<'_>, &At, &mut speakers::Registry, &speakers::Names) -> Option<Link>,
}

/// A [`Sieve`] running method `$f` of [`Ctx`] (a closure, so that it is one
/// function for every lifetime of the context).
macro_rules! sieve {
    ($name:literal, $f:ident) => {
        Sieve {
            name: $name,
            run: |ctx, at, registry, names| ctx.$f(at, registry, names),
        }
    };
}

/// The attribution sieves, most precise first: the first that links a quotation
/// wins. A cue in the quotation's own sentence comes before anything in another.
pub const SIEVES: &[Sieve] = &[
    sieve!("speaker-label", speaker_label),
    sieve!("cue-after", sieve_cue_after),
    sieve!("transcript-line", transcript_line),
    sieve!("headline-colon", headline_colon),
    sieve!("cue-at-sentence-end", sieve_sentence_end),
    sieve!("cue-before", sieve_cue_before),
    sieve!("pull-quote", sieve_pull_quote),
    sieve!("cue-previous-sentence", sieve_previous_sentence),
    sieve!("dash-signature", dash_signature),
    sieve!("words-of", sieve_words_of),
    sieve!("colon-intro", colon_intro),
    sieve!("possessor", sieve_possessor),
    sieve!("as-label", sieve_as_label),
    sieve!("sentence-subject", sieve_writer_subject),
    sieve!("introduced-before", sieve_introduced_before),
    sieve!("continuation", sieve_continuation),
];

impl Ctx<'_> {
    fn nested(&self, parent: usize) -> Link {
        let p = &self.links[parent];
        if p.kind.is_some_and(QuoteKind::is_speech) {
            // rule nested: the outer speaker quotes someone.
            Link {
                rule: Some(Rule::Nested),
                speaker: p.speaker,
                mention: p.mention,
                kind: Some(QuoteKind::Nested),
                ..Link::default()
            }
        } else {
            Link {
                kind: Some(QuoteKind::Scare),
                ..Link::default()
            }
        }
    }

    fn link_event(
        &self,
        ev: usize,
        rule: Rule,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let e = &self.events[ev];
        let cue = Cue {
            span: e.cue,
            lemma: e.lemma.to_string(),
        };
        let rule = if e.lemma == "according to" {
            Rule::AccordingTo
        } else {
            rule
        };
        match &e.mention {
            Some(m) => Some(Link {
                event: Some(ev),
                ..Link::to(rule, m, self.event_speaker[ev], Some(cue), true)
            }),
            None if ev > 0
                && self.doc.same_sentence(self.events[ev - 1].item, e.item)
                && self.events[ev - 1].mention.is_some() =>
            {
                // "Obama said, adding that …": the participle shares the cue's subject.
                let mut link = self.link_event(ev - 1, rule, registry, names)?;
                link.event = Some(ev);
                link.cue = Some(cue);
                Some(link)
            }
            None => {
                // rule sentence-subject: "…, saying" takes the subject of its sentence.
                let (m, a, _) = attribution::sentence_subject(self.doc, e.item)?;
                let speaker = registry.resolve(self.doc, names, &m, a);
                Some(Link {
                    event: Some(ev),
                    ..Link::to(Rule::SentenceSubject, &m, speaker, Some(cue), true)
                })
            }
        }
    }

    #[inline(never)]
    fn link(
        &self,
        qi: usize,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
        pull: bool,
    ) -> Link {
        let doc = self.doc;
        let Some(it) = doc.quote_item[qi] else {
            return Link::default();
        };
        let sid = doc.sent[it] as usize;
        let pid = doc.para(it) as usize;
        let first_in_para = it == 0 || doc.para(it - 1) as usize != pid;
        let starts = doc.sent_start[sid] == it
            || matches!(doc.get(it.wrapping_sub(1)), Some(Item::Punct(':' | '(', _)))
                && doc.same_sentence(it - 1, it);
        let at = At {
            qi,
            it,
            sid,
            pid,
            first_in_para,
            starts,
            pull,
        };
        let mut link = SIEVES
            .iter()
            .enumerate()
            .filter(|(k, _)| self.without & (1 << k) == 0)
            .find_map(|(_, sieve)| (sieve.run)(self, &at, registry, names))
            .unwrap_or_default();
        let set_off = it >= 2
            && doc.same_sentence(it - 2, it)
            && matches!(doc.item(it - 1), Item::Punct(',', _))
            && self.tables.last_event(self.doc, it - 2).is_some_and(|ev| {
                let e = &self.events[ev];
                e.last == it - 2
                    || e.mention_items.is_some_and(|m| m.1 == it - 2)
                    || addressed(doc, e.last, e.lemma, it - 1)
            });
        // "shouted “You will pay”": an utterance right after its verb.
        let after_verb = it >= 1
            && doc.same_sentence(it - 1, it)
            && self
                .tables
                .event_at(it - 1)
                .is_some_and(|ev| self.events[ev].lemma != "according to");
        link.kind = Some(self.kind(qi, it, starts, (set_off, after_verb), &link));
        if !link.kind.is_some_and(QuoteKind::is_speech) {
            link = Link {
                kind: link.kind,
                ..Link::default()
            };
        }
        link
    }

    /// sieve speaker-label: a transcript's label names the speaker of its
    /// paragraph ("MODERATOR: Mayor, will you…" ¶ "TIBBS: No."), whatever the
    /// words say; see [`marks::read_transcripts`].
    fn speaker_label(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let Some(marks::Transcript::Label { name, colon }) = self.raw[at.qi].transcript else {
            return None;
        };
        let m = Mention {
            span: name,
            name: name.slice(self.text).to_string(),
            class: Class::Person,
            proper: true,
        };
        let speaker = registry.resolve(self.doc, names, &m, at.it);
        Some(Link::to(
            Rule::SpeakerLabel,
            &m,
            speaker,
            Some(mark_cue(self.text, colon)),
            true,
        ))
    }

    /// sieve transcript-line: in a transcript written without quotation marks
    /// ("Q: What do you tell voters?" ¶ "PRYOR: I tell them, “Read the bill.”"),
    /// a quotation in a labelled line takes the line's own cue before it ("VALE:
    /// He said, “…”" is the words of whoever "he" is), and otherwise the label.
    /// The line belongs to a transcript when another labelled line stands within
    /// [`LABEL_LINE_REACH`] paragraphs; alone, "Obama: …" is a headline's.
    fn transcript_line(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let doc = self.doc;
        let label = self.line_label(at.pid)?;
        if label.colon >= at.it {
            return None;
        }
        let near = (1..=LABEL_LINE_REACH).any(|d| {
            at.pid
                .checked_sub(d)
                .is_some_and(|p| self.line_label(p).is_some())
                || self.line_label(at.pid + d).is_some()
        });
        if !near {
            return None;
        }
        let cue = at
            .it
            .checked_sub(1)
            .filter(|&b| b > label.colon && doc.same_sentence(b, at.it))
            .and_then(|b| self.tables.last_event(doc, b))
            .filter(|&ev| self.events[ev].item > label.colon);
        if cue.is_some_and(|ev| self.events[ev].mention.is_some()) {
            return self.sieve_cue_before(at, registry, names);
        }
        // A lone letter (Q:, A:) marks a question or an answer, not who asks.
        let (first, last) = (doc.word_span(label.name.0)?, doc.word_span(label.name.1)?);
        let span = Span::new(first.start, last.end);
        let letters = span.slice(self.text).chars().filter(|c| c.is_alphabetic());
        if letters.count() < 2 {
            return None;
        }
        let m = Mention {
            span,
            name: span.slice(self.text).to_string(),
            class: Class::Person,
            proper: true,
        };
        let speaker = registry.resolve(doc, names, &m, label.name.0);
        let colon = match doc.item(label.colon) {
            Item::Punct(_, at) => at,
            _ => return None,
        };
        Some(Link::to(
            Rule::SpeakerLabel,
            &m,
            speaker,
            Some(mark_cue(self.text, colon)),
            true,
        ))
    }

    /// The all-caps label and colon opening paragraph `pid` outside quotation
    /// marks ("PRYOR:", "SEN. WALT PRYOR:", "KATE ELLIS, HOST:", "Q:"), when
    /// it has one that is not a section label ("UPDATE:").
    fn line_label(&self, pid: usize) -> Option<LineLabel> {
        let doc = self.doc;
        let f = (*self.tables.para_first.get(pid)?)?;
        let mut name: Option<(usize, usize)> = None;
        let mut role = false;
        let mut words = 0;
        for k in f..(f + 2 * MAX_LINE_LABEL_WORDS).min(doc.len()) {
            if doc.para(k) as usize != pid {
                return None;
            }
            match doc.item(k) {
                Item::Word(w) if marks::is_all_caps(w.slice(self.text)) => {
                    words += 1;
                    let title = name.is_none()
                        && doc
                            .word(k)
                            .is_some_and(|t| lexicon::is_title(t.trim_end_matches('.')));
                    if !role && !title {
                        name = Some(name.map_or((k, k), |(a, _)| (a, k)));
                    }
                }
                Item::Punct('.', _) if k > f => {}
                // "KATE ELLIS, HOST:": the role after the comma is no part of the name.
                Item::Punct(',', _) if k > f && !role => role = true,
                Item::Punct(':', _) => {
                    let (a, b) = name?;
                    let section = a == b && doc.word(a).is_some_and(lexicon::is_section_label);
                    return (!section).then_some(LineLabel {
                        name: (a, b),
                        colon: k,
                    });
                }
                _ => return None,
            }
            if words > MAX_LINE_LABEL_WORDS {
                return None;
            }
        }
        None
    }

    /// sieve cue-after: “…,” Earnest says.
    fn sieve_cue_after(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        if self.reported_in_opening_clause(at.it) {
            return None;
        }
        let ev = self.cue_after(at.it)?;
        self.link_event(ev, Rule::CueAfter, registry, names)
    }

    /// True when the quotation at item `it` ends an opening subordinate clause
    /// that reports someone's words, before the comma of the main clause: "When
    /// the auditor testified that the trucks were “unaccounted for,” Pike told
    /// reporters…" — the words are the auditor's, not those of the cue after.
    fn reported_in_opening_clause(&self, it: usize) -> bool {
        let doc = self.doc;
        let start = doc.sent_start[doc.sent[it] as usize];
        let opens = doc.word(start).is_some_and(lexicon::is_subordinator);
        let comma_after = matches!(doc.get(it + 1), Some(Item::Punct(',', _)))
            || self.raw[doc_quote(doc, it)]
                .inner
                .slice(self.text)
                .trim_end()
                .ends_with(',');
        opens
            && comma_after
            && it > start
            && self
                .tables
                .last_event(doc, it - 1)
                .is_some_and(|ev| self.events[ev].item > start && self.events[ev].mention.is_some())
    }

    /// sieve cue-at-sentence-end: It's the company's 'best ever' year, the CEO's office said.
    fn sieve_sentence_end(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let ev = self.sentence_final_event(at.it)?;
        self.link_event(ev, Rule::CueAfter, registry, names)
            .filter(|l| l.speaker.is_some())
    }

    /// sieve cue-before: the last cue before the quotation in its sentence (X said
    /// “…”; he adds that the plan is “…”), or, for the second part of a split
    /// quotation, the cue between the parts (cue-inside).
    fn sieve_cue_before(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        let before = it.checked_sub(1).filter(|&b| doc.same_sentence(b, it))?;
        let ev = self.tables.last_event(self.doc, before)?;
        let rule = match self.prev_quote {
            Some(pq)
                if self.links[pq].event == Some(ev)
                    && doc.quote_item[pq].is_some_and(|pi| {
                        self.events[ev].item > pi && doc.same_sentence(pi, it)
                    }) =>
            {
                Rule::CueInside
            }
            _ => Rule::CueBefore,
        };
        self.link_event(ev, rule, registry, names)
    }

    /// sieve pull-quote: a quotation standing alone that repeats words quoted
    /// elsewhere; its speaker is filled in from the repeated quotation.
    fn sieve_pull_quote(
        &self,
        at: &At,
        _: &mut speakers::Registry,
        _: &speakers::Names,
    ) -> Option<Link> {
        at.pull.then(|| Link {
            rule: Some(Rule::PullQuote),
            ..Link::default()
        })
    }

    /// sieve cue-previous-sentence: X said. “…” — a quotation opening its sentence
    /// takes the cue of the sentence before, in its paragraph or ending the one
    /// before, when that sentence quotes no one itself.
    fn sieve_previous_sentence(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let doc = self.doc;
        if !at.starts || at.sid == 0 {
            return None;
        }
        let ps = at.sid - 1;
        let prev_end = doc.sent_start[at.sid] - 1;
        let near = doc.para(prev_end) as usize == at.pid
            || (at.first_in_para && doc.para(prev_end) as usize + 1 == at.pid);
        if !near || self.tables.has_quote[ps] {
            return None;
        }
        let ev = self.tables.last_event(self.doc, prev_end)?;
        let mut link = self.link_event(ev, Rule::CueBefore, registry, names)?;
        link.strong = false;
        Some(link)
    }

    /// sieve as-label: the label a named subject gives its object, "Trump
    /// admires Putin as a “strong leader,”", "Reid has been pounding Trump as a
    /// “con artist”", is the subject's partial quote, however short ("known
    /// as" and "such as" name no one's words).
    fn sieve_as_label(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        if at.starts {
            return None;
        }
        let word_before = |k: usize| {
            k.checked_sub(1)
                .filter(|&b| doc.same_sentence(b, it))
                .and_then(|b| doc.word(b).map(|w| (b, w)))
        };
        let (mut k, mut w) = word_before(it)?;
        if matches!(w, "a" | "an" | "the") {
            (k, w) = word_before(k)?;
        }
        let (_, lead) = word_before(k)?;
        if w != "as"
            || lexicon::is_scare_cue(lead)
            || matches!(lead, "such" | "so" | "well" | "same" | "just")
        {
            return None;
        }
        let (m, a, b) = attribution::sentence_subject(doc, it)?;
        if !m.proper || b + 2 > k || !registry.is_someone(doc, names, &m, a) {
            return None;
        }
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(Rule::SentenceSubject, &m, speaker, None, true))
    }

    /// sieve possessor: words quoted as what someone's promise, claim or
    /// statement holds are that person's partial quote: "his promise of “free
    /// college”", "Trump's controversial pledge to be “neutral”", "her comments
    /// that he would be a “neutral guy”".
    fn sieve_possessor(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        if at.starts {
            return None;
        }
        // The noun, a few words before the quotation in its clause.
        let mut noun = None;
        for k in (it.saturating_sub(MAX_POSSESSED_REACH)..it).rev() {
            if !doc.same_sentence(k, it)
                || matches!(
                    doc.item(k),
                    Item::Quote(_) | Item::Punct(';' | ':' | '(' | ')' | '—' | '–' | '-', _)
                )
                || self.tables.event_at(k).is_some()
            {
                break;
            }
            if doc.word(k).is_some_and(lexicon::is_claim_noun) {
                noun = Some(k);
                break;
            }
        }
        let noun = noun?;
        // Its owner, right before it or before its modifiers ("clarion call").
        let floor = doc.sent_start[doc.sent[it] as usize];
        let (m, a) = (1..=MAX_POSSESSED_MODIFIERS + 1)
            .take_while(|&d| noun >= floor + d)
            .take_while(|&d| {
                (noun - d + 1..noun).all(|j| {
                    doc.word(j)
                        .is_some_and(|w| !doc.is_cap(j) && !crate::lexicon::is_stopword(w))
                })
            })
            .find_map(|d| intro::owner_of(doc, noun - d, floor))?;
        if !registry.is_someone(doc, names, &m, a) {
            return None;
        }
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(Rule::Possessor, &m, speaker, None, true))
    }

    /// sieve sentence-subject (writer's sentence): see [`Ctx::writer_subject`].
    fn sieve_writer_subject(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        if at.starts {
            return None;
        }
        self.writer_subject(at.qi, at.it, registry, names)
    }

    /// sieve introduced-before: a paragraph that is only a quotation, after a
    /// paragraph with no quotation whose last sentence is about someone, is
    /// that person's words ("Cora Blyth has run the diner since 1987." ¶ “…”;
    /// "Ron Vale, who owns the hardware store, has a different view." ¶ “…”).
    fn sieve_introduced_before(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        let words = count_words(self.raw[at.qi].inner.slice(self.text));
        // Shorter ones standing alone are more often sub-heads ('A change warrior.').
        if !at.first_in_para
            || it == 0
            || !self.stands_alone(it)
            || words < MIN_SUBJECT_FRAGMENT_WORDS
        {
            return None;
        }
        let prev_first = self.tables.para_first[at.pid.checked_sub(1)?]?;
        let quoted =
            (doc.sent[prev_first]..=doc.sent[it - 1]).any(|s| self.tables.has_quote[s as usize]);
        let headline = self.tables.is_headline_case(doc.sent[it - 1] as usize);
        if quoted || headline || doc.para(it - 1) as usize + 1 != at.pid {
            return None;
        }
        let (m, a, b) = attribution::sentence_subject(doc, it - 1)?;
        let end = doc.sent_start.get(doc.sent[it - 1] as usize + 1).copied()?;
        if !intro::is_subject_someone(doc, registry, names, (&m, a, b), end)
            || !intro::verb_follows(doc, b, end)
        {
            return None;
        }
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(Rule::SentenceSubject, &m, speaker, None, false))
    }

    /// True when a name and a verb follow the quotation at item `it` in its
    /// sentence (“…?” Hannity pressed.): a cue the lexicon does not know, whose
    /// speaker is someone new, so the quotation continues no one.
    fn named_after(&self, it: usize) -> bool {
        let doc = self.doc;
        let mut k = it + 1;
        if matches!(doc.get(k), Some(Item::Punct(',', _))) {
            k += 1;
        }
        let first = k;
        while doc.same_sentence(k, it) && doc.is_cap(k) && k < first + MAX_NAME_WORDS {
            k += 1;
        }
        let end = doc
            .sent_start
            .get(doc.sent[it] as usize + 1)
            .copied()
            .unwrap_or(doc.len());
        k > first && k < end && intro::verb_follows(doc, k - 1, end)
    }

    /// True when the quotation at item `it` is all its paragraph holds, a
    /// closing stop aside.
    fn stands_alone(&self, it: usize) -> bool {
        let doc = self.doc;
        let ends = |k: usize| k >= doc.len() || doc.para(k) != doc.para(it);
        ends(it + 1) || matches!(doc.item(it + 1), Item::Punct(..)) && ends(it + 2)
    }

    /// sieve continuation: a quotation with no cue after one by X in the same
    /// paragraph, or opening a paragraph after a paragraph ending with X's words.
    fn sieve_continuation(
        &self,
        at: &At,
        _: &mut speakers::Registry,
        _: &speakers::Names,
    ) -> Option<Link> {
        let doc = self.doc;
        let pq = self.prev_quote?;
        let prev = &self.links[pq];
        let pit = doc.quote_item[pq].unwrap_or(0);
        let same_para = doc.para(pit) as usize == at.pid;
        let last_of_prev_para = at.first_in_para
            && at.it > 0
            && (self.raw[pq].continued
                || doc.para(pit) as usize + 1 == at.pid && doc.sent[pit] == doc.sent[at.it - 1]);
        let follows = prev.kind.is_some_and(QuoteKind::is_speech)
            && prev.rule != Some(Rule::PullQuote)
            && prev.speaker.is_some()
            && (same_para || last_of_prev_para)
            && !self.named_after(at.it);
        follows.then(|| Link {
            rule: Some(Rule::Continuation),
            mention: prev.mention,
            speaker: prev.speaker,
            ..Link::default()
        })
    }

    /// rule cue-after: the cue follows the closing mark: “…,” Earnest says.
    fn cue_after(&self, it: usize) -> Option<usize> {
        let doc = self.doc;
        let n = doc.len();
        let mut j = it + 1;
        let mut skipped = 0;
        while j < n && skipped < 2 && doc.para(j) == doc.para(it) {
            match doc.item(j) {
                Item::Punct(',' | '—' | '–' | '-', _) => {
                    j += 1;
                    skipped += 1;
                }
                _ => break,
            }
        }
        if j >= n || doc.para(j) != doc.para(it) || !matches!(doc.item(j), Item::Word(_)) {
            return None;
        }
        // "the race “is a dead heat,” as Cruz said": "as" before the subject.
        if doc.word(j) == Some("as") && doc.same_sentence(j, j + 1) && doc.is_cap(j + 1) {
            j += 1;
        }
        let mut found = None;
        // Inside brackets a full stop ends nothing: "Rep. Elijah Cummings (D-Md.) said";
        // nor does one the sentence goes on after: "Sen. Holt Barrow, R-Ky., told".
        let mut bracketed = false;
        for k in j..(j + CUE_AFTER_REACH).min(n) {
            if doc.para(k) != doc.para(it) {
                break;
            }
            match doc.item(k) {
                Item::Punct('(', _) => bracketed = true,
                Item::Punct(')', _) => bracketed = false,
                Item::Punct('.', _) if bracketed || doc.same_sentence(k, k + 1) => {}
                Item::Quote(_) | Item::Punct('.' | '!' | '?' | ';', _) => break,
                _ => {}
            }
            if let Some(ev) = self.tables.event_at(k) {
                let e = &self.events[ev];
                // Auxiliaries may stand before the verb: “…», a déclaré Macron.
                let mut v = j;
                while v < e.item
                    && doc.word(v).is_some_and(|w| {
                        lexicon::is_verb_filler(w) || matches!(w, "a" | "ha" | "hat")
                    })
                {
                    v += 1;
                }
                // rule speaker-phrase: roles before the name ("…,” Senate minority
                // leader Harry Reid told") belong to the subject.
                let adjacent = e.item == v
                    || e.mention_items.is_some_and(|(a, b)| {
                        b < e.item && (a == j || a > j && speaker_prefix(doc, j, a))
                    });
                if adjacent {
                    found = Some(ev);
                    break;
                }
            }
        }
        let ev = found?;
        let e = &self.events[ev];
        // "The actor, who plays in “No Time to Die,” said": a subject before the
        // quotation makes it part of the writer's sentence, not the cue's object.
        if e.mention
            .as_ref()
            .is_some_and(|m| m.span.start < self.raw[doc_quote(doc, it)].open.start)
        {
            return None;
        }
        if !doc.same_sentence(it, j) || !doc.same_sentence(it, e.item) {
            // A new sentence after “….”: only a bare cue (“….” Obama said.) belongs to it,
            // or one that goes on with when, where or how it was said
            // (“…?” Lichtman said about McCain; “….” Obama said Tuesday).
            let end = e.mention_items.map_or(e.last, |(_, b)| b.max(e.last));
            // "“….” Hendler warned Saturday that …": a cue with a clause of its
            // own reports that clause, past its time words.
            let mut after = e.last + 1;
            while after <= e.last + MAX_CUE_TIME_WORDS
                && doc.same_sentence(after, e.item)
                && doc.word(after).is_some_and(lexicon::is_calendar_word)
            {
                after += 1;
            }
            let next = doc.word(after).filter(|_| doc.same_sentence(after, e.item));
            // A cue before the quotation in its own sentence outranks one in the
            // next: "Sanders called the suspension “arbitrary.” Hendler warned".
            let cued_before = it > 0
                && doc.same_sentence(it - 1, it)
                && self.tables.last_event(doc, it - 1).is_some();
            let bare = matches!(
                doc.get(end + 1),
                None | Some(Item::Punct('.' | '!' | '?' | ',', _))
            ) || (end + 1 >= doc.len() || doc.para(end + 1) != doc.para(it));
            let circumstance = doc.same_sentence(end + 1, e.item)
                && doc.word(end + 1).is_some_and(|w| {
                    lexicon::is_calendar_word(w)
                        || matches!(w, "about" | "of" | "in" | "on" | "at" | "during" | "after")
                });
            // Nor one on a new line ("“….”\nJason Miller added,"), nor one that
            // hands on to a quotation of its own ("Miller added, “…”").
            let new_line = doc.word_span(j).is_some_and(|w| {
                self.text[self.raw[doc_quote(doc, it)].outer_end()..w.start].contains('\n')
            });
            let introduces = matches!(doc.get(end + 1), Some(Item::Punct(',' | ':', _)))
                && matches!(doc.get(end + 2), Some(Item::Quote(_)))
                && doc.same_sentence(end, end + 2);
            if next == Some("that")
                || !(bare || circumstance)
                || new_line
                || introduces
                || cued_before
            {
                return None;
            }
        }
        Some(ev)
    }

    /// The first cue after item `it` in its sentence, when no quotation comes between.
    fn sentence_final_event(&self, it: usize) -> Option<usize> {
        let doc = self.doc;
        // Only when no cue precedes the quotation in its sentence.
        if it > 0
            && doc.same_sentence(it - 1, it)
            && self.tables.last_event(self.doc, it - 1).is_some()
        {
            return None;
        }
        let end = doc
            .sent_start
            .get(doc.sent[it] as usize + 1)
            .copied()
            .unwrap_or(doc.len());
        // The cue must close the sentence: "…, the CEO's office said." A time may
        // follow: "…, the office said on Friday."
        let when = |k: usize| {
            doc.word(k).is_some_and(|w| {
                lexicon::is_calendar_word(w) || matches!(w, "on" | "in" | "at" | "last" | "this")
            })
        };
        let closes = |ev: usize| {
            let e = &self.events[ev];
            let after = e.mention_items.map_or(e.last, |(_, b)| b.max(e.last)) + 1;
            let timed = end <= after + MAX_CUE_TIME_WORDS + 1
                && (after..end).all(|k| when(k) || matches!(doc.item(k), Item::Punct(..)));
            // Or where, after any time: "…, Hollande said Tuesday in Paris."
            let place_from = (after..end)
                .find(|&k| !doc.word(k).is_some_and(lexicon::is_calendar_word))
                .unwrap_or(end);
            let placed = place_from < end
                && end <= place_from + MAX_CUE_PLACE_WORDS + 1
                && doc.word(place_from).is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "at" | "during" | "after" | "before" | "from" | "while"
                    )
                })
                && (place_from + 1..end).all(|k| match doc.word(k) {
                    Some(w) => {
                        w != "that"
                            && lexicon::speech_lemma(w).is_none()
                            && !lexicon::is_clause_verb(w)
                    }
                    None => matches!(doc.item(k), Item::Punct('.' | ',', _)),
                });
            e.mention.is_some()
                && (after >= end || matches!(doc.item(after), Item::Punct(_, _)) || timed || placed)
        };
        // Quotations between do not hold the cue back: found “…” in an audit
        // titled “Eyes on the Road,” the office said; will carry “weight” and
        // bring “firepower,” Sroka said.
        (it + 1..end.min(it + 40))
            .filter_map(|k| self.tables.event_at(k))
            .find(|&ev| closes(ev))
    }

    /// rule dash-signature: a dash and a name after the quotation, in its
    /// paragraph or opening the next: “…” ― Marisol Tejeda; “…” ¶ -President Obama.
    fn dash_signature(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        let dash = it + 1;
        let at = match doc.get(dash)? {
            Item::Punct('—' | '–' | '-', at) => at,
            _ => return None,
        };
        let near = doc.para(dash) == doc.para(it)
            || doc.para(dash) == doc.para(it) + 1
                && self.tables.para_first[doc.para(dash) as usize] == Some(dash);
        if !near || !doc.is_cap(dash + 1) || doc.para(dash + 1) != doc.para(dash) {
            return None;
        }
        let (m, a, _) = attribution::np_after(doc, dash + 1)?;
        if !m.proper || m.class != Class::Person {
            return None;
        }
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(
            Rule::DashSignature,
            &m,
            speaker,
            Some(mark_cue(doc.text, at)),
            true,
        ))
    }

    /// sieve words-of: “It is over. We lost.” Those were the words of Coach
    /// Rita Bell (see [`intro::words_of_after`]); the cue is the noun.
    fn sieve_words_of(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let doc = self.doc;
        let (m, a, noun) = intro::words_of_after(doc, at.it)?;
        let speaker = registry.resolve(doc, names, &m, a);
        let cue = Cue {
            span: doc.word_span(noun)?,
            lemma: doc.word(noun)?.to_string(),
        };
        Some(Link::to(Rule::CueAfter, &m, speaker, Some(cue), true))
    }

    /// rule colon-intro: a quotation after a colon that ends the writer's clause
    /// ("Okafor offered a blunt assessment: “…”", "as Ridge put it: “…”"), in the
    /// same paragraph or opening the next ("Brandt released a statement:" ¶ “…”),
    /// is the words of that clause's subject, when the subject is someone.
    fn colon_intro(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        let colon = it.checked_sub(1)?;
        let at = match doc.item(colon) {
            Item::Punct(':', at) => at,
            _ => return None,
        };
        let same_para = doc.para(colon) == doc.para(it);
        if !same_para && doc.para(colon) + 1 != doc.para(it) {
            return None;
        }
        let intro = intro::speaker(doc, colon, registry, names)?;
        let (m, a) = (intro.mention, intro.item);
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(
            Rule::ColonIntro,
            &m,
            speaker,
            Some(mark_cue(doc.text, at)),
            true,
        ))
    }

    /// rule writer-subject: a fragment of four words or more quoted inside the
    /// writer's sentence, with no cue, is the words of that sentence's subject
    /// when the subject is someone named or "he"/"she" ("Ramos believes in
    /// journalism that “takes sides with the powerless”"). Shorter fragments
    /// stay scare quotes unless a cue claims them.
    fn writer_subject(
        &self,
        qi: usize,
        it: usize,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let doc = self.doc;
        if count_words(self.raw[qi].inner.slice(self.text)) < MIN_SUBJECT_FRAGMENT_WORDS {
            return None;
        }
        let (m, a, _) = attribution::sentence_subject(doc, it)?;
        let someone = registry.is_someone(doc, names, &m, a);
        if !someone || !doc.same_sentence(a, it) || a >= it {
            return None;
        }
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(Rule::SentenceSubject, &m, speaker, None, false))
    }

    /// rule headline-colon: `Obama: the US 'will respond'`.
    fn headline_colon(
        &self,
        at: &At,
        registry: &mut speakers::Registry,
        names: &speakers::Names,
    ) -> Option<Link> {
        let (doc, it) = (self.doc, at.it);
        let f = self.tables.para_first[doc.para(it) as usize]?;
        let colon = (f..(f + 6).min(it)).find(|&k| matches!(doc.item(k), Item::Punct(':', _)))?;
        if colon == f
            || colon - f > 4
            || !doc.same_sentence(colon, it)
            || !doc.is_cap(f)
            || !doc.is_cap(colon - 1)
            || (f..colon).any(|k| self.tables.event_at(k).is_some())
        {
            return None;
        }
        let first = doc.word(f)?;
        if lexicon::is_sentence_word(first)
            || matches!(
                first,
                "update"
                    | "updated"
                    | "watch"
                    | "exclusive"
                    | "breaking"
                    | "live"
                    | "video"
                    | "opinion"
                    | "analysis"
                    | "review"
                    | "photos"
                    | "editorial"
                    | "note"
                    | "correction"
                    | "q"
                    | "a"
            )
        {
            return None;
        }
        let (m, a, _) = attribution::np_before(doc, colon)?;
        let at = match doc.item(colon) {
            Item::Punct(_, at) => at,
            _ => return None,
        };
        let speaker = registry.resolve(doc, names, &m, a);
        Some(Link::to(
            Rule::HeadlineColon,
            &m,
            speaker,
            Some(mark_cue(doc.text, at)),
            true,
        ))
    }

    /// True when the quotation continues one closed just before its cue: “A,” X says, “b…”.
    fn split_second(&self, it: usize) -> bool {
        let Some(pq) = self.prev_quote else {
            return false;
        };
        let Some(pit) = self.doc.quote_item[pq] else {
            return false;
        };
        self.doc.same_sentence(pit, it)
            && self.links[pq].event.is_some()
            && self.links[pq].event == self.tables.last_event(self.doc, it - 1)
    }

    /// True when item `verb` is the cue of `link` and the cue has a subject: a
    /// verb that frames words in the writer's sentence ("labeled the audit “…”").
    fn frames(&self, link: &Link, verb: usize) -> bool {
        link.mention.is_some() && link.event.is_some_and(|ev| self.events[ev].item == verb)
    }

    /// True when the sentence of item `it` names nobody: no cue, no capitalised
    /// word after its first, no personal pronoun ("Then came the matter of …").
    fn names_nobody(&self, it: usize) -> bool {
        let doc = self.doc;
        let sid = doc.sent[it] as usize;
        let (first, end) = (doc.sent_start[sid], self.sentence_end(sid));
        let (caps, _) = self.tables.caps[sid];
        // A capital opening the sentence counts only on a name: "Then came", not "Trump defended".
        let opener = doc.is_cap(first)
            && doc
                .word(first)
                .is_some_and(|w| lexicon::is_sentence_word(w) || crate::lexicon::is_stopword(w));
        caps <= u32::from(opener)
            && end - first <= MAX_SCAN_ITEMS
            && (first..end).all(|k| {
                self.tables.event_at(k).is_none()
                    && doc.word(k).is_none_or(|w| lexicon::pronoun(w).is_none())
            })
    }

    /// The item after the last of sentence `sid`.
    fn sentence_end(&self, sid: usize) -> usize {
        self.doc
            .sent_start
            .get(sid + 1)
            .copied()
            .unwrap_or(self.doc.len())
    }

    /// True when all that comes before item `it` in its paragraph is a kicker
    /// label (`RELATED:`, `OPINION |`, `MORNING READS:`) and the quotation ends
    /// the paragraph.
    fn after_kicker(&self, it: usize) -> bool {
        let doc = self.doc;
        let Some(first) = self.tables.para_first[doc.para(it) as usize] else {
            return false;
        };
        let ends_para = it + 1 >= doc.len() || doc.para(it + 1) != doc.para(it);
        ends_para
            && first < it
            && it - first <= MAX_KICKER_ITEMS
            && (first..it).any(|k| doc.word(k).is_some())
            && (first..it).all(|k| match doc.item(k) {
                Item::Word(_) => doc.word(k).is_some_and(lexicon::is_kicker_word),
                Item::Punct(c, _) => matches!(c, ':' | '—' | '–' | '-'),
                Item::Quote(_) => false,
            })
    }

    /// True when the quotation at item `it` (of `words` words) stands in a
    /// paragraph of one sentence and at most [`MAX_SUBHEAD_WORDS`] words.
    fn short_line(&self, it: usize, words: usize) -> bool {
        let doc = self.doc;
        let pid = doc.para(it);
        let Some(first) = self.tables.para_first[pid as usize] else {
            return false;
        };
        // A text of one paragraph has no sub-heads.
        if first == 0 && doc.para(doc.len() - 1) == pid {
            return false;
        }
        let mut count = words;
        for k in first..doc.len() {
            if doc.para(k) != pid {
                break;
            }
            if !doc.same_sentence(k, it) || count > MAX_SUBHEAD_WORDS {
                return false;
            }
            count += usize::from(matches!(doc.item(k), Item::Word(_)));
        }
        count <= MAX_SUBHEAD_WORDS
    }

    /// True when the quotation at item `it` is a short label ending in a colon
    /// that stands alone as its paragraph ("See also:", "Related:").
    fn label_line(&self, it: usize, inner: &str, words: usize) -> bool {
        words <= MAX_KICKER_ITEMS && inner.trim_end().ends_with(':') && self.own_line(it)
    }

    /// True when a noun for wording stands before the quotation at item `it`,
    /// or before "of" and it: "the phrase “…”", "chants of “…”".
    fn after_wording_noun(&self, it: usize) -> bool {
        let doc = self.doc;
        let word = |k: usize| {
            it >= k
                && doc.same_sentence(it - k, it)
                && doc.word(it - k).is_some_and(lexicon::is_wording_noun)
        };
        word(1) || doc.word(it.wrapping_sub(1)) == Some("of") && word(2)
    }

    /// True when quotation `inner` at item `it` is set off by a comma and a
    /// phrase follows that calls it a work ("a biography", "an HBO series",
    /// "the kitschy horror series") or describes it by "which".
    fn work_apposition(&self, it: usize, inner: &str) -> bool {
        let doc = self.doc;
        let mut k = it + 1;
        if !inner.trim_end().ends_with(',') {
            if !matches!(doc.get(k), Some(Item::Punct(',', _))) {
                return false;
            }
            k += 1;
        }
        let word = |k: usize| doc.same_sentence(k, it).then(|| doc.word(k)).flatten();
        match word(k) {
            Some("which") => true,
            Some("a" | "an" | "the") => (k + 1..=k + MAX_WORK_APPOSITION_WORDS)
                .any(|j| word(j).is_some_and(lexicon::is_work_noun)),
            _ => false,
        }
    }

    /// True when the quotation at item `it` is named as a title by the word
    /// before it: an audit titled “Eyes on the Road”.
    fn titled(&self, it: usize) -> bool {
        let doc = self.doc;
        let Item::Quote(qi) = doc.item(it) else {
            return false;
        };
        let inner = self.raw[qi].inner.slice(self.text);
        it > 0
            && doc.same_sentence(it - 1, it)
            && doc.word(it - 1).is_some_and(lexicon::is_title_verb)
            && inner
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| !c.is_lowercase())
            && count_words(inner) <= MAX_WORK_TITLE_WORDS
    }

    /// True when quotation `qi` is a markup attribute's value: its mark stands
    /// right after "=" (`href="…"`), which no one's words do.
    fn attribute_value(&self, qi: usize) -> bool {
        self.text[..self.raw[qi].open.start].ends_with('=')
    }

    /// True when the quotation at item `it` is followed in its paragraph by a
    /// web address (“…” http://nyti.ms/…) or by a year in brackets (“…” (2005)).
    fn before_link_or_year(&self, it: usize) -> bool {
        let doc = self.doc;
        let near = |k: usize| k < doc.len() && doc.para(k) == doc.para(it);
        let link = near(it + 1)
            && doc
                .word(it + 1)
                .is_some_and(|w| w.starts_with("http") || w.starts_with("www."));
        let year = near(it + 3)
            && matches!(doc.item(it + 1), Item::Punct('(', _))
            && matches!(doc.item(it + 3), Item::Punct(')', _))
            && doc
                .word(it + 2)
                .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
        link || year
    }

    /// True when quotation `qi` opens with a single mark (‘ or ', not the
    /// typewriter pair '').
    fn single_marked(&self, qi: usize) -> bool {
        matches!(self.raw[qi].open.slice(self.text), "'" | "‘")
    }

    /// True when the quotation at item `it` is a paragraph of its own, a
    /// closing stop aside.
    fn own_line(&self, it: usize) -> bool {
        let doc = self.doc;
        let other_para = |k: usize| k >= doc.len() || doc.para(k) != doc.para(it);
        let ends = other_para(it + 1)
            || matches!(doc.item(it + 1), Item::Punct('.', _)) && other_para(it + 2);
        (it == 0 || other_para(it - 1)) && ends
    }

    /// Direct, partial, title or scare. The pair says whether the quotation
    /// follows its cue and a comma (`says, “…”`) and whether it follows the cue
    /// itself (`shouted “…”`).
    fn kind(
        &self,
        qi: usize,
        it: usize,
        starts: bool,
        (after_comma, after_verb): (bool, bool),
        link: &Link,
    ) -> QuoteKind {
        // rule stage-direction: "(LAUGHTER.)" in a transcript is no one's words.
        if self.raw[qi].transcript == Some(marks::Transcript::StageDirection) {
            return QuoteKind::Scare;
        }
        if is_epithet_nickname(self.raw[qi].inner.slice(self.text)) {
            return QuoteKind::Scare;
        }
        let set_off = after_comma || after_verb;
        let doc = self.doc;
        let inner = self.raw[qi].inner.slice(self.text);
        let words = count_words(inner);
        // rule title (link): markup left in the text (datetime="2016-02-15",
        // href="…"), an excerpt followed by its link (“…” http://…) and a work
        // dated in brackets (“Lose safety? No to Schengen” (2005)) are no one's
        // words.
        if self.attribute_value(qi) || self.before_link_or_year(it) {
            return QuoteKind::Title;
        }
        let prev_word = it
            .checked_sub(1)
            .filter(|&b| doc.same_sentence(b, it))
            .and_then(|b| doc.word(b));
        // "Her next album, “Midnight Songs,”": the noun may stand before a comma.
        let noun_before = prev_word.or_else(|| {
            (it >= 2
                && doc.same_sentence(it - 2, it)
                && matches!(doc.item(it - 1), Item::Punct(',', _)))
            .then(|| doc.word(it - 2))
            .flatten()
        });
        let next_cap = doc.same_sentence(it + 1, it) && doc.is_cap(it + 1);
        let prev_cap = it > 0 && doc.same_sentence(it - 1, it) && doc.is_cap(it - 1);
        let first_char = inner.chars().find(|c| c.is_alphanumeric());
        let upper = first_char.is_some_and(|c| !c.is_lowercase());
        let terminal = doc::ends_sentence(inner);
        let sid = doc.sent[it] as usize;
        let headline_case = self.tables.is_headline_case(sid);
        // A cue right after the closing mark (not one ending a longer sentence).
        let cue_after = matches!(link.rule, Some(Rule::CueInside | Rule::HeadlineColon))
            || link.event.is_some_and(|ev| {
                let e = &self.events[ev];
                e.item > it
                    && (e.item <= it + 4
                        || e.mention_items.is_some_and(|(a, _)| a > it && a <= it + 3))
            });
        // rule title (work noun): comedy “The Interview”, a song called “Hello”;
        // after "titled" whatever cue follows, and so a title-case name right
        // after its noun (on the podcast “Here's the Thing,” Weiner said) or
        // after the role of its maker (said Jon Meacham, the author of “Destiny
        // and Power,”).
        let named = || {
            let work = prev_word.is_some_and(lexicon::is_work_noun);
            let maker = prev_word == Some("of")
                && it >= 2
                && doc.same_sentence(it - 2, it)
                && doc.word(it - 2).is_some_and(lexicon::is_show_role);
            // "a new version of “Harbor Nights”", "the sequel to “Salt Creek”".
            let part = matches!(prev_word, Some("of" | "to" | "for"))
                && it >= 2
                && doc.same_sentence(it - 2, it)
                && doc.word(it - 2).is_some_and(lexicon::is_work_part);
            (work || maker || part) && words <= MAX_TITLE_WORDS && is_title_case(inner)
        };
        if noun_before.is_some_and(lexicon::is_work_noun)
            && upper
            && words <= MAX_WORK_TITLE_WORDS
            && !cue_after
            || self.titled(it)
            || upper && named()
        {
            return QuoteKind::Title;
        }
        // rule title (programme): said on ABC's “Good Morning America”, on Channel
        // 9's “Sunday Roundtable”, appeared on “Meet the Press”, told “Fox and
        // Friends”, in an interview with “Fox News Sunday.”
        let broadcaster = prev_word.is_some_and(|w| {
            w.ends_with("'s") || w.ends_with("s'") || lexicon::is_programme_lead(w)
        });
        if broadcaster && upper && words <= MAX_TITLE_WORDS && is_title_case(inner) {
            return QuoteKind::Title;
        }
        let bare = ends_in_word(inner);
        let next_word = doc
            .same_sentence(it + 1, it)
            .then(|| doc.word(it + 1))
            .flatten();
        // rule title (cast): “Capitol Hour” host Ben Orley, “Broad City” star Arturo
        // Castro: a title before the role it gives, whatever cue follows.
        let cast = next_word.is_some_and(lexicon::is_show_role);
        if cast && bare && upper && words <= MAX_TITLE_WORDS && is_title_case(inner) {
            return QuoteKind::Title;
        }
        // rule title (apposition): a title-case quotation that a phrase after its
        // comma calls a work, or describes by "which": “Trump Revealed,” a
        // biography; “Opening Belle,” which will be in bookstores.
        if upper
            && (2..=MAX_TITLE_WORDS).contains(&words)
            && !inner.contains(['!', '?'])
            && is_title_case(inner)
            && self.work_apposition(it, inner)
        {
            return QuoteKind::Title;
        }
        // rule title (subject): a quotation opening its sentence that runs on into
        // the writer's words with no mark between names something: “Harbor Nights”
        // returns in the fall; “Top secret” is the highest level; in a headline,
        // ‘Clean Water Now’ Rally Draws Hundreds.
        let runs_on = starts
            && bare
            && !cue_after
            && next_word.is_some()
            && (!next_cap || headline_case)
            && next_word.is_none_or(|w| lexicon::pronoun(w).is_none());
        if runs_on && upper && words <= MAX_TITLE_WORDS && is_title_case(inner) {
            return QuoteKind::Title;
        }
        // Longer ones, or ones a cue in the sentence claims, are more often
        // speech running on (“We're extremely happy” about it, Lee said).
        let opens = doc.sent_start[sid] == it;
        if runs_on && opens && words <= MAX_NAMED_WORDS && !link.strong {
            return QuoteKind::Scare;
        }
        // rule title (kicker): a link's or column's title after its label,
        // `RELATED: "Three things to know"`, `OPINION | “…”`, and a label
        // quoted as its own line ("See also:").
        if self.after_kicker(it) || self.label_line(it, inner, words) {
            return QuoteKind::Title;
        }
        // rule title (sub-head): a line of its own in single marks, with no colon
        // handing it on and no quotation of the same speaker just before ('Nobody
        // saw it coming.' after "…, the company said.") and repeating no words
        // of the body, is a sub-head; speech in single marks comes with its cue.
        let reopened = || {
            (0..qi)
                .rev()
                .find(|&k| self.raw[k].parent.is_none())
                .is_some_and(|k| self.raw[k].continued)
        };
        if self.single_marked(qi)
            && self.own_line(it)
            && !reopened()
            && !matches!(
                link.rule,
                Some(Rule::ColonIntro | Rule::Continuation | Rule::PullQuote)
            )
        {
            return QuoteKind::Title;
        }
        // rule title (byline): a headline followed by its author, “Ferry fares to
        // rise in spring,” by Ned Pryce.
        let by_author = (it + 1..it + 3)
            .find(|&k| !matches!(doc.get(k), Some(Item::Punct(',', _))))
            .is_some_and(|k| {
                doc.same_sentence(k, it) && doc.word(k) == Some("by") && doc.is_cap(k + 1)
            });
        if by_author && words <= MAX_HEADLINE_WORDS {
            return QuoteKind::Title;
        }
        // Scripts without capitals (Japanese 「…」と述べた): the quotative particle
        // after the closing mark marks a full utterance.
        let uncased = first_char.is_some_and(|c| !c.is_lowercase() && !c.is_uppercase());
        let end = self.raw[qi].outer_end();
        if uncased && self.text[end..].starts_with(['と', 'っ']) {
            return QuoteKind::Direct;
        }
        // rule scare (label): the so-called “experts”, dubbed “The Beast”.
        let known_as = prev_word == Some("as") && doc.word(it.wrapping_sub(2)) == Some("known");
        // "the plan, dubbed “…”": a labelling word just before. When that word is
        // the verb of the quotation's own cue, with its subject and an object in
        // between, the label is the subject's (rule framing-verb): "Vale has
        // labeled the audit “partisan theater.”" is Vale's partial quote.
        let labelled = (1..=3).any(|d| {
            it >= d
                && doc.same_sentence(it - d, it)
                && doc.word(it - d).is_some_and(|w| {
                    lexicon::is_scare_cue(w)
                        && (d == 1 || !matches!(w, "alleged" | "supposed" | "known"))
                })
                && !(d >= 2 && self.frames(link, it - d))
        });
        if (labelled || known_as) && !cue_after {
            return QuoteKind::Scare;
        }
        // rule scare (nickname) before a cue: Harold “Hal” Quint announced.
        if prev_cap && next_cap && bare && words <= doc::MAX_NICKNAME_WORDS && !headline_case {
            return QuoteKind::Scare;
        }
        if !headline_case && !cue_after && link.rule != Some(Rule::PullQuote) {
            // rule scare (nickname): Dwayne “The Rock” Johnson.
            if prev_cap && next_cap && words <= 4 && !terminal {
                return QuoteKind::Scare;
            }
            // rule title (title case): “Saving Private Ryan” with no cue.
            // American style puts a sentence's full stop inside the closing mark:
            // Sony pulled “The Interview.”
            // Only as the object of a verb that is not a speech verb, never after
            // `said,` or a colon.
            let full_stop_only = full_stop_only(inner)
                && prev_word.is_some_and(|w| lexicon::speech_lemma(w).is_none());
            let title_case = (2..=8).contains(&words)
                && upper
                && (!terminal || full_stop_only)
                && is_title_case(inner);
            if title_case && !starts && !after_comma {
                return QuoteKind::Title;
            }
        }
        // rule scare (fragment): a short fragment nobody is said to have said.
        if words <= 3 && !starts && !terminal && !link.strong && !upper {
            return QuoteKind::Scare;
        }
        if words <= 3 && !starts && !terminal && link.rule.is_none() {
            return QuoteKind::Scare;
        }
        // American style puts the full stop inside the marks: "the small matter of
        // “timing.”" is a scare quote too, when its sentence names nobody who
        // could have said it (after "Merkel hailed the deal as a “breakthrough.”"
        // or "most said they were “very worried.”" the words are someone's, and
        // so are those of "the phrase “self-deportation.”").
        if words <= MAX_SCARE_STOP_WORDS
            && !starts
            && !upper
            && link.rule.is_none()
            && full_stop_only(inner)
            && !self.after_wording_noun(it)
            && self.names_nobody(it)
        {
            return QuoteKind::Scare;
        }
        // rule title (sub-head line): words no one is said to have said, in a
        // paragraph of a few words that is one sentence ("Wary of ‘chaos.’").
        if link.rule.is_none()
            && !starts
            && !self.after_wording_noun(it)
            && self.short_line(it, words)
        {
            return QuoteKind::Title;
        }
        if (starts || set_off) && (upper || first_char.is_none())
            || set_off && self.split_second(it)
        {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    }
}

/// Most items between a noun for something said and the quotation it holds
/// ("his pledge to be “neutral”").
const MAX_POSSESSED_REACH: usize = 6;
/// Most modifiers between an owner and that noun ("Sanders's clarion call").
const MAX_POSSESSED_MODIFIERS: usize = 2;

/// Most words of a paragraph that is a sub-head ("Wary of ‘chaos.’"), the
/// quotation's own included.
const MAX_SUBHEAD_WORDS: usize = 8;

/// Which of `quotes` (in text order) count in the quoted-word figures: speech
/// not inside another counted speech quotation. The finder marks a quotation
/// inside another "nested"; a reader's correction may call it direct instead,
/// and its words are still counted once.
pub(crate) fn counted_speech(quotes: &[Quote]) -> Vec<bool> {
    let mut covered = 0;
    quotes
        .iter()
        .map(|q| {
            let counted =
                q.kind.is_speech() && q.kind != QuoteKind::Nested && q.span.start >= covered;
            if counted {
                covered = q.span.end;
            }
            counted
        })
        .collect()
}

/// Most words of a scare quote whose full stop stands inside the marks
/// ("the matter of “optics.”"); longer fragments ending a sentence are more
/// often someone's words.
const MAX_SCARE_STOP_WORDS: usize = 2;

/// True when `inner` ends with one full stop and holds no other sentence or
/// clause mark: "optics.", not "Wait, what." or "Go!".
fn full_stop_only(inner: &str) -> bool {
    let t = inner.trim_end();
    t.ends_with('.') && !t.ends_with("..") && !t.contains(['!', '?', ',', ';', ':'])
}

/// Most items of a sentence that a rule of [`Ctx::kind`] reads whole.
const MAX_SCAN_ITEMS: usize = 60;

/// Most words of a quotation naming a thing that opens a sentence and runs on
/// into it (“Top secret” is the highest level).
const MAX_NAMED_WORDS: usize = 2;

/// True when `inner` ends with a letter or digit: no mark closes it (“Harbor
/// Nights” returns, not “It was late,” she said).
fn ends_in_word(inner: &str) -> bool {
    inner
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Most items of a kicker label before a link's title ("MORNING READS:"), and
/// most words of a label quoted as its own line.
const MAX_KICKER_ITEMS: usize = 4;

/// Most words of a time after a cue that closes its sentence ("said on
/// Friday", "said last week").
const MAX_CUE_TIME_WORDS: usize = 4;
/// Most words of where it was said after a sentence-final cue ("…, Hollande
/// said in Paris on Tuesday."); longer tails are more often a clause of their own.
const MAX_CUE_PLACE_WORDS: usize = 8;

/// Most words of a work's title after the noun or verb that names it.
const MAX_WORK_TITLE_WORDS: usize = 12;

/// Most words of a programme's or work's title set off by its broadcaster.
const MAX_TITLE_WORDS: usize = 8;
/// Most words between the article and the work noun of a phrase after a
/// title ("“Tales From the Crypt,” the kitschy HBO horror series").
const MAX_WORK_APPOSITION_WORDS: usize = 4;

/// Most words of a headline followed by its byline.
const MAX_HEADLINE_WORDS: usize = 16;

/// True when every word of four letters or more in `inner` starts with a
/// capital, but for the connectives styles keep lowercase ("This Week with
/// George Stephanopoulos"), and more than one word does when there are several:
/// title case ("Face the Nation", "Good Morning America"; not "Come with me").
fn is_title_case(inner: &str) -> bool {
    let initial = |w: &str| w.chars().find(|c| c.is_alphabetic());
    let (mut words, mut capitals) = (0, 0);
    for w in inner.split_whitespace() {
        let Some(first) = initial(w) else { continue };
        words += 1;
        if first.is_uppercase() {
            capitals += 1;
        } else if w.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && !lexicon::is_title_connective(w.trim_matches(|c: char| !c.is_alphabetic()))
        {
            return false;
        }
    }
    words == 1 && capitals == 1 || capitals >= 2
}

/// The raw quotation of item `it` (a quotation item).
fn doc_quote(doc: &Doc, it: usize) -> usize {
    match doc.item(it) {
        Item::Quote(q) => q,
        _ => 0,
    }
}

/// The tokens inside `span` that count as words ([`crate::tokenize::counted_words`],
/// as in every figure). `from` is where the search for the first token starts (the
/// first token of the previous span, for spans in text order); it becomes this
/// span's first token.
fn words_in(tokens: &[Token], counted: &[bool], span: Span, from: &mut usize) -> usize {
    let at = (*from).min(tokens.len());
    let first = if at == 0 || tokens[at - 1].span.start < span.start {
        // Gallop forward from the previous span: quotations come in text order.
        let mut step = 1;
        let mut hi = at;
        while hi < tokens.len() && tokens[hi].span.start < span.start {
            hi = (at + step).min(tokens.len());
            step *= 2;
        }
        let lo = at + (hi - at) / 2;
        lo + tokens[lo..hi].partition_point(|t| t.span.start < span.start)
    } else {
        tokens.partition_point(|t| t.span.start < span.start)
    };
    *from = first;
    tokens[first..]
        .iter()
        .zip(&counted[first..])
        .take_while(|(t, _)| t.span.end <= span.end)
        .filter(|(_, &c)| c)
        .count()
}

/// Words in `s`: runs of letters and digits (inner apostrophes and hyphens join).
pub(crate) fn count_words(s: &str) -> usize {
    if s.is_ascii() {
        // Most quotations: the same rule over bytes, by table.
        count_ascii_words(s.as_bytes())
    } else {
        count_char_words(s)
    }
}

/// [`count_words`], character by character.
fn count_char_words(s: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut prev_joiner = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
            }
            in_word = true;
            prev_joiner = false;
        } else if in_word && !prev_joiner && matches!(c, '\'' | '’' | '-') {
            prev_joiner = true;
        } else {
            in_word = false;
            prev_joiner = false;
        }
    }
    count
}

/// [`count_words`] of ASCII text.
fn count_ascii_words(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut prev_joiner = false;
    for &b in bytes {
        if doc::LOWER_ALNUM[b as usize] != 0 {
            count += usize::from(!in_word);
            in_word = true;
            prev_joiner = false;
        } else if in_word && !prev_joiner && (b == b'\'' || b == b'-') {
            prev_joiner = true;
        } else {
            in_word = false;
            prev_joiner = false;
        }
    }
    count
}

/// The quotations and speakers found; quotations' texts are copied from
/// `text`, or left empty without it.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn build(
    (full, with_text): (&str, bool),
    tokens: &[Token],
    counted_words: &[bool],
    raw: &[RawQuote],
    links: Vec<Link>,
    repeats: &[Option<usize>],
    (registry, names): (&speakers::Registry, &speakers::Names),
    notes: Vec<Note>,
) -> Quotes {
    let text = with_text.then_some(full);
    let total_words = counted_words.iter().filter(|&&c| c).count();
    let mut out = Quotes {
        notes,
        ..Quotes::default()
    };
    let mut unresolved = 0;
    let roles = names.roles_by_name();
    let mut speaker_index: crate::hash::FxMap<usize, usize> = crate::hash::FxMap::default();
    let mut from = 0;
    for (qi, (q, link)) in raw.iter().zip(links).enumerate() {
        let kind = link.kind.unwrap_or(QuoteKind::Partial);
        let speech = kind.is_speech();
        let words = words_in(tokens, counted_words, q.inner, &mut from);
        let speaker_id = link.speaker.filter(|_| speech).map(|id| {
            *speaker_index.entry(id).or_insert_with(|| {
                out.speakers.push(Speaker {
                    name: registry.names[id].clone(),
                    quotes: Vec::new(),
                    quoted_words: 0,
                    share: 0.0,
                    share_of_quotes: 0.0,
                    mentions: Vec::new(),
                    role: roles
                        .get(&crate::case::lowercase(&registry.names[id]))
                        .map(|r| r.to_string()),
                });
                out.speakers.len() - 1
            })
        });
        // rule pronoun: no one fits, so say so rather than guess.
        if let (true, None, Some(Rule::Pronoun), Some(m)) =
            (speech, speaker_id, link.rule, link.mention)
        {
            if unresolved < MAX_PRONOUN_NOTES {
                unresolved += 1;
                out.notes.push(Note {
                    span: m,
                    code: NoteCode::UnresolvedPronoun,
                    message: format!(
                        "no one named before “{}” fits it, so its quotation has no speaker",
                        m.slice(full)
                    ),
                });
            }
        }
        if let Some(s) = speaker_id {
            let sp = &mut out.speakers[s];
            sp.quotes.push(qi);
            if kind != QuoteKind::Nested {
                sp.quoted_words += words;
            }
            sp.mentions.extend(link.mention);
        }
        out.quotes.push(Quote {
            span: q.inner,
            text: text.map_or_else(String::new, |t| q.inner.slice(t).to_string()),
            kind,
            speaker: speaker_id.map(|s| out.speakers[s].name.clone()),
            speaker_id,
            cue: link.cue.filter(|_| speech),
            mention: link.mention.filter(|_| speech),
            rule: link.rule.filter(|_| speech),
            words,
            parent: q.parent,
            repeats: repeats[qi].filter(|_| link.rule == Some(Rule::PullQuote)),
        });
    }
    out.notes.lean_sort_by_key(|n| n.span.start);
    let all_quoted: usize = out
        .quotes
        .iter()
        .filter(|q| q.kind.is_speech() && q.kind != QuoteKind::Nested)
        .map(|q| q.words)
        .sum();
    for s in &mut out.speakers {
        s.mentions.lean_sort();
        // Two links may find one mention with different extents ("the Ic n" and
        // "the Ic n added" from one start): one place, one mention, the longest.
        s.mentions.dedup_by(|later, kept| {
            let overlap = later.start < kept.end;
            if overlap {
                kept.end = kept.end.max(later.end);
            }
            overlap
        });
        // Speech quotations (nested ones aside) do not overlap and count only
        // counted words, so the shares lie in [0, 1] and sum to at most 1.
        s.share = if total_words == 0 {
            0.0
        } else {
            s.quoted_words as f64 / total_words as f64
        };
        s.share_of_quotes = if all_quoted == 0 {
            0.0
        } else {
            s.quoted_words as f64 / all_quoted as f64
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(String, Option<&'static str>)> {
        let found = find(
            text,
            &crate::tokenize::tokenize(text),
            &crate::tokenize::paragraphs(text),
        );
        found
            .quotes
            .iter()
            .map(|q| (q.text.clone(), q.rule.map(Rule::name)))
            .collect()
    }

    fn rule_of(text: &str, quote: &str) -> Option<&'static str> {
        rules(text)
            .into_iter()
            .find(|(t, _)| t == quote)
            .unwrap_or_else(|| panic!("{quote:?} not found in {text:?}"))
            .1
    }

    /// Each speaker carries the role the article first gives them, as its head
    /// noun; honorifics and reader-less roles give none.
    #[test]
    fn speakers_carry_their_role() {
        /// (text, every speaker as (name, role))
        type Row = (
            &'static str,
            &'static [(&'static str, Option<&'static str>)],
        );
        let table: &[Row] = &[
            (
                "Mayor Joan Tibbs opened the meeting. “We have a lot to do,” the mayor said.",
                &[("Joan Tibbs", Some("mayor"))],
            ),
            (
                "Leo Barr, a spokesman for Acme Foods, spoke. “All were pulled,” Barr said.",
                &[("Leo Barr", Some("spokesman"))],
            ),
            (
                "“We act,” said Sen. Ada Lin.",
                &[("Ada Lin", Some("senator"))],
            ),
            ("“I won,” Mr. Dunn said.", &[("Dunn", None)]),
            (
                "“We start Monday,” said retired machinist Tomas Reyl.",
                &[("Tomas Reyl", Some("machinist"))],
            ),
        ];
        for (text, want) in table {
            let found = find(
                text,
                &crate::tokenize::tokenize(text),
                &crate::tokenize::paragraphs(text),
            );
            let got: Vec<(&str, Option<&str>)> = found
                .speakers
                .iter()
                .map(|s| (s.name.as_str(), s.role.as_deref()))
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn each_rule_names_itself() {
        let table: &[(&str, &str, &str)] = &[
            ("“We will act,” Obama said.", "We will act,", "cue-after"),
            (
                "“We will act,” said Obama, who spoke first.",
                "We will act,",
                "cue-after",
            ),
            (
                "Obama said the response would be “proportional.”",
                "proportional.",
                "cue-before",
            ),
            (
                "“We may differ,” Earnest says, “but we agree.”",
                "but we agree.",
                "cue-inside",
            ),
            (
                "“Prices will rise,” according to analysts.",
                "Prices will rise,",
                "according-to",
            ),
            (
                "Obama: the US 'will respond' to Sony",
                "will respond",
                "headline-colon",
            ),
            (
                "“We will act,” Obama said. “Soon.”",
                "Soon.",
                "continuation",
            ),
            (
                "Obama spoke. Obama said no. “We will act,” he said.",
                "We will act,",
                "pronoun",
            ),
            (
                "Obama took digs at Kim, saying he was “touchy.”",
                "touchy.",
                "sentence-subject",
            ),
            (
                "“I told them, ‘Stop,’ then,” Obama said.",
                "Stop,",
                "nested",
            ),
            (
                "“We [the US] will act.”\n\n“We will act,” Obama said.",
                "We [the US] will act.",
                "pull-quote",
            ),
            (
                "“We hold the line.” ― Marisol Tejeda",
                "We hold the line.",
                "dash-signature",
            ),
            (
                "“We hold the line.” -Commissioner Iva Hart",
                "We hold the line.",
                "dash-signature",
            ),
            (
                "“It is over.” Those were the words of Coach Rita Bell.",
                "It is over.",
                "cue-after",
            ),
            (
                "Okafor offered a blunt assessment: “The bill is dead.”",
                "The bill is dead.",
                "colon-intro",
            ),
            (
                "Dan Ames spoke first. The vote turned on Ames’s pledge to stay “neutral” in the talks.",
                "neutral",
                "possessor",
            ),
            (
                "Cora Blyth has run the diner since 1987.\n\n“Half my regulars can’t get here.”",
                "Half my regulars can’t get here.",
                "sentence-subject",
            ),
        ];
        for (text, quote, rule) in table {
            assert_eq!(rule_of(text, quote), Some(*rule), "{text:?}");
        }
    }

    #[test]
    fn epithet_nicknames() {
        // rule scare (epithet nickname).
        let table: &[(&str, bool)] = &[
            ("Crooked Hillary", true),
            ("Lyin’ Ted", true),
            ("Fibbin' Phil.", true),
            ("Low Energy Jeb", true),
            ("Slammin' Sam", true),
            // A given name first, a title before the name, a sentence, one word.
            ("Annie Hall", false),
            ("Driving Miss Daisy", false),
            ("Saving Private Ryan.", false),
            ("Miss Daisy", false),
            ("Thanks, Bob.", false),
            ("We love you Bernie", false),
            ("Hillary", false),
            ("Crooked Hillary is back", false),
        ];
        for (inner, nickname) in table {
            assert_eq!(is_epithet_nickname(inner), *nickname, "{inner:?}");
        }
    }

    #[test]
    fn transcript_labels_name_their_paragraphs() {
        // sieve speaker-label and rule stage-direction: (text, every quotation
        // as (words, kind, speaker, rule)).
        type Row<'a> = (
            &'a str,
            &'a [(&'a str, QuoteKind, Option<&'a str>, Option<&'a str>)],
        );
        let label = Some("speaker-label");
        let table: &[Row] = &[
            (
                "Transcript:\n\n\"MODERATOR: Will you run?\n\n\"OKAFOR: I will.\"",
                &[
                    ("Will you run?", QuoteKind::Direct, Some("MODERATOR"), label),
                    ("I will.", QuoteKind::Direct, Some("OKAFOR"), label),
                ],
            ),
            // The label outranks a cue in its paragraph, and a name given in full before.
            (
                "Sen. Walt Pryor spoke.\n\n\"PRYOR: Read the bill, the clerk said.\"",
                &[(
                    "Read the bill, the clerk said.",
                    QuoteKind::Direct,
                    Some("Walt Pryor"),
                    label,
                )],
            ),
            (
                "\"TIBBS: No.\n\n\"(APPLAUSE.)\n\n\"TIBBS: Never.\"",
                &[
                    ("No.", QuoteKind::Direct, Some("TIBBS"), label),
                    ("(APPLAUSE.)", QuoteKind::Scare, None, None),
                    ("Never.", QuoteKind::Direct, Some("TIBBS"), label),
                ],
            ),
        ];
        for (text, want) in table {
            let found = find(
                text,
                &crate::tokenize::tokenize(text),
                &crate::tokenize::paragraphs(text),
            );
            let got: Vec<_> = found
                .quotes
                .iter()
                .map(|q| {
                    (
                        q.text.as_str(),
                        q.kind,
                        q.speaker.as_deref(),
                        q.rule.map(Rule::name),
                    )
                })
                .collect();
            assert_eq!(got, *want, "{text:?}");
            // One label, one speaker.
            for a in &found.quotes {
                for b in found.quotes.iter().filter(|b| b.speaker == a.speaker) {
                    assert_eq!(a.speaker_id, b.speaker_id, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn titles_and_scare_quotes_have_no_speaker() {
        let text = "Obama said the comedy “The Interview” was a “so-called” threat.";
        let tokens = crate::tokenize::tokenize(text);
        let found = find(text, &tokens, &crate::tokenize::paragraphs(text));
        assert_eq!(found.quotes[0].kind, QuoteKind::Title);
        assert!(found
            .quotes
            .iter()
            .filter(|q| !q.kind.is_speech())
            .all(|q| q.speaker.is_none() && q.rule.is_none()));
    }

    #[test]
    fn people_sharing_a_surname_stay_apart() {
        let text = "Libertarian Gary Johnson spoke in Ohio. “We are ready,” Johnson said.\n\n\
                    Homeland Security Secretary Jeh Johnson warned states. “There is no single \
                    point of failure,” Johnson said.\n\nHillary Rodham Clinton spoke. Later \
                    Hillary Clinton left. “We won,” Clinton said.";
        let tokens = crate::tokenize::tokenize(text);
        let found = find(text, &tokens, &crate::tokenize::paragraphs(text));
        let speakers: Vec<_> = found.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Gary Johnson"),
                Some("Jeh Johnson"),
                Some("Hillary Rodham Clinton")
            ]
        );
    }

    #[test]
    fn speakers_count_words_and_shares() {
        let text = "“One two three,” Obama said. “Four five,” Lewis said.";
        let found = find(
            text,
            &crate::tokenize::tokenize(text),
            &crate::tokenize::paragraphs(text),
        );
        assert_eq!(found.speakers.len(), 2);
        assert_eq!(found.speakers[0].name, "Obama");
        assert_eq!(found.speakers[0].quoted_words, 3);
        assert!((found.speakers[0].share_of_quotes - 0.6).abs() < 1e-9);
        assert!(found.speakers[0].share > 0.0 && found.speakers[0].share < 1.0);
        assert_eq!(found.quotes[1].speaker_id, Some(1));
    }

    #[test]
    fn counts_words() {
        assert_eq!(count_words("don’t stop — it's 10 o'clock"), 4 + 1);
        assert_eq!(count_words(""), 0);
        for ascii in [
            "don't stop - it's 10 o'clock",
            "a--b ''c' -d- e'-f x'",
            "U.S. officials, 3.5% (says) \"Sony\"",
            "",
        ] {
            assert_eq!(
                count_ascii_words(ascii.as_bytes()),
                count_char_words(ascii),
                "{ascii:?}"
            );
        }
        assert_eq!(count_words("don't stop - it's 10 o'clock"), 5);
    }

    #[test]
    #[rustfmt::skip]
    fn quote_kinds() {
        use QuoteKind::{Direct, Partial, Scare, Title};
        // (text, quotation, kind, speaker): one row per rule of `Ctx::kind`.
        let table: &[(&str, &str, QuoteKind, Option<&str>)] = &[
            // rule framing-verb: the label is the subject's; passive labels are not.
            ("Vale has labeled the audit “partisan theater.”", "partisan theater.", Partial, Some("Vale")),
            ("Norris termed the company’s offer “insulting.”", "insulting.", Partial, Some("Norris")),
            ("The plan, dubbed “The Beast,” failed.", "The Beast,", Scare, None),
            ("The court ruled it “void,” a decision hailed by activists.", "void,", Partial, Some("the court")),
            // rule scare (full stop inside the marks), unless someone is named.
            ("Then came the matter of “optics.”", "optics.", Scare, None),
            ("Merkel hailed the deal as a “breakthrough.”", "breakthrough.", Partial, Some("Merkel")),
            ("Then came loud chants of “no.”", "no.", Partial, None),
            // rule scare (nickname) before a cue.
            ("Harold “Hal” Quint announced his retirement.", "Hal", Scare, None),
            // rule title (programme, cast, subject).
            ("Brandt spoke on Channel 9’s “Sunday Roundtable,” arguing for it.", "Sunday Roundtable,", Title, None),
            ("“It is over,” Quist told “Capitol Hour” host Ben Orley.", "Capitol Hour", Title, None),
            ("Dole appeared on “This Week with Ann Lee.”", "This Week with Ann Lee.", Title, None),
            ("“Harbor Nights” returns in the fall, the network said.", "Harbor Nights", Title, None),
            // rule title (work part): a version, sequel or trailer of it.
            ("The network will air a new version of “Harbor Nights” in May.", "Harbor Nights", Title, None),
            ("Critics panned the sequel to “Salt Creek,” the studio said.", "Salt Creek,", Title, None),
            // rule title (apposition): a phrase after the comma calls it a work.
            ("The firm will publish “Rivers and Roads,” a memoir by Ann Lee.", "Rivers and Roads,", Title, None),
            ("“Salt Creek,” which airs on Sundays, was renewed.", "Salt Creek,", Title, None),
            ("Trump called the judge “Spanish,” which is wrong.", "Spanish,", Partial, Some("Trump")),
            ("“Top secret” is the highest level of classification.", "Top secret", Scare, None),
            ("“We are happy” about it, Lee said.", "We are happy", Direct, Some("Lee")),
            // rule title (kicker, label line, sub-head, titled).
            ("RELATED: “Three things to know about the levy”", "Three things to know about the levy", Title, None),
            ("Harlow votes.\n\n“See also:”\n\nMore news.", "See also:", Title, None),
            ("It will close, the firm said.\n\n‘Nobody saw it coming.’\n\nWorkers left.", "Nobody saw it coming.", Title, None),
            ("It cited an audit titled “Eyes on the Road,” the office said on Friday.", "Eyes on the Road,", Title, None),
            // rule title (work noun, maker) whatever cue comes before.
            ("“It is my job,” Weiner said on the podcast “Here's the Thing.”", "Here's the Thing.", Title, None),
            ("“It is crazy,” said Jon Meacham, the author of “Destiny and Power,” a biography.", "Destiny and Power,", Title, None),
            // rule title (link).
            ("Watch it at <a href=\"http://example.com/v\">the site</a>.", "http://example.com/v", Title, None),
            ("Today's read, by Ann Lee: “The town is growing fast.” http://example.com/a", "The town is growing fast.", Title, None),
            ("“No to new roads” (2005) was the party's first poster.", "No to new roads", Title, None),
            // Speech stays speech.
            ("“We will win,” Vale said.", "We will win,", Direct, Some("Vale")),
        ];
        for (text, quote, kind, speaker) in table {
            let tokens = crate::tokenize::tokenize(text);
            let found = find(text, &tokens, &crate::tokenize::paragraphs(text));
            let q = found
                .quotes
                .iter()
                .find(|q| q.span.slice(text) == *quote)
                .unwrap_or_else(|| panic!("no quotation {quote:?} in {text:?}"));
            assert_eq!((q.kind, q.speaker.as_deref()), (*kind, *speaker), "{text:?}");
        }
    }

    #[test]
    fn title_case() {
        let table: &[(&str, bool)] = &[
            ("Face the Nation", true),
            ("This Week with George Stephanopoulos", true),
            ("Scandal", true),
            ("Orange is the New Black", true),
            ("Come with me", false),
            ("It was special", false),
            ("the pay-cut contract", false),
        ];
        for (inner, want) in table {
            assert_eq!(is_title_case(inner), *want, "{inner:?}");
        }
    }
}
