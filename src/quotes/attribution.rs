//! Speech cues and the noun phrases they attribute speech to.
//!
//! Every speech verb outside quotations becomes an [`Event`]: the cue, its lemma
//! and, when one can be found, the mention of its subject. Subjects are read
//! before the verb ("Earnest says", "Josh Earnest, a spokesman, said",
//! "the alleged hackers wrote") or, when nothing fits there, after it
//! ("says Lewis, who…", "according to officials").

use super::doc::{Doc, Item};
use super::lexicon;
use crate::span::Span;

/// How far back an apposition may reach: "Lewis, a senior fellow with …, said".
const APPOSITION_REACH: usize = 16;
/// How far into a sentence its subject is looked for.
const SUBJECT_REACH: usize = 40;
/// The longest noun phrase read as a speaker.
const MAX_NP_WORDS: usize = 8;

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A named or described person.
    Person,
    /// An organisation or a group of people.
    Group,
    /// A pronoun; `true` for "they".
    Pronoun(bool),
}

/// A mention of a (possible) speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Where it is.
    pub span: Span,
    /// The words of the name, titles and leading articles stripped.
    pub name: String,
    /// What it refers to.
    pub class: Class,
    /// True for capitalised names (looked up for their fullest form).
    pub proper: bool,
}

/// A speech verb (or "according to") and its subject.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    /// Item of the verb.
    pub item: usize,
    /// Last item of the cue ("to" of "according to").
    pub last: usize,
    /// The cue's words.
    pub cue: Span,
    /// The lemma ("say", "according to").
    pub lemma: &'static str,
    /// The subject, when found.
    pub mention: Option<Mention>,
    /// Item range of the mention.
    pub mention_items: Option<(usize, usize)>,
}

/// Finds every speech cue outside quotations.
#[inline(never)]
pub(crate) fn events(doc: &Doc) -> Vec<Event> {
    let mut out = Vec::new();
    // The last item of the phrasal cue before, whose words are not cues again.
    let mut skip: Option<usize> = None;
    for i in 0..doc.len() {
        // Most words are neither "according" nor a speech verb: told so from
        // their bytes, before their text is looked at.
        let Some(bytes) = doc.word_bytes(i) else {
            continue;
        };
        if bytes != b"according" && bytes != b"words" && !lexicon::may_be_speech(bytes) {
            continue;
        }
        let Some(w) = doc.word(i) else { continue };
        if let Some((first, last, lemma)) = source_phrase(doc, i) {
            // rule according-to: the source follows "according to", "in the words of".
            let (mention, items) = match np_after(doc, last + 1) {
                Some((m, a, b)) => (Some(m), Some((a, b))),
                None => (None, None),
            };
            let end = doc.word_span(last).map_or(0, |s| s.end);
            let start = doc.word_span(first).map_or(0, |s| s.start);
            out.push(Event {
                item: first,
                last,
                cue: Span::new(start, end),
                lemma,
                mention,
                mention_items: items,
            });
            continue;
        }
        if w == "words" {
            continue;
        }
        let Some(lemma) = lexicon::speech_lemma(w) else {
            continue;
        };
        if matches!(w, "states" | "reports") && !noun_form_is_verb(doc, i) {
            continue; // "the United States", "in 50 states", "news reports"
        }
        if skip.is_some_and(|s| i <= s) {
            continue; // the "say" of "went on to say", already in a cue
        }
        let last = match lexicon::phrasal_particle(lemma) {
            Some(particle) => match phrasal_end(doc, i, lemma, particle) {
                Some(last) => last,
                None => continue, // "went" without "on", "cut" without "in"
            },
            None => i,
        };
        if last > i {
            skip = Some(last);
        }
        let prev = if i > 0 && doc.same_sentence(i - 1, i) {
            doc.word(i - 1)
        } else {
            None
        };
        let next = doc.word(i + 1);
        if reads_as_noun(doc, i, w, lemma) {
            continue; // "the said amount", "a claim", "her warn…", "his notes"
        }
        let passive = prev.is_some_and(lexicon::is_be_form);
        if passive && !w.ends_with("ing") {
            continue; // "is said to", "was told"; "was promising to" is the subject's
        }
        if next == Some("by") && lexicon::names_the_object(lemma) && !w.ends_with("ing") {
            continue; // "a decision hailed by activists", "a plan criticized by"
        }
        let cue = match (doc.word_span(i), doc.word_span(last)) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => Span::default(),
        };
        let found = if lexicon::is_participle(w) {
            // rule participle-subject: a name right before the participle is its
            // subject ("with Chair Jerome Powell telling reporters that…");
            // otherwise the sentence's subject speaks ("…, saying").
            let name_before = i > 0
                && doc.same_sentence(i - 1, i)
                && matches!(doc.item(i - 1), Item::Word(_))
                && doc.is_cap(i - 1);
            // "wrote to Attorney General Loretta Lynch asking…": a name governed
            // by a preposition is no subject, except in "with X telling…".
            name_before
                .then(|| subject_before(doc, i))
                .flatten()
                .or_else(|| lead_in_subject(doc, i))
                .filter(|(m, a, _)| {
                    m.proper
                        && !(*a > 0
                            && doc.same_sentence(a - 1, *a)
                            && doc.word(a - 1).is_some_and(|w| {
                                // "footage of Hillary Clinton asking, “…”".
                                !matches!(w, "with" | "of") && lexicon::is_preposition(w)
                            }))
                })
        } else {
            subject_before(doc, i)
                .or_else(|| lead_in_subject(doc, i))
                .or_else(|| {
                    // rule inverted: "says Lewis"; "told Lewis" names the listener, and
                    // so does "asked the crowd to welcome…". Right after a quotation the
                    // verb has no subject before it, and the name after is its subject:
                    // "“…,” warned Clinton."
                    let after_quote = matches!(doc.get(i.wrapping_sub(1)), Some(Item::Quote(_)))
                        || matches!(doc.get(i.wrapping_sub(1)), Some(Item::Punct(',', _)))
                            && matches!(doc.get(i.wrapping_sub(2)), Some(Item::Quote(_)));
                    (!lexicon::names_the_object(lemma) || after_quote && lemma != "tell")
                        .then(|| np_after(doc, last + 1))
                        .flatten()
                        .filter(|(m, _, b)| {
                            !(doc.same_sentence(b + 1, i) && doc.word(b + 1) == Some("to"))
                                && (m.proper
                                    || matches!(m.class, Class::Pronoun(_))
                                    || lexicon::inverts_described(lemma))
                        })
                })
        };
        let (mention, items) = match found {
            Some((m, a, b)) => (Some(m), Some((a, b))),
            None => (None, None),
        };
        let reported = items.is_some_and(|(a, b)| {
            a < i
                && in_reported_clause(doc, &out, a, i)
                && (unasserted(doc, b, i)
                    || lexicon::names_the_object(lemma)
                    || !introduces_quote(doc, last))
        });
        if reported {
            continue;
        }
        out.push(Event {
            item: i,
            last,
            cue,
            lemma,
            mention,
            mention_items: items,
        });
    }
    out
}

/// Most words between a cue verb and the clause it reports ("told reporters
/// on Tuesday that").
const MAX_REPORTED_GAP: usize = 4;
/// Most words of when and where between a cue verb and "that" ("said during a
/// Friday evening rally in Michigan that").
const MAX_CIRCUMSTANCE_GAP: usize = 12;

/// rule reported-clause: true when a subject starting at item `a` opens the
/// clause an earlier cue of its sentence reports ("Okafor said the mayor's staff
/// would never admit…", "Ross said Obama had told Jewish leaders that…"). Unless
/// it is a verb of utterance that introduces a quotation of its own ("Police say
/// the attacker shouted “…”") and is said to be done, that verb tells what the
/// outer speaker says, so it is no cue of its own.
fn in_reported_clause(doc: &Doc, events: &[Event], a: usize, v: usize) -> bool {
    let Some(e) = events.last() else {
        return false;
    };
    // "told Kelly, who said": a relative clause has a speaker of its own.
    if v > 0 && doc.word(v - 1) == Some("who") {
        return false;
    }
    if e.last >= a || !doc.same_sentence(e.last, a) || e.lemma == "according to" {
        return false;
    }
    if e.mention_items.is_some_and(|(m, _)| m > e.item) {
        return false; // "says Lewis, who…": the inverted subject comes after
    }
    let gap = e.last + 1..a;
    if !gap.clone().all(|k| matches!(doc.item(k), Item::Word(_))) {
        return false;
    }
    // "Trump said during a rally in Michigan that Clinton once described…":
    // when and where it was said, then "that".
    let circumstance = gap.len() <= MAX_CIRCUMSTANCE_GAP
        && doc.word(a - 1) == Some("that")
        && doc
            .word(e.last + 1)
            .is_some_and(|w| lexicon::is_preposition(w) || lexicon::is_calendar_word(w))
        && gap.clone().all(|k| {
            doc.word(k)
                .is_some_and(|w| lexicon::speech_lemma(w).is_none() && !lexicon::is_clause_verb(w))
        });
    if circumstance {
        return true;
    }
    if gap.len() > MAX_REPORTED_GAP {
        return false;
    }
    let words: Vec<&str> = gap.filter_map(|k| doc.word(k)).collect();
    match words.as_slice() {
        [] | ["that"] => true,
        // "told reporters (that)", "told him".
        [object @ .., last] if lexicon::names_the_object(e.lemma) => {
            let object = if *last == "that" { object } else { &words[..] };
            !object.is_empty()
                && object.iter().all(|w| {
                    let pronoun = lexicon::is_object_pronoun(w);
                    (pronoun || !crate::lexicon::is_stopword(w))
                        && lexicon::speech_lemma(w).is_none()
                        && !lexicon::is_clause_verb(w)
                        && !lexicon::is_verb_filler(w)
                })
        }
        _ => false,
    }
}

/// True when words between a subject ending at item `b` and its verb at `v` say
/// the verb is not done: a modal or a negation ("would never admit", "did not
/// say"), unlike "Police say the alleged attacker shouted “…”".
fn unasserted(doc: &Doc, b: usize, v: usize) -> bool {
    (b + 1..v).any(|k| doc.word(k).is_some_and(lexicon::is_unasserting))
}

/// Most words of an addressee between a cue and its quotation ("told one FBI
/// agent, “…”").
const MAX_ADDRESSEE: usize = 4;

/// True when the quotation follows the cue ending at item `last`, after at most
/// an addressee and a comma or colon: "the alleged attacker shouted “…”",
/// "he told one FBI agent, “…”".
fn introduces_quote(doc: &Doc, last: usize) -> bool {
    let mut k = last + 1;
    while k <= last + MAX_ADDRESSEE
        && doc.same_sentence(k, last)
        && doc.word(k).is_some_and(|w| {
            w != "that" && lexicon::speech_lemma(w).is_none() && !lexicon::is_clause_verb(w)
        })
    {
        k += 1;
    }
    if matches!(doc.get(k), Some(Item::Punct(',' | ':', _))) {
        k += 1;
    }
    doc.same_sentence(k, last) && matches!(doc.get(k), Some(Item::Quote(_)))
}

/// A phrase naming the source after it, found at its key word (item `i`): the
/// first and last items and the lemma ("according to"; "in the words of",
/// whose items other rules see as "according to").
fn source_phrase(doc: &Doc, i: usize) -> Option<(usize, usize, &'static str)> {
    let word_at = |k: usize| doc.same_sentence(k, i).then(|| doc.word(k)).flatten();
    match doc.word(i)? {
        "according" if word_at(i + 1) == Some("to") => Some((i, i + 1, "according to")),
        "words"
            if i >= 2
                && word_at(i - 2) == Some("in")
                && word_at(i - 1) == Some("the")
                && word_at(i + 1) == Some("of") =>
        {
            Some((i - 2, i + 1, "according to"))
        }
        _ => None,
    }
}

/// True when the speech verb form `w` (lemma `lemma`) at item `i` is a noun or
/// an adjective by the words around it: "the said amount", "a claim", "his
/// notes", "Mr. Powell's emails", "his repeated calls", "Rubio's proposed
/// child care credit" (but "Trump's claim that …“…”" is his cue).
fn reads_as_noun(doc: &Doc, i: usize, w: &str, lemma: &str) -> bool {
    let word_at = |k: usize| doc.same_sentence(k, i).then(|| doc.word(k)).flatten();
    let Some(prev) = i.checked_sub(1).and_then(word_at) else {
        return false;
    };
    let next = word_at(i + 1);
    let noun_like = w == lemma; // "a claim", "a say"; not French "a dit"
                                // Plural nouns that are also verb forms: "his notes", "their calls".
    let plural_noun = w.ends_with('s') && !w.ends_with("ss");
    let possessive = |p: &str| p.ends_with("'s") || p.ends_with("s'");
    let owner = |p: &str| lexicon::is_noun_determiner(p);
    if prev == "the"
        || (plural_noun || noun_like && next != Some("that")) && possessive(prev)
        || (noun_like || plural_noun) && owner(prev)
    {
        return true;
    }
    // "his repeated calls": an adjective between the owner and a noun ("the
    // company's spokesman says" is a cue).
    let adjective = !doc.is_cap(i - 1)
        && !crate::lexicon::is_stopword(prev)
        && lexicon::speech_lemma(prev).is_none()
        && !lexicon::is_verb_filler(prev);
    let owned = i
        .checked_sub(2)
        .and_then(word_at)
        .is_some_and(|p| p == "the" || owner(p) || possessive(p));
    let plural_of_noun = lexicon::is_plural_cue_noun(w);
    // "campaign promises of “change”", "reports of “chaos”".
    if plural_of_noun && (adjective && owned || next == Some("of")) {
        return true;
    }
    // "Rubio's proposed child care credit": a participle before its noun.
    w.ends_with("ed")
        && possessive(prev)
        && next.is_some_and(|n| {
            !crate::lexicon::is_stopword(n)
                && !lexicon::is_preposition(n)
                && lexicon::speech_lemma(n).is_none()
        })
}

/// A form that is mostly a plural noun ("states", "reports") at item `i` is the
/// verb when a pronoun or a name that opens its phrase stands right before it
/// ("“…,” Vale states"; "she states that"; "The New York Post reports that"),
/// and no verb follows ("Western states have", "News reports called").
fn noun_form_is_verb(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.same_sentence(i - 1, i) || doc.is_cap(i) {
        return false;
    }
    let verb_follows = doc.word(i + 1).is_some_and(|n| {
        lexicon::is_clause_verb(n) || lexicon::speech_lemma(n).is_some() || n == "and"
    });
    if verb_follows {
        return false;
    }
    let Some(prev) = doc.word(i - 1) else {
        return false;
    };
    if lexicon::pronoun(prev).is_some() {
        return true;
    }
    if !doc.is_cap(i - 1) || prev == "united" || lexicon::is_sentence_word(prev) {
        return false;
    }
    let mut a = i - 1;
    while a > 0 && doc.same_sentence(a - 1, i) && doc.is_cap(a - 1) {
        a -= 1;
    }
    // "The New York Post reports": a name after "the" is a newspaper's.
    if a > 0 && doc.same_sentence(a - 1, i) && doc.word(a - 1) == Some("the") {
        a -= 1;
    }
    if doc.word(a) == Some("the") {
        return a == 0
            || !doc.same_sentence(a - 1, i)
            || !doc.word(a - 1).is_some_and(lexicon::is_preposition);
    }
    a == 0
        || !doc.same_sentence(a - 1, i)
        || !doc.word(a - 1).is_some_and(|w| {
            lexicon::is_determiner(w)
                || lexicon::is_preposition(w)
                || crate::lexicon::is_stopword(w)
                || w.chars().all(char::is_numeric)
        })
}

/// rule phrasal-cue: the last item of the phrasal cue whose verb is item `v`
/// ("shot back", "put it", "went on to say"), or `None` when its particle does
/// not follow the verb.
fn phrasal_end(doc: &Doc, v: usize, lemma: &str, particle: &str) -> Option<usize> {
    let mut last = v;
    for p in particle.split(' ') {
        if !doc.same_sentence(last + 1, v) || doc.word(last + 1) != Some(p) {
            return None;
        }
        last += 1;
    }
    // "went on to say": the speech verb after "to" is part of the cue.
    let to_say = doc.word(last + 1) == Some("to")
        && doc.same_sentence(last + 2, v)
        && doc
            .word(last + 2)
            .and_then(lexicon::speech_lemma)
            .is_some_and(|l| lexicon::phrasal_particle(l).is_none());
    if to_say {
        return Some(last + 2);
    }
    if !lexicon::phrasal_needs_pause(lemma) {
        return Some(last);
    }
    // "as Trump went on about “how the system is rigged”".
    let about = lemma == "go on" && doc.word(last + 1) == Some("about");
    let pause =
        !doc.same_sentence(last + 1, v) || matches!(doc.get(last + 1), Some(Item::Punct(..)));
    (pause || about).then_some(last)
}

/// rule lead-in: the subject of a verb that leads into the cue with "to" or
/// "as" ("Trump was prompted to say", "Braynard is quoted as saying", "Vale was
/// quick to add").
fn lead_in_subject(doc: &Doc, v: usize) -> Option<(Mention, usize, usize)> {
    let link = v.checked_sub(1).filter(|&k| doc.same_sentence(k, v))?;
    let lead = link.checked_sub(1).filter(|&k| doc.same_sentence(k, v))?;
    let w = doc.word(lead)?;
    let leads = w.ends_with("ed") || matches!(w, "quick" | "wants" | "going" | "ready");
    if !matches!(doc.word(link)?, "to" | "as") || doc.is_cap(lead) || !leads {
        return None;
    }
    subject_before(doc, lead)
}

/// The subject written before the verb at item `v`, skipping adverbs and an apposition.
fn subject_before(doc: &Doc, v: usize) -> Option<(Mention, usize, usize)> {
    let mut j = v;
    while j > 0 && doc.same_sentence(j - 1, v) {
        match doc.word(j - 1) {
            Some(w) if lexicon::is_verb_filler(w) && !doc.is_cap(j - 1) => j -= 1,
            _ => match designation_before(doc, j).or_else(|| time_before(doc, j)) {
                Some(open) => j = open,
                None => break,
            },
        }
    }
    if j == 0 || !doc.same_sentence(j - 1, v) {
        return None;
    }
    // rule relative-subject: "Councilman Otis Greer, who complained that…";
    // "Leo Barr, a company spokesman, who called…" is Leo Barr.
    if doc.word(j - 1) == Some("who") {
        let end = match doc.get(j.wrapping_sub(2)) {
            Some(Item::Punct(',', _)) if doc.same_sentence(j - 2, v) => j - 2,
            _ => j - 1,
        };
        let near = np_before(doc, end).filter(|(m, _, _)| !matches!(m.class, Class::Pronoun(_)));
        if near.as_ref().is_some_and(|(m, _, _)| m.proper) || end == j - 1 {
            return near;
        }
        let apposition = subject_before(doc, j - 1).filter(|(m, _, _)| m.proper);
        return apposition.or(near);
    }
    let comma_quote = matches!(doc.item(j - 1), Item::Quote(q) if doc.comma_quote[q]);
    match doc.item(j - 1) {
        Item::Punct(',', _) | Item::Quote(_)
            if comma_quote || matches!(doc.item(j - 1), Item::Punct(..)) =>
        {
            // rule apposition: "Josh Earnest, a spokesman for …, said".
            let comma = j - 1;
            if let Some(found) = leading_name_before_commas(doc, v, comma) {
                return Some(found);
            }
            let lo = comma.saturating_sub(APPOSITION_REACH);
            let k = (lo..comma)
                .rev()
                .take_while(|&k| doc.same_sentence(k, v) && !matches!(doc.item(k), Item::Quote(_)))
                .find(|&k| matches!(doc.item(k), Item::Punct(',', _)))?;
            let opener = doc.word(k + 1)?;
            // "the chief executive, Sundar Pichai, told": the name in between is the speaker.
            if k > 0 && comma - k <= 5 && (k + 1..comma).all(|x| doc.is_cap(x)) {
                let (m, _, _, _) = proper_name(doc, k + 1, comma - 1, false)?;
                let start = np_before(doc, k).map_or(k + 1, |(_, a, _)| a);
                return Some((m, start, comma - 1));
            }
            let apposition = opener.chars().all(char::is_numeric)
                || lexicon::is_determiner(opener)
                || lexicon::opens_subject_aside(opener)
                || lexicon::is_title(opener)
                // "McDonnell, for his part, said": a parenthetical phrase.
                || lexicon::is_preposition(opener);
            if !apposition || k == 0 || !doc.same_sentence(k - 1, v) {
                return None;
            }
            np_before(doc, designation_before(doc, k).unwrap_or(k))
        }
        Item::Word(_) => np_before(doc, j),
        _ => None,
    }
}

/// rule time-words: when items before `j` say when ("on Wednesday", "last
/// week", "Tuesday"), the item where they start: "Pruitt on Wednesday
/// described…" has Pruitt, not Wednesday, for its subject.
fn time_before(doc: &Doc, j: usize) -> Option<usize> {
    let k = j.checked_sub(1)?;
    let w = doc.word(k)?;
    let opener =
        |i: usize| doc.same_sentence(i, k) && doc.word(i).is_some_and(lexicon::opens_time_phrase);
    let weekday = lexicon::is_weekday(w);
    // "in the past", "less than two weeks ago".
    let word_at = |i: usize| doc.same_sentence(i, k).then(|| doc.word(i)).flatten();
    let before_ago = |i: usize| {
        word_at(i)
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()) || lexicon::is_ago_span_word(p))
    };
    let start =
        if w == "past" && k >= 2 && word_at(k - 1) == Some("the") && word_at(k - 2) == Some("in") {
            k - 2
        } else if w == "ago" && k > 0 && before_ago(k - 1) {
            let mut i = k - 1;
            while i > 0 && k - i < MAX_AGO_WORDS && before_ago(i - 1) {
                i -= 1;
            }
            i
        } else if lexicon::is_calendar_word(w) && (weekday || k > 0 && opener(k - 1)) {
            k
        } else if lexicon::is_time_unit(w) && k > 0 && opener(k - 1) {
            k - 1
        } else {
            return None;
        };
    let start = match start.checked_sub(1) {
        Some(p) if opener(p) && lexicon::is_calendar_word(w) => p,
        _ => start,
    };
    // Something must stand before the time words to be the subject: a word, or
    // the end of a designation or an apposition ("Sen. Bernie Sanders (I-Vt.) on
    // Saturday criticized", "Paul D. Ryan, the highest-ranking Republican, on
    // Tuesday called").
    (start > 0
        && doc.same_sentence(start - 1, k)
        && matches!(
            doc.item(start - 1),
            Item::Word(_) | Item::Punct(',' | ')', _)
        ))
    .then_some(start)
}

/// Most words of a place after a described speaker and before the name in
/// apposition ("his best friend at Lehigh, Bruce Turry").
const MAX_PLACE_WORDS: usize = 4;

/// Most words of a span before "ago" ("less than two weeks ago").
const MAX_AGO_WORDS: usize = 5;

/// Most items of a parenthetical designation: "(D-Ore.)", "(R-N.Y.)".
const MAX_DESIGNATION_ITEMS: usize = 6;

/// rule designation: when item `j - 1` closes a short parenthesis right after a
/// word ("Sen. Ron Wyden (D-Ore.) said"), the item of its opening bracket.
fn designation_before(doc: &Doc, j: usize) -> Option<usize> {
    if !matches!(doc.item(j.checked_sub(1)?), Item::Punct(')', _)) {
        return None;
    }
    let lo = j.saturating_sub(MAX_DESIGNATION_ITEMS + 2);
    let open = (lo..j - 1)
        .rev()
        .find(|&k| matches!(doc.item(k), Item::Punct('(', _)))?;
    let after_word = open > 0 && doc.same_sentence(open - 1, j - 1) && doc.is_cap(open - 1);
    let plain =
        (open + 1..j - 1).all(|k| matches!(doc.item(k), Item::Word(_) | Item::Punct('.', _)));
    (after_word && plain).then_some(open)
}

/// rule apposition (long): the person named before the first of several commas
/// that end in the verb at item `v`, when the name opens the sentence or
/// follows a comma: "Michael Seaman, who lives outside the state capital,
/// Sacramento, said"; "Denise Carrow, 47, of Millbrook, Ala., said". Names after
/// later commas are part of the description.
fn leading_name_before_commas(
    doc: &Doc,
    v: usize,
    comma: usize,
) -> Option<(Mention, usize, usize)> {
    let start = doc.sent_start[doc.sent[v] as usize];
    let start = skip_dateline(doc, start, v);
    let lo = comma.saturating_sub(2 * APPOSITION_REACH).max(start);
    for k in lo..comma {
        if !matches!(doc.item(k), Item::Punct(',', _)) {
            continue;
        }
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
        let end = designation_before(doc, k).unwrap_or(k);
        let (m, a, b) = np_before(doc, end)?;
        // The name opens the sentence, follows a comma, or follows the quotation
        // it speaks (“…,” Jeff Weaver, Sanders' campaign manager, said).
        let opens =
            a == start || a > 0 && matches!(doc.item(a - 1), Item::Punct(',', _) | Item::Quote(_));
        if m.proper && m.class == Class::Person && opens && b + 1 == end {
            return Some((m, a, b));
        }
        if !m.proper {
            return None; // "In a statement, …": an opening phrase, not the subject
        }
    }
    None
}

/// The noun phrase whose last word is item `end - 1`.
pub(crate) fn np_before(doc: &Doc, end: usize) -> Option<(Mention, usize, usize)> {
    let last = end.checked_sub(1)?;
    let lw = doc.word(last)?;
    if let Some(base) = lexicon::pronoun_base(lw) {
        let group = base == "they";
        let span = doc.word_span(last)?;
        return Some((
            Mention {
                span,
                name: base.to_string(),
                class: Class::Pronoun(group),
                proper: false,
            },
            last,
            last,
        ));
    }
    // "a senior Democrat said": an indefinite description whose head noun is
    // capitalised is read as a description, below.
    if doc.is_cap(last) && !indefinite_description(doc, last) {
        let mut first = last;
        let mut count = 1;
        while first > 0 && count < 6 && doc.same_sentence(first - 1, last) {
            let k = first - 1;
            let Some(w) = doc.word(k) else { break };
            if w.ends_with("'s") || w.ends_with('\'') {
                break;
            }
            let and_inside = matches!(w, "and" | "&") && k > 0 && doc.is_cap(k - 1);
            if doc.is_cap(k) || is_name_connector(w) || and_inside {
                first = k;
                count += 1;
            } else {
                break;
            }
        }
        // "Health and Social Care" joins an organisation's name, never two people.
        let has_org = (first..=last).any(|k| doc.word(k).is_some_and(lexicon::is_org_word));
        if !has_org {
            if let Some(k) = (first..last)
                .rev()
                .find(|&k| matches!(doc.word(k), Some("and" | "&")))
            {
                first = k + 1;
            }
        }
        while first < last && leading_connector(doc, first) {
            first += 1;
        }
        let det =
            first > 0 && doc.same_sentence(first - 1, last) && doc.word(first - 1) == Some("the");
        let name_first = if det { first - 1 } else { first };
        // rule designation (body): "Ms. Tanaka of the Riverkeepers Alliance said",
        // "Greer of the Ohio Farm Bureau": the person, not the body.
        if det
            && name_first >= 2
            && doc.same_sentence(name_first - 2, last)
            && doc
                .word(name_first - 1)
                .is_some_and(|p| matches!(p, "of" | "at" | "with" | "from"))
            && doc.is_cap(name_first - 2)
        {
            if let Some((m, a, _)) = np_before(doc, name_first - 1) {
                if m.proper && m.class == Class::Person {
                    return Some((m, a, last));
                }
            }
        }
        // "a spokeswoman for Amazon": the described person, not the organisation.
        if name_first >= 2
            && doc.same_sentence(name_first - 2, last)
            && doc
                .word(name_first - 1)
                .is_some_and(|p| matches!(p, "for" | "of" | "at" | "with"))
            && !doc.is_cap(name_first - 2)
            // A person's role ("a spokeswoman for", "an official with"), not a
            // thing ("footage of Hillary Clinton asking").
            && doc.word(name_first - 2).is_some_and(is_person_head)
        {
            if let Some((m, a, _)) = np_before(doc, name_first - 1) {
                if !m.proper && !matches!(m.class, Class::Pronoun(_)) {
                    let span = Span::new(m.span.start, doc.word_span(last)?.end);
                    let mut name = doc.text[span.start..span.end].to_string();
                    if m.name.starts_with(|c: char| c.is_lowercase())
                        && name.starts_with(|c: char| c.is_uppercase())
                    {
                        let first = name.chars().next().map_or(0, char::len_utf8);
                        let lower = crate::case::lowercase(&name[..first]);
                        name.replace_range(..first, &lower);
                    }
                    return Some((
                        Mention {
                            span,
                            name,
                            class: m.class,
                            proper: false,
                        },
                        a,
                        last,
                    ));
                }
            }
        }
        let (m, a, b, _) = proper_name(doc, first, last, det)?;
        return Some((m, possessor_start(doc, a).unwrap_or(a), b));
    }
    // A described speaker: "the alleged hackers", "a spokesman for the ministry",
    // "Jones's lawyer", "the CEO's office".
    let mut first = last;
    let mut good: Option<usize> = None;
    let mut words = 1;
    loop {
        let w = doc.word(first)?;
        let possessive = first != last && (w.ends_with("'s") || w.ends_with("s'"));
        if lexicon::is_determiner(w) {
            good = Some(first);
            let joined = first >= 2
                && words + 2 <= MAX_NP_WORDS
                && doc.same_sentence(first - 2, last)
                && doc
                    .word(first - 1)
                    .is_some_and(|p| matches!(p, "for" | "of" | "at" | "with"))
                && doc.word(first - 2).is_some_and(|p| {
                    !crate::lexicon::is_stopword(p) && !lexicon::is_preposition(p)
                });
            if joined {
                first -= 2;
                words += 2;
                if doc.word(first).is_some_and(lexicon::is_group_noun) {
                    good = Some(first);
                }
                continue;
            }
            // "a source close to the star", "a person briefed on the talks".
            let close_to = first >= 3
                && words + 3 <= MAX_NP_WORDS
                && doc.same_sentence(first - 3, last)
                && matches!(
                    (doc.word(first - 2), doc.word(first - 1)),
                    (Some("close"), Some("to")) | (Some("briefed"), Some("on"))
                )
                && doc.word(first - 3).is_some_and(|p| {
                    !crate::lexicon::is_stopword(p) && !lexicon::is_preposition(p)
                });
            if close_to {
                first -= 3;
                words += 3;
                continue;
            }
            break;
        }
        if possessive {
            good = Some(first);
        }
        if first == 0 || words >= MAX_NP_WORDS || !doc.same_sentence(first - 1, last) {
            break;
        }
        let Some(prev) = doc.word(first - 1) else {
            break;
        };
        let adjective_like = !crate::lexicon::is_stopword(prev)
            && !lexicon::is_preposition(prev)
            && lexicon::speech_lemma(prev).is_none()
            && !lexicon::is_verb_filler(prev)
            && !prev.chars().all(|c| c.is_numeric());
        if lexicon::is_determiner(prev) || adjective_like || (possessive && prev == "the") {
            first -= 1;
            words += 1;
        } else {
            break;
        }
    }
    let head = lw;
    if crate::lexicon::is_stopword(head) {
        return None;
    }
    let first = match good {
        Some(g) => g,
        // Without an article only the head: "officials said".
        None if lexicon::is_group_noun(head) => last,
        None => return None,
    };
    if first == last && doc.word(first).is_some_and(lexicon::is_determiner) {
        return None; // a lone determiner: "some said"
    }
    described(doc, first, last)
}

/// rule speaker-phrase (owner): when the capitalised words before a name's
/// first item `a` own it ("the Zionist Union Party's Nachman Shai", "NBC's
/// Dante Chinni"), the item where the owner's words start: the phrase belongs
/// to the speaker, though the name is only the speaker's.
fn possessor_start(doc: &Doc, a: usize) -> Option<usize> {
    let owner = a
        .checked_sub(1)
        .filter(|&k| doc.same_sentence(k, a) && doc.is_cap(k))?;
    let w = doc.word(owner)?;
    if !(w.ends_with("'s") || w.ends_with("s'")) {
        return None;
    }
    let mut start = owner;
    while start > 0
        && start + MAX_MODIFIERS > owner
        && doc.same_sentence(start - 1, a)
        && doc.is_cap(start - 1)
    {
        start -= 1;
    }
    if start > 0 && doc.same_sentence(start - 1, a) && doc.word(start - 1) == Some("the") {
        start -= 1;
    }
    Some(start)
}

/// True when the capitalised word at item `head` is a member noun heading an
/// indefinite description: "a Democrat", "one senior Republican", "another
/// longtime Iowan", its modifiers lowercase (not "an angry Hollande").
fn indefinite_description(doc: &Doc, head: usize) -> bool {
    if !doc.word(head).is_some_and(lexicon::is_member_noun) {
        return false;
    }
    let mut k = head;
    while k > 0 && head - k <= MAX_DESCRIPTION_MODIFIERS && doc.same_sentence(k - 1, head) {
        k -= 1;
        match doc.word(k) {
            Some("a" | "an" | "one" | "another") => return true,
            Some(w) if !doc.is_cap(k) && !crate::lexicon::is_stopword(w) => {}
            _ => return false,
        }
    }
    false
}

/// Most lowercase modifiers between an article and a capitalised head noun
/// ("one senior Democrat") that [`indefinite_description`] reads past.
const MAX_DESCRIPTION_MODIFIERS: usize = 3;

/// The noun phrase starting at item `a`, after an inverted verb: "says Lewis, who…".
pub(crate) fn np_after(doc: &Doc, a: usize) -> Option<(Mention, usize, usize)> {
    let w = doc.word(a)?;
    // "said he." is inverted; "said he was" opens the reported clause.
    let clause_follows = doc.same_sentence(a + 1, a)
        && doc
            .word(a + 1)
            .is_some_and(|n| !lexicon::is_verb_filler(n) || lexicon::is_finite_auxiliary(n));
    if let Some(base) = lexicon::pronoun_base(w).filter(|_| !clause_follows) {
        let group = base == "they";
        let span = doc.word_span(a)?;
        return Some((
            Mention {
                span,
                name: base.to_string(),
                class: Class::Pronoun(group),
                proper: false,
            },
            a,
            a,
        ));
    }
    // "said the Rev. Amos Whitley": a lowercase "the" before a name.
    let the_name = w == "the" && doc.same_sentence(a + 1, a) && doc.is_cap(a + 1);
    // "said Will Doyle", "said May Ortiz": a given name that is also a common word,
    // before a capitalised word.
    let word_name = lexicon::is_word_given_name(w)
        && doc.is_cap(a)
        && doc.same_sentence(a + 1, a)
        && doc.is_cap(a + 1)
        && doc
            .word(a + 1)
            .is_some_and(|n| !lexicon::is_sentence_word(n));
    if doc.is_cap(a) && !(lexicon::is_sentence_word(w) && w != "the") || the_name || word_name {
        let mut last = a;
        let mut det = false;
        let mut first = a;
        if w == "the" {
            det = true;
            first = a + 1;
            last = a + 1;
            if !doc.is_cap(first) {
                return described_after(doc, a);
            }
        }
        loop {
            while last + 1 < doc.len() && doc.same_sentence(last + 1, a) && last - first < 6 {
                // "noted NBC's Dante Chinni": a possessive ends the run; the name
                // it modifies is found next.
                if doc.word(last).is_some_and(|w| w.ends_with("'s")) {
                    break;
                }
                if doc.nickname_at(last + 1) && doc.same_sentence(last + 2, a) {
                    last += 2;
                    continue;
                }
                let Some(n) = doc.word(last + 1) else { break };
                if lexicon::is_calendar_word(n) {
                    break;
                }
                let possessive = n.ends_with("'s");
                if doc.is_cap(last + 1) && !possessive
                    || is_name_connector(n) && doc.is_cap(last + 2)
                {
                    last += 1;
                } else {
                    break;
                }
            }
            // rule speaker-phrase head: "said Clinton's top aide Jake Sullivan",
            // "said Huckabee campaign spokesman Hogan Gidley": the name after the
            // modifiers is the speaker.
            match head_after_modifiers(doc, a, last) {
                Some(head) => {
                    first = head;
                    last = head;
                }
                None => break,
            }
        }
        if lexicon::is_calendar_word(doc.word(first)?) {
            return None;
        }
        if doc.word(last)?.ends_with("'s") {
            if let Some((m, b)) = role_appositive(doc, last + 1) {
                return Some((m, a, b));
            }
        }
        // "said the Democratic nominee, Hillary Clinton": the capitalised words
        // modify the noun after them.
        if det && doc.same_sentence(last + 1, a) && doc.word(last + 1).is_some_and(is_role_noun) {
            return described_after(doc, a);
        }
        // "said Donald Trump was a failure": the reported clause's subject.
        if doc.same_sentence(last + 1, a) && doc.word(last + 1).is_some_and(lexicon::is_clause_verb)
        {
            return None;
        }
        return proper_name(doc, first, last, det).map(|(m, _, b, _)| (m, a, b));
    }
    if lexicon::is_determiner(w) {
        return described_after(doc, a);
    }
    // "said spokeswoman Tessa Marlowe": a role noun before the name is read below.
    let before_name = doc.same_sentence(a + 1, a) && doc.is_cap(a + 1);
    if lexicon::is_group_noun(w) && !before_name {
        // "said officers were stretched thin": the reported clause's subject.
        if doc.word(a + 1).is_some_and(lexicon::is_clause_verb) {
            return None;
        }
        return described(doc, a, a);
    }
    // "said shocked neighbour Janet Smith": a few lowercase words before a name.
    let name_at = (a + 1..a + 4).find(|&k| doc.same_sentence(k, a) && doc.is_cap(k))?;
    let plain = (a..name_at).all(|k| {
        doc.word(k).is_some_and(|x| {
            !crate::lexicon::is_stopword(x)
                && !lexicon::is_preposition(x)
                && lexicon::speech_lemma(x).is_none()
        })
    });
    if plain {
        let (m, _, b) = np_after(doc, name_at)?;
        if m.proper {
            return Some((m, a, b));
        }
    }
    None
}

/// rule apposition (role): the name in apposition to a role that starts at item
/// `k`, "lawyer, Maya Frey" of "said Dunn's lawyer, Maya Frey." and
/// "Halloran's campaign manager, Lydia Vance, defended…": a few lowercase role
/// words, a comma and a person's name that a comma, a stop or the sentence's
/// end closes. The name and its last item.
fn role_appositive(doc: &Doc, k: usize) -> Option<(Mention, usize)> {
    let mut comma = k;
    while comma < k + MAX_MODIFIERS && doc.same_sentence(comma, k) {
        let Some(w) = doc.word(comma) else { break };
        if doc.is_cap(comma) || !is_role_noun(w) {
            return None;
        }
        comma += 1;
    }
    if comma == k || !matches!(doc.get(comma), Some(Item::Punct(',', _))) {
        return None;
    }
    if !doc.same_sentence(comma + 1, k) || !doc.is_cap(comma + 1) {
        return None;
    }
    let (m, _, b) = np_after(doc, comma + 1)?;
    let closes = !doc.same_sentence(b + 1, k)
        || matches!(
            doc.get(b + 1),
            None | Some(Item::Punct(',' | '.' | ';' | ')', _))
        );
    (m.proper && m.class == Class::Person && closes).then_some((m, b))
}

/// A noun for a person or people by their role: a title ("spokeswoman",
/// "lawyer"), a group ("officials"), or a common role noun.
fn is_person_head(w: &str) -> bool {
    lexicon::is_title(w) || lexicon::is_group_noun(w) || lexicon::is_role_head(w)
}

/// A lowercase word that may head or modify a role ("nominee", "press"):
/// no function word, preposition or verb.
fn is_role_noun(w: &str) -> bool {
    !crate::lexicon::is_stopword(w)
        && !lexicon::is_preposition(w)
        && lexicon::speech_lemma(w).is_none()
        && !lexicon::is_clause_verb(w)
        && !lexicon::is_verb_filler(w)
        && !lexicon::is_calendar_word(w)
}

/// Most lowercase modifier words between a capitalised word and the name they
/// lead to ("Clinton's top foreign policy aide Jake Sullivan").
const MAX_MODIFIERS: usize = 5;

/// When the capitalised run ending at item `last` (a phrase starting at `a`)
/// only modifies a name that follows it, the item where that name starts: the
/// run ends in a possessive or in a role word, or lowercase role and modifier
/// words lead from it to another capitalised word in the same sentence.
fn head_after_modifiers(doc: &Doc, a: usize, last: usize) -> Option<usize> {
    let ends_possessive = doc.word(last)?.ends_with("'s");
    let mut k = last + 1;
    while k <= last + MAX_MODIFIERS && doc.same_sentence(k, a) {
        let w = doc.word(k)?;
        if doc.is_cap(k) {
            let modified = ends_possessive || k > last + 1 || lexicon::is_title(doc.word(last)?);
            return (modified && !lexicon::is_calendar_word(w)).then_some(k);
        }
        // A verb between two names is no modifier ("Trump attacked Clinton"):
        // "-ed" and "-s" forms are taken for verbs unless they are roles.
        let verb_like =
            (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")) && !lexicon::is_title(w);
        let modifier = !crate::lexicon::is_stopword(w)
            && !lexicon::is_preposition(w)
            && !lexicon::is_calendar_word(w)
            && lexicon::speech_lemma(w).is_none()
            && !lexicon::is_clause_verb(w)
            && !lexicon::is_verb_filler(w)
            && !verb_like
            && !w.ends_with("'s");
        if !modifier {
            return None;
        }
        k += 1;
    }
    None
}

fn described_after(doc: &Doc, a: usize) -> Option<(Mention, usize, usize)> {
    let mut last = a;
    while last + 1 < doc.len() && doc.same_sentence(last + 1, a) && last - a < MAX_NP_WORDS {
        let Some(n) = doc.word(last + 1) else { break };
        if lexicon::ends_described_head(n)
            || lexicon::is_calendar_word(n)
            || lexicon::speech_lemma(n).is_some()
            || lexicon::is_clause_verb(n)
        {
            break;
        }
        // A participle after the head starts a modifier: "a statement released
        // after the meeting" (but "the newly appointed minister").
        if last > a && n.ends_with("ed") && doc.word(last).is_some_and(|p| !p.ends_with("ly")) {
            break;
        }
        last += 1;
    }
    if last == a {
        return None;
    }
    // Followed by a verb, it is the subject of the reported clause, not of the
    // cue: "said the decision was", "said the economy remained “resilient.”"
    if doc.word(last + 1).is_some_and(lexicon::is_clause_verb) {
        return None;
    }
    // Drop a dangling connector: "a spokesman for".
    while last > a
        && doc
            .word(last)
            .is_some_and(|w| is_name_connector(w) || w == "the")
    {
        last -= 1;
    }
    // "said a witness, Maria Gomez.": the name in apposition is the speaker, also
    // after where the description places them ("said his best friend at Lehigh,
    // Bruce Turry,").
    let comma = if doc
        .word(last + 1)
        .is_some_and(|w| matches!(w, "at" | "of" | "for" | "in" | "from"))
    {
        (last + 2..last + 2 + MAX_PLACE_WORDS)
            .take_while(|&k| doc.same_sentence(k, a))
            .find(|&k| !matches!(doc.get(k), Some(Item::Word(_))))
            .unwrap_or(last + 1)
    } else {
        last + 1
    };
    if matches!(doc.get(comma), Some(Item::Punct(',', _)))
        && doc.same_sentence(comma + 1, a)
        && doc.is_cap(comma + 1)
    {
        if let Some((m, _, b)) = np_after(doc, comma + 1) {
            // "…, Andrew Pincus of the law firm Mayer Brown."
            let closes = matches!(
                doc.get(b + 1),
                None | Some(Item::Punct(',' | '.' | ';' | ')', _))
            ) || !doc.same_sentence(b + 1, a)
                || doc.word(b + 1).is_some_and(|w| matches!(w, "of" | "who"));
            if m.proper && m.class == Class::Person && closes {
                return Some((m, a, b));
            }
        }
    }
    if let Some(m) = name_after_role(doc, a, last) {
        return Some((m, a, last));
    }
    described(doc, a, last)
}

/// rule speaker-phrase head: the person's name that ends a described phrase
/// `a..=last` after its role words, "his chief of staff Arlo Fenn", "the
/// company's CEO Tim Cook"; not an organisation after a preposition ("a
/// spokesman for Amazon").
fn name_after_role(doc: &Doc, a: usize, last: usize) -> Option<Mention> {
    if !doc.is_cap(last) {
        return None;
    }
    let mut k = last;
    while k > a + 1
        && (doc.is_cap(k - 1)
            || doc.word(k - 1).is_some_and(is_name_connector) && doc.is_cap(k - 2))
    {
        k -= 1;
    }
    if k <= a {
        return None;
    }
    let before = doc.word(k - 1)?;
    if doc.is_cap(k - 1) || !(is_role_noun(before) || before.ends_with("'s")) {
        return None;
    }
    let (m, _, _, _) = proper_name(doc, k, last, false)?;
    (m.class == Class::Person).then_some(m)
}

/// A described speaker between items `first` and `last` (words all).
fn described(doc: &Doc, first: usize, last: usize) -> Option<(Mention, usize, usize)> {
    let start = doc.word_span(first)?.start;
    let end = doc.word_span(last)?.end;
    let mut name = doc.text[start..end].to_string();
    // "The alleged hackers" at a sentence start reads "the alleged hackers".
    if doc.word(first).is_some_and(lexicon::is_determiner) {
        if let Some(c) = name.chars().next().filter(|c| c.is_uppercase()) {
            let lower: String = crate::case::lower(c).collect();
            name.replace_range(..c.len_utf8(), &lower);
        }
    }
    let head = doc.word(last)?;
    // Plural heads are groups; singular ones are people ("one consultant", "a source")
    // unless they name an organisation or a document ("the ministry", "the statement").
    let class = if head.ends_with('s') && !head.ends_with("ss")
        || head == "police"
        || lexicon::is_org_word(head)
        || lexicon::is_organisation_or_document(head)
    {
        Class::Group
    } else {
        Class::Person
    };
    Some((
        Mention {
            span: Span::new(start, end),
            name,
            class,
            proper: false,
        },
        first,
        last,
    ))
}

/// A capitalised name between items `first` and `last`, titles and articles stripped.
/// The name in the capitalised run `first..=last`, and whether a title was stripped.
pub(crate) fn proper_name_at(doc: &Doc, first: usize, last: usize) -> Option<(Mention, bool)> {
    let det =
        first > 0 && doc.same_sentence(first - 1, first) && doc.word(first - 1) == Some("the");
    proper_name(doc, first, last, det).map(|(m, _, _, titled)| (m, titled))
}

fn proper_name(
    doc: &Doc,
    first: usize,
    last: usize,
    det: bool,
) -> Option<(Mention, usize, usize, bool)> {
    let mut a = first;
    let mut the = det;
    // Right after a quotation in its sentence a capital is a name's ("“…,” Most
    // said"), not the sentence's.
    let after_quote = first > 0
        && doc.same_sentence(first - 1, first)
        && matches!(doc.item(first - 1), Item::Quote(_));
    let sentence_word =
        |w: &str| lexicon::is_sentence_word(w) && (!after_quote || matches!(w, "the" | "a" | "an"));
    // Sentence-initial words that are not names: "But", "The", "Whatever".
    // "As The Daily Caller reported", "“…,” The Miami Herald reported": a
    // capital "The" after a lowercase word, a quotation or a sentence's opening
    // word is part of an organisation's name, and its name is written so.
    let mut kept_the = None;
    while a < last {
        let w = doc.word(a)?;
        if w == "the" {
            let after_lowercase = a > 0
                && doc.same_sentence(a - 1, a)
                && (doc.word(a - 1).is_some() && !doc.is_cap(a - 1)
                    || matches!(doc.item(a - 1), Item::Quote(_))
                    || doc.sent_start[doc.sent[a] as usize] == a - 1
                        && doc.word(a - 1).is_some_and(lexicon::is_sentence_word));
            if doc.is_cap(a) && after_lowercase {
                kept_the = Some(a);
            }
            the = true;
            a += 1;
        } else if sentence_word(w)
            // "said Will Doyle": mid-sentence, "Will" before a name is a given name.
            && !(lexicon::is_word_given_name(w) && a > 0 && doc.same_sentence(a - 1, a))
            || leading_connector(doc, a)
            // "Said Dorothy Poynter, who…": an inverted verb opening the sentence.
            || lexicon::speech_lemma(w).is_some_and(|l| lexicon::phrasal_particle(l).is_none())
        {
            a += 1;
        } else {
            break;
        }
    }
    if a == last
        && doc
            .word(a)
            .is_some_and(|w| sentence_word(w) || lexicon::is_title(w.trim_end_matches('.')))
    {
        return None;
    }
    if a == last {
        if let Some(w) = doc.word(a).filter(|w| lexicon::is_group_noun(w)) {
            // A capitalised common noun opening the sentence: "Officials said".
            let span = doc.word_span(a)?;
            return Some((
                Mention {
                    span,
                    name: w.to_string(),
                    class: Class::Group,
                    proper: false,
                },
                a,
                a,
                false,
            ));
        }
    }
    // Titles and roles: "Spokesman Josh Earnest", "ECB President Christine Lagarde",
    // "Secretary of State John Kerry" (stripped through the last title word).
    let mut titled = false;
    // "Del." is a title, "Del Toro" a name.
    let last_title = (a..last).rev().find(|&k| {
        doc.word(k).is_some_and(|w| {
            lexicon::is_title(w.trim_end_matches('.'))
                && (w.ends_with('.') || !is_name_connector(w))
        })
    });
    if let Some(t) = last_title {
        // "General Motors" is no general: strip only when a person's name follows.
        let is_org = (t + 1..=last).any(|k| {
            doc.word(k)
                .is_some_and(|w| lexicon::is_org_word(w.trim_end_matches('.')))
        });
        if !is_org {
            titled = true;
            a = t + 1;
            while a < last
                && doc
                    .word(a)
                    .is_some_and(|w| lexicon::is_portfolio(w.trim_end_matches('.')))
            {
                a += 1;
            }
        }
    }
    while a < last && leading_connector(doc, a) {
        a += 1;
    }
    let mut last = last;
    // rule title-case: in a headline's capitals a verb ends the name ("Obama Says
    // African-American Museum Will Tell…", "Hillary Clinton Speaks ‘…’"); an
    // auxiliary only before more capitals ("George Will" is a name).
    let headline_verb = |k: usize, inside: bool| {
        doc.is_cap(k)
            && doc.same_sentence(k, first)
            && doc.word(k).is_some_and(|w| {
                lexicon::speech_lemma(w).is_some_and(|l| lexicon::phrasal_particle(l).is_none())
                    || matches!(w, "speaks" | "spoke")
                    || lexicon::is_clause_verb(w) && inside
            })
    };
    let cut = (a + 1..=last).find(|&k| headline_verb(k, k < last));
    if let Some(verb) = cut {
        last = verb - 1;
    }
    // The headline's words before the name: "More Offensive Things Donald Trump
    // Says" is Donald Trump (from a given name, or the last two words).
    if (cut.is_some() || headline_verb(last + 1, false)) && last > a + 1 {
        a = (a..last)
            .find(|&k| {
                doc.word(k)
                    .is_some_and(|w| lexicon::given_name_gender(w).is_some())
            })
            .unwrap_or(last - 1);
    }
    // A day is no part of a name: "in Miami Tuesday".
    while last > a && doc.word(last).is_some_and(lexicon::is_calendar_word) {
        last -= 1;
    }
    // rule designation: "Jeb Bush of Florida", "G.K. Butterfield of North
    // Carolina", "Cameron Easley for Morning Consult": a person's state or body
    // after "of" or "for" is no part of the name.
    let org_word = |k: usize| {
        doc.word(k)
            .is_some_and(|w| lexicon::is_org_word(w.trim_end_matches('.')))
    };
    if !the && !(a..=last).any(org_word) {
        if let Some(of) = (a + 1..last).find(|&k| matches!(doc.word(k), Some("of" | "for"))) {
            last = of - 1;
        }
    }
    let start = doc.word_span(a)?.start;
    let mut end = doc.word_span(last)?.end;
    for suffix in ["'s", "’s"] {
        if end - start > suffix.len() && doc.text[start..end].ends_with(suffix) {
            end -= suffix.len();
        }
    }
    let name = doc.text[start..end].to_string();
    let words: Vec<&str> = (a..=last).filter_map(|k| doc.word(k)).collect();
    let org = the
        || words
            .iter()
            .any(|w| lexicon::is_org_word(w.trim_end_matches('.')))
        || (a == last && is_acronym(&doc.text[start..end]));
    let class = if org && !titled {
        Class::Group
    } else {
        Class::Person
    };
    let (span, name) = match kept_the.and_then(|k| doc.word_span(k)) {
        Some(t) if class == Class::Group && t.start < start => {
            (Span::new(t.start, end), doc.text[t.start..end].to_string())
        }
        _ => (Span::new(start, end), name),
    };
    let raw_first = if det && first > 0 { first - 1 } else { first };
    Some((
        Mention {
            span,
            name,
            class,
            proper: true,
        },
        raw_first,
        last,
        titled,
    ))
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// A connector at item `k` that starts no name: lowercase ("del Toro" after
/// "Benicio"), or "of" and "for"; a capitalised "De", "Van" or "Al" is a
/// name's first word ("De Luca", "Van Hollen", "Al Franken").
fn leading_connector(doc: &Doc, k: usize) -> bool {
    doc.word(k)
        .is_some_and(|w| is_name_connector(w) && (!doc.is_cap(k) || matches!(w, "of" | "for")))
}

fn is_name_connector(word: &str) -> bool {
    lexicon::is_name_connector(word)
}

/// The first item after a dateline opening the sentence at `start`
/// ("WASHINGTON (AP) —", "NEW YORK, Dec. 18 (Reuters) -"), or `start`.
fn skip_dateline(doc: &Doc, start: usize, at: usize) -> usize {
    let upper = |k: usize| {
        doc.word_span(k).is_some_and(|s| {
            let t = s.slice(doc.text);
            t.len() >= 2 && !t.chars().any(char::is_lowercase)
        })
    };
    if start > 0 && doc.para(start - 1) == doc.para(start) || !upper(start) {
        return start;
    }
    let mut k = start;
    while k < at && upper(k) {
        k += 1;
    }
    // An optional date and agency before the dash.
    let limit = (k + 8).min(at);
    while k < limit && !matches!(doc.item(k), Item::Punct('—' | '–' | '-', _)) {
        k += 1;
    }
    if k < at && matches!(doc.item(k), Item::Punct('—' | '–' | '-', _)) {
        k + 1
    } else {
        start
    }
}

/// When a US state's name or abbreviation (one or two capitalised words:
/// "New Hampshire", "N.H.", "Ind" and its full stop) or a day ("on Tuesday")
/// starting at item `k` is followed by a comma, the comma's item.
fn state_then_comma(doc: &Doc, k: usize) -> Option<usize> {
    let comma_at = |c: usize| {
        let c = if matches!(doc.get(c), Some(Item::Punct('.', _))) {
            c + 1
        } else {
            c
        };
        (doc.same_sentence(c, k) && matches!(doc.get(c), Some(Item::Punct(',', _)))).then_some(c)
    };
    let first = doc.word(k)?;
    if matches!(first, "on" | "last" | "this")
        && doc.word(k + 1).is_some_and(lexicon::is_calendar_word)
    {
        return comma_at(k + 2);
    }
    if !doc.is_cap(k) {
        return None;
    }
    let bare = first.trim_end_matches('.');
    if lexicon::is_calendar_word(bare) || lexicon::is_us_state(bare) {
        if let Some(c) = comma_at(k + 1) {
            return Some(c);
        }
    }
    let second = doc.word(k + 1).filter(|_| doc.is_cap(k + 1))?;
    let two = [first, second].join(" ");
    lexicon::is_us_state(&two)
        .then(|| comma_at(k + 2))
        .flatten()
}

/// The subject of the sentence holding item `at`: the first name or pronoun that
/// no preposition governs, after any opening phrase ("In a lengthy discussion …, Obama took").
/// True when the word at item `k`, opening a sentence, is a participle or an
/// adverb heading a phrase that a comma closes before item `at` ("Facing
/// pressure from Republicans, Mr. Trump…", "Hastily, the aides…"): not the
/// subject. A name with such an ending ("Manning urged", "Kelly said") is
/// followed by its verb.
fn opening_modifier(doc: &Doc, k: usize, at: usize) -> bool {
    let Some(w) = doc.word(k) else { return false };
    let shaped = w.len() >= 5 && (w.ends_with("ing") || w.ends_with("ly"));
    let next_is_verb = doc.word(k + 1).is_some_and(|x| {
        x.ends_with("ed")
            || x.ends_with('s')
            || lexicon::is_clause_verb(x)
            || lexicon::speech_lemma(x).is_some()
    });
    shaped
        && lexicon::given_name_gender(w).is_none()
        && !next_is_verb
        && (k + 1..at.min(k + SUBJECT_REACH)).any(|j| matches!(doc.item(j), Item::Punct(',', _)))
}

pub(crate) fn sentence_subject(doc: &Doc, at: usize) -> Option<(Mention, usize, usize)> {
    let sid = doc.sent[at];
    let start = doc.sent_start[sid as usize];
    let mut k = skip_dateline(doc, start, at);
    // rule sentence-subject: skip an opening prepositional phrase up to its comma.
    if doc.word(k).is_some_and(|w| {
        lexicon::is_preposition(w)
            || lexicon::opens_subordinate(w)
            || w == "back" && matches!(doc.word(k + 1), Some("in" | "when" | "then"))
    }) || opening_modifier(doc, k, at)
    {
        while k < at.min(start + SUBJECT_REACH) && !matches!(doc.item(k), Item::Punct(',', _)) {
            k += 1;
        }
        k += 1;
        // "Speaking in Salem, New Hampshire, Trump went after Bush": the state
        // after the city's comma still belongs to the opening phrase.
        // "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders…".
        for _ in 0..2 {
            match state_then_comma(doc, k) {
                Some(comma) => k = comma + 1,
                None => break,
            }
        }
    }
    let mut governed = false;
    // Subjects come early: a bounded look keeps this constant-time per quotation.
    let stop = at.min(start + SUBJECT_REACH);
    let opening = k;
    while k < stop && doc.same_sentence(k, at) {
        match doc.item(k) {
            Item::Word(_) => {
                let w = doc.word(k)?;
                // "The president took a swipe at Congress, saying…": a described
                // subject, told by the verb after it.
                if k == opening && lexicon::is_determiner(w) {
                    let mut j = k + 1;
                    while j < stop
                        && j < k + 5
                        && doc.word(j).is_some_and(|x| {
                            !lexicon::is_clause_verb(x)
                                && lexicon::speech_lemma(x).is_none()
                                && !lexicon::is_preposition(x)
                                && !crate::lexicon::is_stopword(x)
                        })
                    {
                        j += 1;
                    }
                    let verb = doc
                        .word(j)
                        .is_some_and(|x| lexicon::is_clause_verb(x) || x.ends_with("ed"));
                    if j > k + 1 && verb {
                        return described(doc, k, j - 1);
                    }
                }
                if lexicon::pronoun(w).is_some() && !governed {
                    return np_before(doc, k + 1);
                }
                if doc.is_cap(k) && !governed && !lexicon::is_sentence_word(w) {
                    let cap_run_end = |from: usize| {
                        let mut last = from;
                        while doc.same_sentence(last + 1, at)
                            && last + 1 < at
                            && doc.is_cap(last + 1)
                        {
                            last += 1;
                        }
                        last
                    };
                    let mut last = cap_run_end(k);
                    // "In a speech in Fort Pierce, Florida Friday, Clinton laid out":
                    // a place and a day still belong to the opening phrase.
                    if doc.word(last).is_some_and(lexicon::is_calendar_word)
                        && matches!(doc.get(last + 1), Some(Item::Punct(',', _)))
                    {
                        k = last + 1;
                        continue;
                    }
                    // "Furious mum Kelly, 29, fumed:": the name the words lead to.
                    if let Some(head) = head_after_modifiers(doc, k, last).filter(|&h| h < at) {
                        last = cap_run_end(head);
                    } else if doc.word(last).is_some_and(|w| w.ends_with("'s")) {
                        // "Halloran's campaign manager, Lydia Vance, defended…".
                        if let Some((m, b)) = role_appositive(doc, last + 1).filter(|r| r.1 < at) {
                            return Some((m, k, b));
                        }
                    }
                    return np_before(doc, last + 1);
                }
                if lexicon::speech_lemma(w).is_some() {
                    return None; // the verb came before any subject
                }
                if lexicon::is_preposition(w) {
                    governed = true;
                }
            }
            Item::Punct(..) => governed = false,
            Item::Quote(_) => return None,
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of cue words: the rule, a text, its cues with their subjects.
    type CueRow<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    /// Each cue of `text` as (its words, its subject's name or "").
    fn cues(text: &str) -> Vec<(String, String)> {
        super::super::doc::with_doc(text, |doc| {
            events(doc)
                .iter()
                .map(|e| {
                    let name = e.mention.as_ref().map_or(String::new(), |m| m.name.clone());
                    (e.cue.slice(text).to_string(), name)
                })
                .collect()
        })
    }

    #[test]
    fn cue_words() {
        // (rule, text, the cues with their subjects)
        let table: &[CueRow] = &[
            (
                "phrasal-cue",
                "“No,” Quist shot back.",
                &[("shot back", "Quist")],
            ),
            ("phrasal-cue", "“No,” Vale cut in.", &[("cut in", "Vale")]),
            (
                "phrasal-cue",
                "“Go,” Pruitt went on to say.",
                &[("went on to say", "Pruitt")],
            ),
            (
                "phrasal-cue",
                "“And,” Norris went on, “more.”",
                &[("went on", "Norris")],
            ),
            (
                "phrasal-cue",
                "“Yes,” Lind pointed out.",
                &[("pointed out", "Lind")],
            ),
            (
                "phrasal-cue",
                "“Out,” Ilse piped up from the back.",
                &[("piped up", "Ilse")],
            ),
            (
                "phrasal-cue",
                "“Fine,” Dunn hit back on Twitter.",
                &[("hit back", "Dunn")],
            ),
            (
                "phrasal-cue",
                "As Pruitt put it, the county is “broke.”",
                &[("put it", "Pruitt")],
            ),
            // A phrasal cue needs its particle, and some a pause after it.
            ("phrasal-cue", "Quist shot a video of the “protest.”", &[]),
            ("phrasal-cue", "The strike went on for weeks.", &[]),
            (
                "phrasal-cue",
                "The board cut in half the “rainy day” fund.",
                &[],
            ),
            (
                "noun-form",
                "“The vote was fair,” Vale states in the filing.",
                &[("states", "Vale")],
            ),
            (
                "noun-form",
                "She states that it was “fair.”",
                &[("states", "she")],
            ),
            (
                "noun-form",
                "The New York Post reports that it was “over.”",
                &[("reports", "New York Post")],
            ),
            (
                "noun-form",
                "Voters in 50 states and the United States agree.",
                &[],
            ),
            (
                "noun-form",
                "News reports called it “a rout.”",
                &[("called", "")],
            ),
            ("noun-form", "Mr. Powell's emails were “private.”", &[]),
            (
                "according-to",
                "In the words of Coach Rita Bell, it was “bad.”",
                &[("In the words of", "Rita Bell")],
            ),
            (
                "cue verbs",
                "Cruz blamed the law on “knuckleheaded politicians.”",
                &[("blamed", "Cruz")],
            ),
            (
                "cue verbs",
                "Supporters kicked him, with Trump yelling: “Get him out!”",
                &[("yelling", "Trump")],
            ),
            (
                "phrasal-cue",
                "As Trump went on about “how the system is rigged,” she nodded.",
                &[("went on", "Trump")],
            ),
            (
                "inverted",
                "Scott beamed and asked the crowd to welcome “my new best friend.”",
                &[("asked", "")],
            ),
            (
                "participle-subject",
                "The ad uses footage of Hillary Clinton asking, “Why?”",
                &[("asking", "Hillary Clinton")],
            ),
        ];
        for (rule, text, want) in table {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(c, s)| (c.to_string(), s.to_string()))
                .collect();
            assert_eq!(cues(text), want, "rule {rule}: {text:?}");
        }
    }

    #[test]
    fn speaker_phrase() {
        // (rule, text, the subject of its first cue)
        let table: &[(&str, &str, &str)] = &[
            (
                "time-words",
                "Pruitt on Wednesday described it as “a mess.”",
                "Pruitt",
            ),
            (
                "time-words",
                "Okafor last week called it “a disgrace.”",
                "Okafor",
            ),
            ("time-words", "Quist Tuesday said it was “over.”", "Quist"),
            (
                "time-words",
                "Sen. Ida Marr (D-Vt.) on Saturday criticized the “deal.”",
                "Ida Marr",
            ),
            (
                "time-words",
                "Paul Ryan, the Speaker, on Tuesday called it “racist.”",
                "Paul Ryan",
            ),
            (
                "inverted",
                "“Pray,” said the Rev. Amos Whitley, pastor of Grace Chapel.",
                "Amos Whitley",
            ),
            ("inverted", "“Start,” said Del. Nora Pike.", "Nora Pike"),
            (
                "inverted",
                "“Done,” said state Auditor Ken Olafsen.",
                "Ken Olafsen",
            ),
            (
                "inverted",
                "“Win,” said the Democratic nominee, Hillary Clinton.",
                "Hillary Clinton",
            ),
            (
                "apposition (role)",
                "“Appeal,” said Dunn's lawyer, Maya Frey.",
                "Maya Frey",
            ),
            (
                "speaker-phrase head",
                "“Solvent,” said spokeswoman Tessa Marlowe.",
                "Tessa Marlowe",
            ),
            (
                "speaker-phrase head",
                "“Real,” said his chief of staff Arlo Fenn.",
                "Arlo Fenn",
            ),
            (
                "designation (body)",
                "“Fair,” Ms. Tanaka of the Riverkeepers Alliance said.",
                "Tanaka",
            ),
            (
                "designation",
                "“No,” Sen. Holt Barrow, R-Ky., told reporters.",
                "Holt Barrow",
            ),
            (
                "apposition (long)",
                "“Far,” Marta Ilse, 34, of Fort Wayne, Ind., said.",
                "Marta Ilse",
            ),
            (
                "proper-name",
                "“Not negotiable,” De Luca told the committee.",
                "De Luca",
            ),
            ("proper-name", "“We lost,” Most said.", "Most"),
            (
                "title-case",
                "Obama Says Museum Will Tell of “Suffering.”",
                "Obama",
            ),
            (
                "title-case",
                "More Offensive Things Donald Trump Says About “Losers.”",
                "Donald Trump",
            ),
            (
                "time-words",
                "“Soon,” said Ron Banks in Miami Tuesday.",
                "Ron Banks",
            ),
            (
                "relative-subject",
                "It drew fire from Councilman Otis Greer, who complained that it was “bad.”",
                "Otis Greer",
            ),
            (
                "relative-subject",
                "Leo Barr, a company spokesman, who called it “painful,” left.",
                "Leo Barr",
            ),
        ];
        for (rule, text, want) in table {
            let found = cues(text).into_iter().next().map(|(_, s)| s);
            assert_eq!(found.as_deref(), Some(*want), "rule {rule}: {text:?}");
        }
    }

    #[test]
    fn sentence_subjects() {
        // (rule, a one-sentence text, its subject)
        let table: &[(&str, &str, &str)] = &[
            (
                "sentence-subject",
                "Speaking in Salem, New Hampshire, Trump went after Bush.",
                "Trump",
            ),
            (
                "sentence-subject",
                "In a speech in Fort Pierce, Florida Friday, Clinton laid out plans.",
                "Clinton",
            ),
            (
                "sentence-subject",
                "Hours later, Trump returned the compliment.",
                "Trump",
            ),
            (
                "sentence-subject",
                "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed her.",
                "Bernie Sanders",
            ),
            (
                "apposition (role)",
                "Halloran's campaign manager, Lydia Vance, defended her boss.",
                "Lydia Vance",
            ),
        ];
        for (rule, text, want) in table {
            let found = super::super::doc::with_doc(text, |doc| {
                sentence_subject(doc, doc.len() - 1).map(|(m, _, _)| m.name)
            });
            assert_eq!(found.as_deref(), Some(*want), "rule {rule}: {text:?}");
        }
    }

    #[test]
    fn reported_clause() {
        // rule reported-clause: a cue inside the clause another cue reports is none.
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "Okafor said the mayor's staff would never admit it was “in freefall.”",
                &[("said", "Okafor")],
            ),
            (
                "Marsh told reporters that the developer's claim was “pure fiction.”",
                &[("told", "Marsh")],
            ),
            // An inner cue that goes on with the clause is none.
            (
                "Ross said Obama had told Jewish leaders that there would be “no daylight.”",
                &[("said", "Ross")],
            ),
            (
                "Trump said during a rally in Michigan that Clinton once described the deal as “the gold standard.”",
                &[("said", "Trump")],
            ),
            // A saying the clause reports, with its own quotation, is one.
            (
                "Police say the alleged attacker shouted “You will pay” as he fled.",
                &[("say", "police"), ("shouted", "the alleged attacker")],
            ),
            // A relative clause has its own speaker.
            (
                "Trump told Kelly, who said it was “a disgrace.”",
                &[("told", "Trump"), ("said", "Kelly")],
            ),
        ];
        for (text, want) in table {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(c, s)| (c.to_string(), s.to_string()))
                .collect();
            assert_eq!(cues(text), want, "{text:?}");
        }
    }
}
