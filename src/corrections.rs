//! The reader's corrections: quotations given to another speaker, speakers
//! merged or split, quoted spans marked as speech or not.
//!
//! Corrections are applied to an analysis after the quotation finder, and every
//! figure that depends on speakers is derived again from the result: each
//! quotation's `speaker`, `speakerId` and `kind`, the speakers list with its
//! quote counts, word counts and shares, and the statistics' quotation counts.
//!
//! A correction names its quotation by the quoted words and which quotation
//! with those words it is (with the text just before it), not by offsets, so
//! that edits elsewhere in the text do not lose it (see [`QuoteRef`]). Each
//! correction's outcome is reported in [`Analysis::corrections`], in the order
//! given: one that no longer finds what it names is reported, never dropped or
//! applied elsewhere.
//!
//! # Example
//! ```
//! use lede::{Correction, Options, QuoteRef};
//! let text = "“We will respond,” Obama said. “It was proportional,” Earnest said.";
//! let options = Options {
//!     corrections: vec![Correction::Speaker {
//!         quote: QuoteRef::new("It was proportional,"),
//!         speaker: Some("Josh Earnest".into()),
//!     }],
//!     ..Options::default()
//! };
//! let a = lede::analyze_with(text, &options).unwrap();
//! assert_eq!(a.quotes[1].speaker.as_deref(), Some("Josh Earnest"));
//! assert_eq!(a.corrections[0].quotes, [1]);
//! ```

use serde::Serialize;

use crate::hash::FxMap;
use crate::quotes::{Quote, QuoteKind, Speaker};
use crate::sort::Lean;
use crate::span::Span;
use crate::stats::Stats;
use crate::Analysis;

/// Characters of text before a quotation that [`QuoteRef::of`] keeps as its
/// context: enough to tell repeated quotations apart ("Obama said, “…”" from a
/// pull quote's paragraph), short enough that an edit far off leaves it whole.
pub const CONTEXT_CHARS: usize = 32;

/// Corrections applied to one article, at most; the rest are reported `Skipped`.
/// A merge looks at every quotation, so this bounds the work at this many passes
/// over the quotations (a reader makes dozens).
pub const MAX_CORRECTIONS: usize = 1000;

/// Which quotation a correction is about.
///
/// A quotation is found by its quoted words (`text`, without the marks). When
/// several quotations have those words, `before` (the text just before the
/// quoted words, opening mark included) picks the one it ends, and among those
/// `occurrence` (0 for the first quotation with these words) the nearest. A
/// quotation whose words are the only ones like it is found even when the text
/// before it was edited; several with neither context nor occurrence to tell
/// them apart make the correction ambiguous.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuoteRef {
    /// The quoted words as they stand in the text, without the marks.
    pub text: String,
    /// Which of the quotations with these words, from 0.
    pub occurrence: usize,
    /// The text just before the quoted words (empty: no context).
    pub before: String,
}

impl QuoteRef {
    /// The first quotation whose words are `text`, with no context.
    pub fn new(text: impl Into<String>) -> QuoteRef {
        QuoteRef {
            text: text.into(),
            ..QuoteRef::default()
        }
    }

    /// The reference to quotation `index` of `analysis` (of `text`): its words,
    /// its occurrence among quotations with the same words and up to
    /// [`CONTEXT_CHARS`] characters before it. `None` for an index out of range.
    ///
    /// # Examples
    /// ```
    /// let text = "“Yes,” Obama said. Biden said “Yes,” too.";
    /// let a = lede::analyze(text);
    /// let r = lede::QuoteRef::of(text, &a, 1).unwrap();
    /// assert_eq!((r.text.as_str(), r.occurrence), ("Yes,", 1));
    /// assert_eq!(r.before, "“Yes,” Obama said. Biden said “");
    /// ```
    pub fn of(text: &str, analysis: &Analysis, index: usize) -> Option<QuoteRef> {
        let span = analysis.quotes.get(index)?.span;
        let words = span.slice(text);
        let occurrence = analysis.quotes[..index]
            .iter()
            .filter(|q| q.span.slice(text) == words)
            .count();
        let head = &text[..span.start];
        let from = head
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        Some(QuoteRef {
            text: words.to_string(),
            occurrence,
            before: head[from..].to_string(),
        })
    }
}

/// One correction by the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum Correction {
    /// Gives a quotation to `speaker` (a speaker of the article, matched by
    /// name, or a new name), or to no one with `None`. A quotation that was not
    /// speech becomes a partial quotation.
    Speaker {
        /// The quotation.
        quote: QuoteRef,
        /// Who said it.
        speaker: Option<String>,
    },
    /// Marks a quotation as speech (`Direct`, `Partial`) or not (`Title`,
    /// `Scare`); not speech, it has no speaker. A quotation inside one that is
    /// speech stays `Nested`.
    Kind {
        /// The quotation.
        quote: QuoteRef,
        /// What it is.
        kind: QuoteKind,
    },
    /// Gives every quotation of speaker `from` to speaker `into` (one of the
    /// article's, or a new name: then `from` is renamed).
    Merge {
        /// The speaker that goes.
        from: String,
        /// The speaker that stays.
        into: String,
    },
    /// Gives some quotations of `speaker`, wrongly merged into one person, to
    /// another, `name`.
    Split {
        /// The speaker who stands for two people.
        speaker: String,
        /// The quotations that are the other person's.
        quotes: Vec<QuoteRef>,
        /// The other person.
        name: String,
    },
}

/// What became of one correction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CorrectionStatus {
    /// Applied.
    Applied,
    /// Applied to some of the quotations it names; the others are not found.
    Partial,
    /// What it names is not in the text (any more).
    NotFound,
    /// Several quotations fit, and nothing tells which.
    Ambiguous,
    /// Not looked at: it comes after the first [`MAX_CORRECTIONS`].
    Skipped,
}

/// The outcome of one correction, in the order the corrections were given.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CorrectionResult {
    /// Whether it was applied.
    pub status: CorrectionStatus,
    /// Indices of the quotations it changed, in text order.
    pub quotes: Vec<usize>,
    /// A sentence for people: what was done, or what was not found.
    pub message: String,
}

/// Where a quotation reference leads.
enum Found {
    At(usize),
    Missing,
    Ambiguous(usize),
}

/// The quotations of an article by their quoted words, each list in text order.
struct ByWords<'t>(FxMap<&'t str, Vec<usize>>);

impl<'t> ByWords<'t> {
    fn new(text: &'t str, quotes: &[Quote]) -> ByWords<'t> {
        let mut map: FxMap<&str, Vec<usize>> = FxMap::default();
        for (i, q) in quotes.iter().enumerate() {
            map.entry(q.span.slice(text)).or_default().push(i);
        }
        ByWords(map)
    }
}

/// The quotation `r` names among `quotes` of `text` (rules in [`QuoteRef`]).
fn locate(text: &str, quotes: &[Quote], by_words: &ByWords<'_>, r: &QuoteRef) -> Found {
    let same: &[usize] = by_words.0.get(r.text.as_str()).map_or(&[], Vec::as_slice);
    let nearest = |list: &[(usize, usize)]| {
        list.iter()
            .min_by_key(|(rank, _)| rank.abs_diff(r.occurrence))
            .map(|&(_, i)| i)
    };
    let ranked: Vec<(usize, usize)> = same.iter().copied().enumerate().collect();
    if !r.before.is_empty() {
        let fitting: Vec<(usize, usize)> = ranked
            .iter()
            .copied()
            .filter(|&(_, i)| text[..quotes[i].span.start].ends_with(r.before.as_str()))
            .collect();
        if let Some(i) = nearest(&fitting) {
            return Found::At(i);
        }
    }
    match (same.len(), r.before.is_empty()) {
        (0, _) => Found::Missing,
        (1, _) => Found::At(same[0]),
        (_, true) => same
            .get(r.occurrence)
            .map_or(Found::Missing, |&i| Found::At(i)),
        (n, false) => Found::Ambiguous(n),
    }
}

/// The corrected state of the quotations while corrections are applied.
struct Draft {
    /// Speakers' names: the article's, then the reader's new ones.
    names: Vec<String>,
    /// Each name's mentions (empty for a new name).
    mentions: Vec<Vec<Span>>,
    /// Each name's role (none for a new name).
    roles: Vec<Option<String>>,
    /// Each quotation's speaker, an index into `names`.
    owner: Vec<Option<usize>>,
    kind: Vec<QuoteKind>,
    /// How the reader changed each quotation.
    touched: Vec<Touch>,
}

/// What the reader changed of a quotation, which says what of the engine's
/// evidence still stands.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Touch {
    None,
    /// Its speaker renamed or merged: the cue and mention still stand.
    Renamed,
    /// Its kind changed between kinds of speech.
    Kind,
    /// Given to someone else, or no longer speech: the engine's link is gone.
    Relinked,
}

impl Draft {
    fn new(quotes: &[Quote], speakers: &[Speaker]) -> Draft {
        Draft {
            names: speakers.iter().map(|s| s.name.clone()).collect(),
            mentions: speakers.iter().map(|s| s.mentions.clone()).collect(),
            roles: speakers.iter().map(|s| s.role.clone()).collect(),
            owner: quotes.iter().map(|q| q.speaker_id).collect(),
            kind: quotes.iter().map(|q| q.kind).collect(),
            touched: vec![Touch::None; quotes.len()],
        }
    }

    /// The speaker named `name`: the same name, else the same name in another
    /// case; `None` when there is none.
    fn find(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.names.iter().position(|n| n == name).or_else(|| {
            // crate::case, not str::to_lowercase: std's case table is 8 KB of the gzipped
            // `.wasm` (this was its only caller; 7.3 KB of 229.3 KB gzipped).
            let lower = crate::case::lowercase(name);
            self.names
                .iter()
                .position(|n| crate::case::lowercase(n) == lower)
        })
    }

    /// The speaker named `name` who still has a quotation.
    fn find_quoted(&self, name: &str) -> Option<usize> {
        self.find(name).filter(|&s| self.owner.contains(&Some(s)))
    }

    /// The speaker named `name`, added when the article has none.
    fn find_or_add(&mut self, name: &str) -> usize {
        self.find(name).unwrap_or_else(|| {
            self.names.push(name.trim().to_string());
            self.mentions.push(Vec::new());
            self.roles.push(None);
            self.names.len() - 1
        })
    }

    fn touch(&mut self, qi: usize, how: Touch) {
        self.touched[qi] = self.touched[qi].max(how);
    }
}

/// True when a quotation above `qi` (its parent, theirs…) is speech.
fn inside_speech(quotes: &[Quote], kind: &[QuoteKind], qi: usize) -> bool {
    let mut at = qi;
    // A parent comes before its child; the test keeps a bad index from looping.
    while let Some(p) = quotes[at].parent.filter(|&p| p < at) {
        if kind[p].is_speech() {
            return true;
        }
        at = p;
    }
    false
}

/// The kind of speech quotation `qi` can be when the reader says it is
/// `wanted`: nested inside speech (its words are counted once, in the outer
/// quotation), else `wanted`.
fn speech_kind(quotes: &[Quote], kind: &[QuoteKind], qi: usize, wanted: QuoteKind) -> QuoteKind {
    if inside_speech(quotes, kind, qi) {
        QuoteKind::Nested
    } else if wanted == QuoteKind::Nested {
        QuoteKind::Partial
    } else {
        wanted
    }
}

fn quote_label(r: &QuoteRef) -> String {
    let short: String = r.text.chars().take(40).collect();
    let more = if r.text.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    format!("“{short}{more}”")
}

fn missing(r: &QuoteRef, found: Found) -> CorrectionResult {
    let (status, why) = match found {
        Found::Ambiguous(n) => (
            CorrectionStatus::Ambiguous,
            format!("{n} quotations have these words and none follows the same text"),
        ),
        _ => (
            CorrectionStatus::NotFound,
            "no quotation has these words any more".to_string(),
        ),
    };
    CorrectionResult {
        status,
        quotes: Vec::new(),
        message: format!("the correction of {} is not applied: {why}", quote_label(r)),
    }
}

fn applied(quotes: Vec<usize>, message: String) -> CorrectionResult {
    CorrectionResult {
        status: CorrectionStatus::Applied,
        quotes,
        message,
    }
}

fn no_speaker(name: &str) -> CorrectionResult {
    CorrectionResult {
        status: CorrectionStatus::NotFound,
        quotes: Vec::new(),
        message: format!("the correction is not applied: no one named {name} is quoted any more"),
    }
}

/// Applies one correction to `d`.
fn apply_one(
    text: &str,
    quotes: &[Quote],
    by_words: &ByWords<'_>,
    d: &mut Draft,
    c: &Correction,
) -> CorrectionResult {
    match c {
        Correction::Speaker { quote, speaker } => {
            let qi = match locate(text, quotes, by_words, quote) {
                Found::At(qi) => qi,
                other => return missing(quote, other),
            };
            let name = speaker.as_deref().map(str::trim).filter(|n| !n.is_empty());
            d.owner[qi] = name.map(|n| d.find_or_add(n));
            if !d.kind[qi].is_speech() {
                d.kind[qi] = speech_kind(quotes, &d.kind, qi, QuoteKind::Partial);
            }
            d.touch(qi, Touch::Relinked);
            let to = name.map_or_else(|| "no one".to_string(), str::to_string);
            applied(vec![qi], format!("{} given to {to}", quote_label(quote)))
        }
        Correction::Kind { quote, kind } => {
            let qi = match locate(text, quotes, by_words, quote) {
                Found::At(qi) => qi,
                other => return missing(quote, other),
            };
            let was_speech = d.kind[qi].is_speech();
            if kind.is_speech() {
                d.kind[qi] = speech_kind(quotes, &d.kind, qi, *kind);
                d.touch(
                    qi,
                    if was_speech {
                        Touch::Kind
                    } else {
                        Touch::Relinked
                    },
                );
            } else {
                d.kind[qi] = *kind;
                d.owner[qi] = None;
                d.touch(qi, Touch::Relinked);
            }
            let what = if kind.is_speech() {
                "speech"
            } else {
                "not speech"
            };
            applied(vec![qi], format!("{} marked as {what}", quote_label(quote)))
        }
        Correction::Merge { from, into } => {
            let Some(f) = d.find_quoted(from) else {
                return no_speaker(from);
            };
            let t = d.find_or_add(into);
            let moved: Vec<usize> = (0..quotes.len())
                .filter(|&qi| d.owner[qi] == Some(f))
                .collect();
            if f != t {
                for &qi in &moved {
                    d.owner[qi] = Some(t);
                    d.touch(qi, Touch::Renamed);
                }
                let gone = std::mem::take(&mut d.mentions[f]);
                d.mentions[t].extend(gone);
            }
            let message = format!("{} merged into {}", d.names[f], d.names[t]);
            applied(moved, message)
        }
        Correction::Split {
            speaker,
            quotes: refs,
            name,
        } => {
            let Some(s) = d.find_quoted(speaker) else {
                return no_speaker(speaker);
            };
            let mut picked = Vec::new();
            let mut lost = Vec::new();
            for r in refs {
                match locate(text, quotes, by_words, r) {
                    Found::At(qi) if d.owner[qi] == Some(s) => picked.push(qi),
                    _ => lost.push(quote_label(r)),
                }
            }
            if picked.is_empty() {
                return CorrectionResult {
                    status: CorrectionStatus::NotFound,
                    quotes: Vec::new(),
                    message: format!(
                        "the split of {speaker} is not applied: none of the quotations named is theirs any more"
                    ),
                };
            }
            let t = d.find_or_add(name);
            for &qi in &picked {
                d.owner[qi] = Some(t);
                d.touch(qi, Touch::Relinked);
            }
            // crate::sort, not sort_unstable: each std sort is its own quicksort in the
            // `.wasm` (these two cost 5.7 KB gzipped); a correction sorts a handful.
            picked.lean_sort();
            picked.dedup();
            let message = format!(
                "{} of {speaker}'s quotations given to {}",
                picked.len(),
                d.names[t]
            );
            if lost.is_empty() {
                applied(picked, message)
            } else {
                CorrectionResult {
                    status: CorrectionStatus::Partial,
                    quotes: picked,
                    message: format!("{message}; not found: {}", lost.join(", ")),
                }
            }
        }
    }
}

/// Quotations nested in one whose kind the reader changed take their kind
/// from it again: nested inside speech, partial when nothing above is speech.
fn settle_nested(quotes: &[Quote], d: &mut Draft) {
    let changed: Vec<bool> = (0..quotes.len())
        .map(|qi| d.kind[qi] != quotes[qi].kind)
        .collect();
    for qi in 0..quotes.len() {
        if changed[qi] || quotes[qi].parent.is_none() || !d.kind[qi].is_speech() {
            continue;
        }
        // Only below a changed quotation (a bounded walk up, as inside_speech's).
        let mut at = qi;
        let mut below_changed = false;
        while let Some(p) = quotes[at].parent.filter(|&p| p < at) {
            below_changed |= changed[p];
            at = p;
        }
        if !below_changed {
            continue;
        }
        let inside = inside_speech(quotes, &d.kind, qi);
        let now = d.kind[qi];
        let next = match (inside, now) {
            (true, _) => QuoteKind::Nested,
            (false, QuoteKind::Nested) => QuoteKind::Partial,
            (false, other) => other,
        };
        if next != now {
            d.kind[qi] = next;
            d.touch(qi, Touch::Kind);
        }
    }
}

/// Applies `corrections` to `analysis` of `text`, whose counted words number
/// `total_words`, and records each one's outcome in `analysis.corrections`.
/// With no corrections the analysis is left as it is.
pub(crate) fn apply(
    text: &str,
    analysis: &mut Analysis,
    corrections: &[Correction],
    total_words: usize,
) {
    if corrections.is_empty() {
        return;
    }
    let quotes = &analysis.quotes;
    let mut d = Draft::new(quotes, &analysis.speakers);
    let by_words = ByWords::new(text, quotes);
    let results: Vec<CorrectionResult> = corrections
        .iter()
        .enumerate()
        .map(|(k, c)| {
            if k < MAX_CORRECTIONS {
                apply_one(text, quotes, &by_words, &mut d, c)
            } else {
                CorrectionResult {
                    status: CorrectionStatus::Skipped,
                    quotes: Vec::new(),
                    message: format!(
                        "the correction is not applied: only the first {MAX_CORRECTIONS} of an article are"
                    ),
                }
            }
        })
        .collect();
    if d.touched.iter().all(|&t| t == Touch::None) {
        // Nothing found to change: the analysis stays exactly as the finder made it.
        analysis.corrections = results;
        return;
    }
    settle_nested(quotes, &mut d);
    for (qi, q) in analysis.quotes.iter_mut().enumerate() {
        q.kind = d.kind[qi];
        if !q.kind.is_speech() {
            d.owner[qi] = None;
        }
        if matches!(d.touched[qi], Touch::Relinked) || !q.kind.is_speech() {
            q.cue = None;
            q.mention = None;
            q.rule = None;
        }
    }
    analysis.speakers = rebuild_speakers(&mut analysis.quotes, &d, total_words);
    analysis.stats = recount(&analysis.stats, &analysis.quotes);
    analysis.corrections = results;
}

/// The speakers of the corrected quotations, in order of their first quotation
/// (as the quotation finder orders them), with their counts and shares; each
/// quotation's `speaker` and `speakerId` set to match.
fn rebuild_speakers(quotes: &mut [Quote], d: &Draft, total_words: usize) -> Vec<Speaker> {
    let mut index: Vec<Option<usize>> = vec![None; d.names.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let counted = crate::quotes::counted_speech(quotes);
    for (qi, q) in quotes.iter_mut().enumerate() {
        let id = d.owner[qi].map(|o| {
            *index[o].get_or_insert_with(|| {
                let mut mentions = d.mentions[o].clone();
                mentions.lean_sort_by_key(|m| (m.start, m.end));
                mentions.dedup_by(|later, kept| {
                    let overlap = later.start < kept.end;
                    if overlap {
                        kept.end = kept.end.max(later.end);
                    }
                    overlap
                });
                speakers.push(Speaker {
                    name: d.names[o].clone(),
                    quotes: Vec::new(),
                    quoted_words: 0,
                    share: 0.0,
                    share_of_quotes: 0.0,
                    mentions,
                    role: d.roles[o].clone(),
                });
                speakers.len() - 1
            })
        });
        q.speaker_id = id;
        q.speaker = id.map(|s| speakers[s].name.clone());
        if let Some(s) = id {
            speakers[s].quotes.push(qi);
            if counted[qi] {
                speakers[s].quoted_words += q.words;
            }
        }
    }
    let all_quoted: usize = quotes
        .iter()
        .zip(&counted)
        .filter(|(_, counted)| **counted)
        .map(|(q, _)| q.words)
        .sum();
    for s in &mut speakers {
        // Counted quotations do not overlap, so the shares lie in [0, 1] and
        // sum to at most 1.
        s.share = fraction(s.quoted_words, total_words);
        s.share_of_quotes = fraction(s.quoted_words, all_quoted);
    }
    speakers
}

fn fraction(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// `stats` with the quotation counts of `quotes`.
fn recount(stats: &Stats, quotes: &[Quote]) -> Stats {
    let mut stats = stats.clone();
    stats.count_quotes(quotes);
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote_ref(text: &str, occurrence: usize, before: &str) -> QuoteRef {
        QuoteRef {
            text: text.into(),
            occurrence,
            before: before.into(),
        }
    }

    /// Rows: text, reference, the quotation found (its index) or None.
    #[test]
    fn locate_finds_the_quotation_named() {
        let twice = "“Yes,” Obama said. Biden said “Yes,” too.";
        let rows: [(&str, QuoteRef, Option<usize>); 7] = [
            (twice, quote_ref("Yes,", 0, ""), Some(0)),
            (twice, quote_ref("Yes,", 1, ""), Some(1)),
            (twice, quote_ref("Yes,", 2, ""), None),
            // The context wins over the occurrence (a quotation added before it).
            (twice, quote_ref("Yes,", 0, "Biden said “"), Some(1)),
            // Context that no longer fits, and two to choose from: ambiguous.
            (twice, quote_ref("Yes,", 0, "Kerry said “"), None),
            // One quotation with the words: found whatever came before it.
            (
                "“No,” Obama said.",
                quote_ref("No,", 3, "an edited sentence “"),
                Some(0),
            ),
            (twice, quote_ref("Maybe,", 0, ""), None),
        ];
        for (text, r, want) in rows {
            let a = crate::analyze(text);
            let got = match locate(text, &a.quotes, &ByWords::new(text, &a.quotes), &r) {
                Found::At(i) => Some(i),
                _ => None,
            };
            assert_eq!(got, want, "{r:?} in {text}");
        }
    }

    #[test]
    fn quote_ref_of_keeps_whole_characters() {
        let text = "Ça a été dit par le ministre français à Paris: “Non,” dit-il.";
        let a = crate::analyze(text);
        let r = QuoteRef::of(text, &a, 0).unwrap();
        assert_eq!(r.before.chars().count(), CONTEXT_CHARS);
        assert!(r.before.ends_with('“'));
        assert!(QuoteRef::of(text, &a, 9).is_none());
    }
}
