//! Introductions and sign-offs without a cue verb. Mostly colon introductions:
//! the writer's clause before a colon that hands the floor to a quotation, in
//! the same paragraph or opening the next ("Okafor offered a blunt assessment:
//! “…”", "Her answer: “…”", "And from Chairwoman Lise Rosen:" ¶ “…”). Whose
//! words follow is read from the clause by an ordered list of small rules
//! ([`RULES`]); the first that finds someone wins and names itself. Also the
//! sentence after a quotation that says whose words they were
//! ([`words_of_after`]) and the test of a subject doing something that the
//! rules without a cue verb share ([`is_subject_someone`], [`verb_follows`]).

use super::attribution::{self, Class, Mention};
use super::doc::{Doc, Item};
use super::lexicon;
use super::speakers::{Names, Registry};
use crate::span::Span;

/// How an introduction gave its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IntroRule {
    /// "Her answer:", "The superintendent’s message to parents was short:": the
    /// owner of a word for what was said.
    Possessor,
    /// "And from Chairwoman Lise Rosen:": the one the words come from.
    From,
    /// "Polls in Iowa overstated turnout - Ann Selzer:": a digest's source
    /// after a dash, right before the colon.
    Dashed,
    /// "…does not surprise Republican pollster Daron Shaw:": a person named
    /// with a role right before the colon.
    NamedLast,
    /// "The governor, in a written statement:": a person described, set off by a comma.
    Described,
    /// "Okafor offered a blunt assessment:": the clause's subject, when it is someone.
    Subject,
}

/// The speaker an introduction names, where its words start, and the rule.
pub(crate) struct Intro {
    pub mention: Mention,
    pub item: usize,
    /// The quotation's evidence is its rule, colon-intro; which way of
    /// introducing is the tables' concern.
    #[cfg_attr(not(test), allow(dead_code))]
    pub rule: IntroRule,
}

type IntroFn = fn(&Clause<'_>, &mut Registry, &Names) -> Option<(Mention, usize)>;

/// The rules, most particular first.
const RULES: &[(IntroRule, IntroFn)] = &[
    (IntroRule::Possessor, possessor),
    (IntroRule::From, from),
    (IntroRule::Dashed, dashed),
    (IntroRule::NamedLast, named_last),
    (IntroRule::Described, described),
    (IntroRule::Subject, subject),
];

/// How far into the clause a possessor and its noun may stand ("And then her
/// reply:"); further in, the colon introduces something else.
const POSSESSOR_REACH: usize = 4;

/// Words before a named-last role looked at for a preposition governing it
/// ("to the Dutch newspaper NRC Handelsblad:").
const NAMED_LAST_REACH: usize = 3;

/// Most words of a described person before its comma ("The state's new governor,").
const DESCRIBED_WORDS: usize = 4;

/// The clause before the colon: its sentence's items from the first that is
/// not a linking word ("And", "But") up to the colon.
struct Clause<'a> {
    doc: &'a Doc<'a>,
    start: usize,
    colon: usize,
}

/// The speaker introduced by the clause ending at the colon item `colon`.
pub(crate) fn speaker(
    doc: &Doc,
    colon: usize,
    registry: &mut Registry,
    names: &Names,
) -> Option<Intro> {
    let mut start = doc.sent_start[doc.sent[colon] as usize];
    while start < colon && doc.word(start).is_some_and(lexicon::is_linking_word) {
        start += 1;
    }
    let clause = Clause { doc, start, colon };
    RULES.iter().find_map(|&(rule, f)| {
        f(&clause, registry, names).map(|(mention, item)| Intro {
            mention,
            item,
            rule,
        })
    })
}

/// rule possessor: "Her answer:", "His message to the graduates:", "The
/// superintendent’s message to parents was short:", "Tibbs’s reply:".
fn possessor(c: &Clause<'_>, _: &mut Registry, _: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    let noun = (c.start + 1..c.colon.min(c.start + POSSESSOR_REACH + 1))
        .find(|&k| doc.word(k).is_some_and(lexicon::is_utterance_noun))?;
    owner_of(doc, noun - 1, c.start)
}

/// The owner of something said, written at item `owner` as a possessive: "her",
/// "his", "their", a name ("Gov. Ruth Abara’s", its words back to item `floor`
/// at most) or a person described ("The superintendent’s"); with the item its
/// mention starts at.
pub(crate) fn owner_of(doc: &Doc, owner: usize, floor: usize) -> Option<(Mention, usize)> {
    let w = doc.word(owner)?;
    if let Some(base) = possessive_pronoun(w) {
        let m = Mention {
            span: doc.word_span(owner)?,
            name: base.to_string(),
            class: Class::Pronoun(base == "they"),
            proper: false,
        };
        return Some((m, owner));
    }
    let bare = crate::tokenize::strip_possessive(w);
    if bare.len() == w.len() {
        return None;
    }
    // The owner's words, back to the clause start: a name ("Gov. Ruth Abara’s")
    // or a person described ("The superintendent’s").
    let first = if doc.is_cap(owner) {
        let mut f = owner;
        while f > floor && doc.is_cap(f - 1) && doc.same_sentence(f - 1, owner) {
            f -= 1;
        }
        f
    } else {
        if !lexicon::is_title(bare) {
            return None;
        }
        let f = owner.checked_sub(1).filter(|&f| f >= floor)?;
        doc.word(f).filter(|d| lexicon::is_determiner(d))?;
        f
    };
    let m = if doc.is_cap(owner) {
        attribution::proper_name_at(doc, first, owner)?.0
    } else {
        phrase(doc, first, owner)?
    };
    Some((trim_possessive(doc, m)?, first))
}

/// "her" → "she", "his" → "he", "their" → "they".
fn possessive_pronoun(w: &str) -> Option<&'static str> {
    match w {
        "her" => Some("she"),
        "his" => Some("he"),
        "their" => Some("they"),
        _ => None,
    }
}

/// rule from: "And from Chairwoman Lise Rosen:", "From the mayor’s office:",
/// "More from Dana Jones:".
fn from(c: &Clause<'_>, _: &mut Registry, _: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    let at = if doc.word(c.start) == Some("from") {
        c.start
    } else if doc
        .word(c.start)
        .is_some_and(|w| matches!(w, "more" | "also" | "again"))
        && doc.word(c.start + 1) == Some("from")
    {
        c.start + 1
    } else {
        return None;
    };
    // "From Bush’s Facebook post:": the owner of the words, before their noun.
    let noun = c.colon - 1;
    if noun > at + 1 && doc.word(noun).is_some_and(lexicon::is_utterance_noun) {
        if let Some(found) = (at + 1..noun)
            .rev()
            .take(POSSESSOR_REACH)
            .find_map(|owner| owner_of(doc, owner, at + 1))
        {
            return Some(found);
        }
    }
    let (m, a, b) = attribution::np_after(doc, at + 1)?;
    (b + 1 == c.colon).then_some((m, a))
}

/// rule dashed: a digest's item names its source after a dash, right before
/// the colon ("Iowa polls overstated turnout - Ann Selzer:", "- Pew Research:").
fn dashed(c: &Clause<'_>, _: &mut Registry, _: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    let dash = (c.start..c.colon)
        .rev()
        .find(|&k| matches!(doc.item(k), Item::Punct('—' | '–' | '-', _)))?;
    let (first, last) = (dash + 1, c.colon.checked_sub(1)?);
    if first > last
        || last - first >= MAX_DASHED_NAME_WORDS
        || !(first..=last).all(|k| doc.is_cap(k))
    {
        return None;
    }
    let (m, _) = attribution::proper_name_at(doc, first, last)?;
    Some((m, first))
}

/// Most words of a source's name after a digest's dash ("- Pew Research
/// Center:").
const MAX_DASHED_NAME_WORDS: usize = 4;

/// rule named-last: the clause ends in a person's full name after a lowercase
/// role noun ("The timing does not surprise Republican pollster Daron Shaw:").
fn named_last(c: &Clause<'_>, _: &mut Registry, _: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    let (m, a, _) = attribution::np_before(doc, c.colon).filter(|(_, _, b)| b + 1 == c.colon)?;
    let r = a
        .checked_sub(1)
        .filter(|&r| r > c.start && !doc.is_cap(r))?;
    let role = doc.word(r).is_some_and(super::speakers::is_role_noun);
    // Not one spoken to or about ("told the newspaper NRC Handelsblad:"), nor
    // one another cue's subject quotes ("Frank quotes adviser Alfred Kahn:").
    let governed = (r.saturating_sub(NAMED_LAST_REACH).max(c.start)..r)
        .any(|k| doc.word(k).is_some_and(lexicon::is_preposition));
    let cued = (c.start..a).any(|k| {
        doc.word(k)
            .is_some_and(|w| w == "quotes" || lexicon::speech_lemma(w).is_some())
    });
    (m.proper && m.class == Class::Person && m.name.contains(' ') && role && !governed && !cued)
        .then_some((m, a))
}

/// rule described: "The governor, in a written statement:" — a person noun
/// after "the", set off by a comma, with no verb of its own before the colon.
fn described(c: &Clause<'_>, _: &mut Registry, _: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    doc.word(c.start).filter(|w| lexicon::is_determiner(w))?;
    let comma = (c.start + 1..c.colon.min(c.start + DESCRIBED_WORDS + 1))
        .find(|&k| matches!(doc.item(k), Item::Punct(',', _)))?;
    let head = doc.word(comma - 1)?;
    if comma < c.start + 2 || !lexicon::is_title(head) {
        return None;
    }
    // "in a written statement": a participle after an article is no verb.
    let verb = (comma + 1..c.colon).any(|k| {
        doc.word(k).is_some_and(is_finite_verb)
            && !doc.word(k - 1).is_some_and(lexicon::is_determiner)
    });
    if verb {
        return None;
    }
    Some((phrase(doc, c.start, comma - 1)?, c.start))
}

/// rule subject: the clause's subject, when it surely names someone ("Raymond
/// Okafor offered", "she had one demand") or is a name right before a verb
/// ("Okafor offered a blunt assessment:"); a heading without a verb ("Russian
/// text:") introduces no one.
fn subject(c: &Clause<'_>, registry: &mut Registry, names: &Names) -> Option<(Mention, usize)> {
    let doc = c.doc;
    let (m, a, b) = attribution::sentence_subject(doc, c.colon)?;
    // "The New York Times reports:": a named outlet or body before a speech verb.
    let before_cue = m.proper
        && doc
            .word(b + 1)
            .is_some_and(|w| b + 1 < c.colon && lexicon::speech_lemma(w).is_some());
    (before_cue || is_subject_someone(doc, registry, names, (&m, a, b), c.colon)).then_some((m, a))
}

/// True when a sentence's subject `m` (items `a..=b`) surely names someone, for
/// the rules without a cue verb: it does by itself (see
/// [`Registry::is_someone`]), or it is a name followed by the clause's verb
/// before item `end` ("Okafor never mentioned", "Brandt spoke").
pub(crate) fn is_subject_someone(
    doc: &Doc,
    registry: &Registry,
    names: &Names,
    (m, a, b): (&Mention, usize, usize),
    end: usize,
) -> bool {
    registry.is_someone(doc, names, m, a)
        || m.proper && m.class == Class::Person && verb_follows(doc, b, end)
}

/// True when the clause's verb follows its subject ending at item `b`, before
/// item `end`: after adverbs, and after an apposition or relative clause set
/// off by commas ("Ron Vale, who owns the store, has a different view"). A
/// possessive is no subject ("Obama’s experience is…"), nor a label without a
/// verb ("FULL TEXT.").
pub(crate) fn verb_follows(doc: &Doc, b: usize, end: usize) -> bool {
    if doc
        .word(b)
        .is_some_and(|w| w.ends_with("'s") || w.ends_with('\''))
    {
        return false;
    }
    let mut k = b + 1;
    if k < end && matches!(doc.item(k), Item::Punct(',', _)) {
        let Some(close) = (k + 1..end.min(k + 1 + APPOSITION_ITEMS))
            .find(|&j| matches!(doc.item(j), Item::Punct(',', _)))
        else {
            return false;
        };
        k = close + 1;
    }
    while k < end && doc.word(k).is_some_and(is_adverb) {
        k += 1;
    }
    k < end && doc.word(k).is_some_and(is_finite_verb)
}

/// Most items of an apposition between a subject and its verb.
const APPOSITION_ITEMS: usize = 16;

/// Adverbs between a subject and its verb ("never", "later", "quickly").
fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") || lexicon::is_adverb(w)
}

/// A word that reads as the verb of a clause: an auxiliary or a past tense
/// ("offered", "issued", "had"), not a preposition or an article.
fn is_finite_verb(w: &str) -> bool {
    lexicon::is_clause_verb(w)
        || lexicon::is_irregular_past(w)
        || lexicon::speech_lemma(w).is_some()
        || w.len() > 3 && w.ends_with("ed") && !lexicon::is_preposition(w)
}

/// rule words-of: the sentence after a quotation names whose words they were:
/// “…” Those were the words of Coach Rita Bell; “…” That was the verdict of
/// the panel. Returns the speaker, its first item and the noun's item.
pub(crate) fn words_of_after(doc: &Doc, it: usize) -> Option<(Mention, usize, usize)> {
    let k = it + 1;
    if !doc
        .word(k)
        .is_some_and(|w| matches!(w, "those" | "these" | "that" | "this" | "such"))
        || doc.para(k) != doc.para(it)
    {
        return None;
    }
    let mut j = k + 1;
    doc.word(j)
        .filter(|w| matches!(*w, "were" | "was" | "are" | "is"))?;
    j += 1;
    if doc.word(j) == Some("the") {
        j += 1;
    }
    let noun = j;
    doc.word(noun).filter(|w| lexicon::is_utterance_noun(w))?;
    doc.word(noun + 1).filter(|w| matches!(*w, "of" | "from"))?;
    let (m, a, _) = attribution::np_after(doc, noun + 2)?;
    doc.same_sentence(a, k).then_some((m, a, noun))
}

/// A lowercase noun phrase from item `first` to `last`, as the article writes
/// it, "the" lowercased.
fn phrase(doc: &Doc, first: usize, last: usize) -> Option<Mention> {
    let span = Span::new(doc.word_span(first)?.start, doc.word_span(last)?.end);
    let mut name = doc.text[span.start..span.end].to_string();
    if let Some(c) = name.chars().next().filter(|c| c.is_uppercase()) {
        let lower: String = crate::case::lower(c).collect();
        name.replace_range(..c.len_utf8(), &lower);
    }
    Some(Mention {
        span,
        name,
        class: Class::Person,
        proper: false,
    })
}

/// The mention without its possessive ending ("superintendent’s" → "superintendent").
fn trim_possessive(doc: &Doc, mut m: Mention) -> Option<Mention> {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(name) = m.name.strip_suffix(suffix) {
            m.name = name.to_string();
            if doc.text[..m.span.end].ends_with(suffix) {
                m.span = Span::new(m.span.start, m.span.end - suffix.len());
            }
            return (!m.name.is_empty()).then_some(m);
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::IntroRule::{self, *};

    /// The rule that introduces the quotation after the first colon of `text`,
    /// and the speaker it gives.
    fn intro(text: &str) -> Option<(IntroRule, String)> {
        super::super::doc::with_doc(text, |doc| {
            let events = super::super::attribution::events(doc);
            let names = super::Names::build(doc);
            let (mut registry, _) = super::super::speakers::resolve_events(doc, &names, &events);
            let colon =
                (0..doc.len()).find(|&k| matches!(doc.item(k), super::Item::Punct(':', _)))?;
            super::speaker(doc, colon, &mut registry, &names).map(|i| (i.rule, i.mention.name))
        })
    }

    #[test]
    fn each_rule_names_its_speaker() {
        let cases: &[(&str, Option<(IntroRule, &str)>)] = &[
            ("Her answer: “Not a chance.”", Some((Possessor, "she"))),
            ("And then his reply: “Never.”", Some((Possessor, "he"))),
            (
                "The superintendent’s message to parents was short: “Open on time.”",
                Some((Possessor, "the superintendent")),
            ),
            (
                "Ruth Abara’s reply: “Stay curious.”",
                Some((Possessor, "Ruth Abara")),
            ),
            (
                "And from Chairwoman Lise Rosen: “Wait.”",
                Some((From, "Lise Rosen")),
            ),
            (
                "More from Dana Jones: “Start early.”",
                Some((From, "Dana Jones")),
            ),
            (
                "From Dana Jones’s Facebook post: “Start early.”",
                Some((From, "Dana Jones")),
            ),
            (
                "Turnout in Iowa was higher than polls said - Ann Selzer: “We saw it coming.”",
                Some((Dashed, "Ann Selzer")),
            ),
            (
                "Samples lean civic - Pew Research: “All samples skew.”",
                Some((Dashed, "Pew Research")),
            ),
            ("Ballots - and more ballots: “Count them.”", None),
            (
                "The surge does not surprise Republican pollster Daron Shaw: “Early wins help.”",
                Some((NamedLast, "Daron Shaw")),
            ),
            // Spoken to, or quoted by another: the subject's.
            (
                "Bush explained it to the Dutch newspaper NRC Handelsblad: “It was wrong.”",
                Some((Subject, "Bush")),
            ),
            (
                "The governor, in a written statement: “We stand with Harlow.”",
                Some((Described, "the governor")),
            ),
            (
                "Okafor offered a blunt assessment: “This bill is dead.”",
                Some((Subject, "Okafor")),
            ),
            (
                "Norris had one demand: “Open the books.”",
                Some((Subject, "Norris")),
            ),
            (
                "The county clerk, Rosa Imhoff, issued a statement: “We followed the law.”",
                Some((Subject, "Rosa Imhoff")),
            ),
            (
                "The Harbor Gazette wrote: “Rates rose.”",
                Some((Subject, "Harbor Gazette")),
            ),
            // No verb, no owner of words: a heading, not an introduction.
            ("Russian text: “Привет.”", None),
            ("The answer is simple: “Vote.”", None),
            ("The storm, by the numbers: “Six dead.”", None),
            ("Her car: “A wreck.”", None),
        ];
        for (text, want) in cases {
            let got = intro(text);
            let want = want.map(|(r, s)| (r, s.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }
}
