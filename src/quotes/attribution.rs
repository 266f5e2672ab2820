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
    for i in 0..doc.len() {
        // Most words are neither "according" nor a speech verb: told so from
        // their bytes, before their text is looked at.
        let Some(bytes) = doc.word_bytes(i) else {
            continue;
        };
        if bytes != b"according" && !lexicon::may_be_speech(bytes) {
            continue;
        }
        let Some(w) = doc.word(i) else { continue };
        if w == "according" && doc.word(i + 1) == Some("to") && doc.same_sentence(i, i + 1) {
            // rule according-to: the source follows "according to".
            let (mention, items) = match np_after(doc, i + 2) {
                Some((m, a, b)) => (Some(m), Some((a, b))),
                None => (None, None),
            };
            let end = doc.word_span(i + 1).map_or(0, |s| s.end);
            let start = doc.word_span(i).map_or(0, |s| s.start);
            out.push(Event {
                item: i,
                last: i + 1,
                cue: Span::new(start, end),
                lemma: "according to",
                mention,
                mention_items: items,
            });
            continue;
        }
        let Some(lemma) = lexicon::speech_lemma(w) else {
            continue;
        };
        if lemma == "put it" && !(doc.word(i + 1) == Some("it") && doc.same_sentence(i, i + 1)) {
            continue;
        }
        let prev = if i > 0 && doc.same_sentence(i - 1, i) {
            doc.word(i - 1)
        } else {
            None
        };
        let next = doc.word(i + 1);
        let noun_like = w == lemma; // "a claim", "a say"; not French "a dit"
                                    // Plural nouns that are also verb forms: "his notes", "their calls".
        let plural_noun = w.ends_with('s') && !w.ends_with("ss");
        if prev.is_some_and(|p| {
            p == "the"
                || (noun_like || plural_noun)
                    && matches!(
                        p,
                        "a" | "an"
                            | "this"
                            | "that"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "my"
                            | "our"
                            | "your"
                            | "these"
                            | "those"
                    )
        }) {
            continue; // "the said amount", "a claim", "her warn…", "his notes"
        }
        let passive = prev
            .is_some_and(|p| matches!(p, "was" | "were" | "is" | "are" | "be" | "been" | "being"));
        if passive && (next == Some("to") || !w.ends_with("ing")) {
            continue; // "is said to", "was told"
        }
        if next == Some("by") && lexicon::names_the_object(lemma) && !w.ends_with("ing") {
            continue; // "a decision hailed by activists", "a plan criticized by"
        }
        let cue = doc.word_span(i).unwrap_or_default();
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
                .filter(|(m, a, _)| {
                    m.proper
                        && !(*a > 0
                            && doc.same_sentence(a - 1, *a)
                            && doc
                                .word(a - 1)
                                .is_some_and(|w| w != "with" && lexicon::is_preposition(w)))
                })
        } else {
            subject_before(doc, i).or_else(|| {
                // rule inverted: "says Lewis"; "told Lewis" names the listener.
                (!lexicon::names_the_object(lemma))
                    .then(|| np_after(doc, i + 1))
                    .flatten()
            })
        };
        let (mention, items) = match found {
            Some((m, a, b)) => (Some(m), Some((a, b))),
            None => (None, None),
        };
        out.push(Event {
            item: i,
            last: i,
            cue,
            lemma,
            mention,
            mention_items: items,
        });
    }
    out
}

/// The subject written before the verb at item `v`, skipping adverbs and an apposition.
fn subject_before(doc: &Doc, v: usize) -> Option<(Mention, usize, usize)> {
    let mut j = v;
    while j > 0 && doc.same_sentence(j - 1, v) {
        match doc.word(j - 1) {
            Some(w) if lexicon::is_verb_filler(w) && !doc.is_cap(j - 1) => j -= 1,
            _ => match designation_before(doc, j) {
                Some(open) => j = open,
                None => break,
            },
        }
    }
    if j == 0 || !doc.same_sentence(j - 1, v) {
        return None;
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
                || matches!(
                    opener,
                    "who"
                        | "whose"
                        | "which"
                        | "former"
                        | "chief"
                        | "also"
                        | "now"
                        | "herself"
                        | "himself"
                )
                || lexicon::is_title(opener)
                // "McDonnell, for his part, said": a parenthetical phrase.
                || lexicon::is_preposition(opener);
            if !apposition || k == 0 || !doc.same_sentence(k - 1, v) {
                return None;
            }
            np_before(doc, k)
        }
        Item::Word(_) => np_before(doc, j),
        _ => None,
    }
}

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
        let (m, a, b) = np_before(doc, k)?;
        // The name opens the sentence, follows a comma, or follows the quotation
        // it speaks (“…,” Jeff Weaver, Sanders' campaign manager, said).
        let opens =
            a == start || a > 0 && matches!(doc.item(a - 1), Item::Punct(',', _) | Item::Quote(_));
        if m.proper && m.class == Class::Person && opens && b + 1 == k {
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
    if doc.is_cap(last) {
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
        while first < last && doc.word(first).is_some_and(is_name_connector) {
            first += 1;
        }
        let det =
            first > 0 && doc.same_sentence(first - 1, last) && doc.word(first - 1) == Some("the");
        let name_first = if det { first - 1 } else { first };
        // "a spokeswoman for Amazon": the described person, not the organisation.
        if name_first >= 2
            && doc.same_sentence(name_first - 2, last)
            && doc
                .word(name_first - 1)
                .is_some_and(|p| matches!(p, "for" | "of" | "at" | "with"))
            && !doc.is_cap(name_first - 2)
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
        return proper_name(doc, first, last, det).map(|(m, a, b, _)| (m, a, b));
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

/// The noun phrase starting at item `a`, after an inverted verb: "says Lewis, who…".
pub(crate) fn np_after(doc: &Doc, a: usize) -> Option<(Mention, usize, usize)> {
    let w = doc.word(a)?;
    // "said he." is inverted; "said he was" opens the reported clause.
    let clause_follows = doc.same_sentence(a + 1, a)
        && doc.word(a + 1).is_some_and(|n| {
            !lexicon::is_verb_filler(n)
                || matches!(
                    n,
                    "was"
                        | "is"
                        | "had"
                        | "has"
                        | "would"
                        | "will"
                        | "could"
                        | "did"
                        | "does"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "have"
                        | "do"
                )
        });
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
    if doc.is_cap(a) && !(lexicon::is_sentence_word(w) && w != "the") {
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
    if lexicon::is_group_noun(w) {
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
        if matches!(
            n,
            "who"
                | "which"
                | "that"
                | "in"
                | "on"
                | "at"
                | "when"
                | "after"
                | "before"
                | "and"
                | "but"
                | "as"
                | "while"
                | "because"
                | "during"
                | "to"
                | "by"
                | "from"
                | "last"
                | "this"
                | "told"
                | "said"
                | "says"
                | "with"
                | "familiar"
                | "close"
                | "seen"
                | "obtained"
                | "reviewed"
                | "briefed"
                | "speaking"
        ) || lexicon::is_calendar_word(n)
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
    // "said a witness, Maria Gomez.": the name in apposition is the speaker.
    if matches!(doc.get(last + 1), Some(Item::Punct(',', _)))
        && doc.same_sentence(last + 2, a)
        && doc.is_cap(last + 2)
    {
        if let Some((m, _, b)) = np_after(doc, last + 2) {
            let closes = matches!(
                doc.get(b + 1),
                None | Some(Item::Punct(',' | '.' | ';' | ')', _))
            ) || !doc.same_sentence(b + 1, a);
            if m.proper && m.class == Class::Person && closes {
                return Some((m, a, b));
            }
        }
    }
    described(doc, a, last)
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
        || matches!(
            head,
            "company"
                | "firm"
                | "family"
                | "statement"
                | "report"
                | "memo"
                | "letter"
                | "website"
                | "newspaper"
                | "channel"
                | "study"
                | "survey"
                | "document"
                | "filing"
                | "ministry"
                | "government"
                | "group"
                | "agency"
                | "union"
                | "council"
                | "court"
                | "state"
                | "country"
                | "city"
                | "club"
                | "brand"
                | "network"
                | "station"
                | "paper"
                | "magazine"
                | "account"
                | "post"
                | "video"
                | "message"
                | "note"
                | "release"
        ) {
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
    // Sentence-initial words that are not names: "But", "The", "Whatever".
    while a < last {
        let w = doc.word(a)?;
        if w == "the" {
            the = true;
            a += 1;
        } else if lexicon::is_sentence_word(w) || is_name_connector(w) {
            a += 1;
        } else {
            break;
        }
    }
    if a == last
        && doc.word(a).is_some_and(|w| {
            lexicon::is_sentence_word(w) || lexicon::is_title(w.trim_end_matches('.'))
        })
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
    let last_title = (a..last).rev().find(|&k| {
        doc.word(k)
            .is_some_and(|w| lexicon::is_title(w.trim_end_matches('.')))
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
    while a < last && doc.word(a).is_some_and(is_name_connector) {
        a += 1;
    }
    let mut last = last;
    // rule designation: "Jeb Bush of Florida", "G.K. Butterfield of North
    // Carolina": a person's state or body after "of" is no part of the name.
    let org_word = |k: usize| {
        doc.word(k)
            .is_some_and(|w| lexicon::is_org_word(w.trim_end_matches('.')))
    };
    if !the && !(a..=last).any(org_word) {
        if let Some(of) = (a + 1..last).find(|&k| doc.word(k) == Some("of")) {
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
    let raw_first = if det && first > 0 { first - 1 } else { first };
    Some((
        Mention {
            span: Span::new(start, end),
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

fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "de"
            | "van"
            | "von"
            | "ten"
            | "ter"
            | "du"
            | "di"
            | "dos"
            | "das"
            | "da"
            | "bin"
            | "al"
            | "le"
            | "la"
            | "der"
            | "den"
            | "del"
    )
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

/// The subject of the sentence holding item `at`: the first name or pronoun that
/// no preposition governs, after any opening phrase ("In a lengthy discussion …, Obama took").
pub(crate) fn sentence_subject(doc: &Doc, at: usize) -> Option<(Mention, usize, usize)> {
    let sid = doc.sent[at];
    let start = doc.sent_start[sid as usize];
    let mut k = skip_dateline(doc, start, at);
    // rule sentence-subject: skip an opening prepositional phrase up to its comma.
    if doc.word(k).is_some_and(|w| {
        lexicon::is_preposition(w)
            || matches!(w, "while" | "although" | "when" | "asked" | "speaking")
    }) {
        while k < at.min(start + SUBJECT_REACH) && !matches!(doc.item(k), Item::Punct(',', _)) {
            k += 1;
        }
        k += 1;
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
                    // "Furious mum Kelly, 29, fumed:": the name the words lead to.
                    if let Some(head) = head_after_modifiers(doc, k, last).filter(|&h| h < at) {
                        last = cap_run_end(head);
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
