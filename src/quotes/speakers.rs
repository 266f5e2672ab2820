//! Speaker identity: one speaker per person or group across the article.
//!
//! A capitalised mention takes the fullest name the article gives that ends in
//! the same words ("Earnest" → "Josh Earnest"); titles and roles are stripped
//! ("President Obama" → "Obama"). Pronouns take the most recent fitting speaker
//! or titled person before them: "he" and "she" a person, "they" a group.

use crate::hash::FxMap;

use super::attribution::{proper_name_at, Class, Event, Mention};
use super::doc::{Doc, Item};
use super::lexicon;

/// How many recent people a pronoun looks back over.
const PRONOUN_REACH: usize = 8;
/// How many sentences back "he" and "she" look for the person they refer to.
const SALIENCE_SENTENCES: usize = 8;
/// How many different names ending in the same word are kept.
const MAX_SAME_LAST: usize = 16;
/// The longest name (in words) kept in the index.
const MAX_NAME_WORDS: usize = 5;
/// How far into a sentence a pronoun may be and still be what it is about
/// ("In a speech on Friday, she …").
const CHAIN_REACH: usize = 8;
/// Most lowercase words of a role between a modifying name and the person's
/// name ("Trump campaign spokesman Jason Miller").
const MAX_ROLE_WORDS: usize = 4;

/// Every capitalised name in the article, by its last word.
pub(crate) struct Names {
    /// A last word's list in `lists` (a map to an index is of a type used
    /// elsewhere, which shares its code in the `.wasm`).
    by_last: FxMap<String, usize>,
    /// The names ending in each last word: their words (see [`words_of`]), how
    /// many, the name as written, and where it is first written.
    lists: Vec<Vec<(String, usize, String, usize)>>,
    /// Titled or introduced people ("Spokesman Josh Earnest") by position:
    /// antecedents for pronouns.
    people: Vec<(usize, String)>,
    /// Every person named outside quotations, in text order: candidates for
    /// the pronouns that follow.
    persons: Vec<Person>,
}

/// A person named in the text.
struct Person {
    /// The item the name's words start at.
    item: usize,
    /// The name as written (titles stripped).
    name: String,
    /// What the name's title or given name says of the person's gender.
    female: Option<bool>,
    /// Titled ("President Obama") or described ("the mayor"): surely a person.
    titled: bool,
    /// A full name opening its sentence ("Rakeyia Scott can be heard …"): the
    /// sentence is about this person.
    subject: bool,
    /// Introduced with an apposition ("Henry Crespo, president of the caucus"):
    /// the person the sentence brings in, whoever its subject is.
    introduced: bool,
    /// Only a modifier of someone else's role ("Trump campaign spokesman Jason
    /// Miller", "Clinton's aide"): not who the sentence is about.
    modifier: bool,
}

/// Singular nouns for people ("the mayor said … she").
fn is_person_noun(w: &str) -> bool {
    super::lexicon::is_title(w)
        || matches!(
            w,
            "woman"
                | "man"
                | "mum"
                | "mom"
                | "dad"
                | "girl"
                | "boy"
                | "mother"
                | "father"
                | "lawyer"
                | "witness"
                | "doctor"
                | "nurse"
                | "teacher"
                | "farmer"
                | "pilot"
                | "driver"
                | "victim"
                | "suspect"
                | "singer"
                | "actor"
                | "actress"
                | "author"
                | "writer"
                | "owner"
                | "star"
                | "player"
                | "manager"
                | "official"
                | "spokesman"
                | "spokeswoman"
                | "resident"
                | "student"
                | "scientist"
        )
}

/// True when mention `m` surely names someone a later "he" or "she" may refer
/// to: a pronoun, a name, or a description headed by a noun for a person ("the
/// mayor", "one questioner"), not a thing that "noted" or "labeled" something
/// ("the statement", "a box").
fn names_someone(m: &Mention) -> bool {
    match m.class {
        Class::Pronoun(group) => !group,
        Class::Person if m.proper => true,
        Class::Person => m.name.rsplit(' ').next().is_some_and(|head| {
            is_person_noun(&crate::case::lowercase(head)) || is_agent_noun(head)
        }),
        Class::Group => false,
    }
}

/// A noun for someone who does something, by its ending: "questioner",
/// "protester", "strategist", "historian", "negotiator".
fn is_agent_noun(w: &str) -> bool {
    w.len() > 5
        && ["er", "or", "ist", "ian"]
            .iter()
            .any(|end| w.ends_with(end))
        && !lexicon::is_thing_noun(w)
}

/// The words of a name, lowercase with `’` folded to `'`, one space between
/// each (one string, not one per word), with how many there are.
fn words_of(name: &str) -> (String, usize) {
    let mut out = String::with_capacity(name.len());
    let count = words_into(&mut out, name);
    (out, count)
}

/// [`words_of`] into `out`, which is cleared first; returns how many words.
fn words_into(out: &mut String, name: &str) -> usize {
    out.clear();
    let mut count = 0;
    for w in name.split_whitespace() {
        if count > 0 {
            out.push(' ');
        }
        count += 1;
        super::doc::push_lower(out, w);
    }
    count
}

/// The last word of [`words_of`]'s string.
fn last_word(words: &str) -> &str {
    words.rsplit(' ').next().unwrap_or(words)
}

/// True when `words` end in the whole words of `tail` (both [`words_of`] strings).
fn ends_in_words(words: &str, tail: &str) -> bool {
    words.len() == tail.len() && words == tail
        || words.ends_with(tail) && words.as_bytes()[words.len() - tail.len() - 1] == b' '
}

impl Names {
    /// Indexes the names written outside quotations.
    #[inline(never)]
    pub fn build(doc: &Doc) -> Names {
        let mut names = Names {
            by_last: FxMap::default(),
            lists: Vec::new(),
            people: Vec::new(),
            persons: Vec::new(),
        };
        let n = doc.len();
        let mut words = String::new();
        let mut i = 0;
        while i < n {
            // "The mayor spoke…": a described person opening a sentence.
            if doc.sent_start[doc.sent[i] as usize] == i
                && doc.word(i) == Some("the")
                && doc.same_sentence(i + 1, i)
                && doc.word(i + 1).is_some_and(is_person_noun)
                && !doc.is_cap(i + 1)
            {
                if let (Some(a), Some(b)) = (doc.word_span(i), doc.word_span(i + 1)) {
                    let name = format!("the {}", &doc.text[b.start..b.end]);
                    names.persons.push(Person {
                        item: i,
                        name: name.clone(),
                        female: doc.word(i + 1).and_then(lexicon::title_gender),
                        titled: true,
                        subject: true,
                        introduced: false,
                        modifier: false,
                    });
                    names.people.push((a.start, name));
                }
            }
            if !doc.is_cap(i) {
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i;
            while last + 1 < n && doc.same_sentence(last + 1, first) && last - first < 6 {
                let Some(w) = doc.word(last) else { break };
                if w.ends_with("'s") {
                    break;
                }
                if doc.is_cap(last + 1) {
                    last += 1;
                } else if doc.word(last + 1).is_some_and(|c| {
                    matches!(c, "of" | "for" | "de" | "van" | "von" | "al" | "bin")
                }) && doc.same_sentence(last + 2, first)
                    && doc.is_cap(last + 2)
                {
                    last += 2;
                } else {
                    break;
                }
            }
            if let Some((m, titled)) = proper_name_at(doc, first, last) {
                // Most names come again and again: their words are made in a
                // buffer and kept only for a name not seen before.
                let count = words_into(&mut words, &m.name);
                if count != 0 && count <= MAX_NAME_WORDS {
                    // A titled name, or a full name opening a sentence ("Maria Lopez runs
                    // the bakery"), is someone a later "she" may refer to.
                    let opens = doc.sent_start[doc.sent[first] as usize] == first
                        && count >= 2
                        && (last + 1 >= n
                            || !doc.same_sentence(last + 1, first)
                            || !doc.is_cap(last + 1));
                    if (titled || opens) && m.class == Class::Person {
                        names.people.push((m.span.start, m.name.clone()));
                    }
                    if m.class == Class::Person {
                        names.persons.push(Person {
                            item: first,
                            name: m.name.clone(),
                            female: gender_of_name(doc, first, last, &words, count),
                            titled,
                            subject: opens,
                            introduced: is_introduced(doc, last),
                            modifier: is_modifier(doc, last),
                        });
                    }
                    let last = last_word(&words);
                    let list = match names.by_last.get(last) {
                        Some(&list) => list,
                        None => {
                            names.lists.push(Vec::new());
                            names
                                .by_last
                                .insert(last.to_string(), names.lists.len() - 1);
                            names.lists.len() - 1
                        }
                    };
                    let entry = &mut names.lists[list];
                    // A bounded list per last word keeps lookups constant-time.
                    if entry.len() < MAX_SAME_LAST && !entry.iter().any(|(w, ..)| *w == words) {
                        entry.push((words.clone(), count, m.name, m.span.start));
                    }
                }
            }
            i = last + 1;
        }
        names
    }

    /// The fullest form of `name`, written at byte `pos`, that the article gives
    /// (the name itself when none is fuller): of two people sharing a surname
    /// ("Gary Johnson", later "Jeh Johnson"), the one named last before `pos`.
    pub fn fullest(&self, name: &str, pos: usize) -> String {
        let (words, count) = words_of(name);
        if count == 0 {
            return name.to_string();
        }
        let list = self.by_last.get(last_word(&words)).map(|&l| &self.lists[l]);
        let fuller = || {
            list.into_iter()
                .flatten()
                .filter(|c| c.1 > count && ends_in_words(&c.0, &words))
        };
        let longest = || fuller().max_by_key(|c| (c.1, std::cmp::Reverse(c.3)));
        // "Hillary Rodham Clinton" and "Hillary Clinton" are one person: the
        // longest form names her. Different first names are different people.
        let first_word =
            |c: &(String, usize, String, usize)| c.0.split(' ').next().map(str::to_owned);
        let one_person = longest().is_none_or(|l| {
            let first = first_word(l);
            fuller().all(|c| first_word(c) == first)
        });
        let best = if one_person {
            longest()
        } else {
            fuller()
                .filter(|c| c.3 <= pos)
                .max_by_key(|c| (c.3, c.1))
                .or_else(longest)
        };
        best.map_or_else(|| name.to_string(), |b| b.2.clone())
    }
}

/// True when the name ending at item `last` is followed by an apposition that
/// says who the person is: ", president of …", ", a retired machinist", ", 47,".
fn is_introduced(doc: &Doc, last: usize) -> bool {
    matches!(doc.get(last + 1), Some(Item::Punct(',', _)))
        && doc.same_sentence(last + 2, last)
        && doc.word(last + 2).is_some_and(|w| {
            matches!(w, "a" | "an" | "the" | "who")
                || is_person_noun(w)
                || w.bytes().all(|b| b.is_ascii_digit())
        })
}

/// True when the name ending at item `last` only modifies a role that another
/// name follows ("Trump campaign spokesman Jason Miller", "Clinton's aide Huma
/// Abedin"), or is a possessive.
fn is_modifier(doc: &Doc, last: usize) -> bool {
    if doc.word(last).is_some_and(|w| w.ends_with("'s")) {
        return true;
    }
    let role = (last + 1..last + 1 + MAX_ROLE_WORDS)
        .take_while(|&k| doc.same_sentence(k, last) && !doc.is_cap(k))
        .take_while(|&k| doc.word(k).is_some_and(|w| !crate::lexicon::is_stopword(w)))
        .last();
    role.is_some_and(|r| {
        doc.word(r).is_some_and(is_person_noun)
            && doc.same_sentence(r + 1, last)
            && doc.is_cap(r + 1)
    })
}

/// What a name's words say of a person's gender: a gendered title before the
/// name ("Ms. Sherry", "Congresswoman Ames"), else the usual gender of a given
/// name ("Hillary Clinton"; a lone surname says nothing).
fn gender_of_name(doc: &Doc, first: usize, last: usize, words: &str, count: usize) -> Option<bool> {
    let titled = (first.saturating_sub(1)..=last).find_map(|k| {
        doc.same_sentence(k, first)
            .then(|| doc.word(k))
            .flatten()
            .and_then(|w| lexicon::title_gender(w.trim_end_matches('.')))
    });
    titled.or_else(|| {
        (count >= 2)
            .then(|| words.split(' ').next())
            .flatten()
            .and_then(lexicon::given_name_gender)
    })
}

/// The usual gender of the given name opening a full name ("Hillary Clinton").
fn full_name_gender(full: &str) -> Option<bool> {
    let mut words = full.split_whitespace();
    let first = words.next()?;
    words.next()?;
    lexicon::given_name_gender(&crate::case::lowercase(first))
}

/// Speakers found so far, by name, with the people and groups pronouns may refer to.
#[derive(Default)]
pub(crate) struct Registry {
    /// Speaker names.
    pub names: Vec<String>,
    index: FxMap<String, usize>,
    persons: Vec<(usize, usize)>,
    groups: Vec<(usize, usize)>,
    /// Speakers referred to as "she" (true) or "he" (false).
    female: FxMap<usize, bool>,
    /// Each resolved mention of a person, by item, in text order, and whether
    /// it surely names someone (see [`names_someone`]): only those are
    /// antecedents for "he" and "she".
    mentions: Vec<(usize, usize, bool)>,
    /// The people resolved as a cue's subject (values unused: a map of the type
    /// used elsewhere shares its code in the `.wasm`).
    spoke: FxMap<usize, usize>,
}

impl Registry {
    fn intern(&mut self, name: &str) -> usize {
        if let Some(&id) = self.index.get(&crate::case::lowercase(name)) {
            return id;
        }
        self.names.push(name.to_string());
        self.index
            .insert(crate::case::lowercase(name), self.names.len() - 1);
        self.names.len() - 1
    }

    fn push(&mut self, pos: usize, id: usize, class: Class) {
        let list = if class == Class::Person {
            &mut self.persons
        } else {
            &mut self.groups
        };
        if list.last().is_none_or(|&(p, _)| p <= pos) {
            list.push((pos, id));
        }
    }

    /// The speaker a pronoun at `pos` refers to: the latest fitting one before it.
    ///
    /// `female` is `Some` for "she" and "he": a person already referred to with
    /// the other pronoun is passed over (looking back a bounded number of people).
    pub fn antecedent(&self, pos: usize, group: bool, female: Option<bool>) -> Option<usize> {
        let list = if group { &self.groups } else { &self.persons };
        let k = list.partition_point(|&(p, _)| p < pos);
        let fits = |id: usize| match (female, self.female.get(&id)) {
            (Some(f), Some(&g)) => f == g,
            _ => true,
        };
        list[k.saturating_sub(PRONOUN_REACH)..k]
            .iter()
            .rev()
            .map(|&(_, id)| id)
            .find(|&id| fits(id))
    }

    /// rule pronoun salience: the person "he" or "she" at item `item` refers to.
    /// Sentences are searched from the pronoun's back, and each from its start,
    /// so the subject of the sentence before ("The loudest objection came from
    /// Tomas Reyl, a retired machinist. “…,” he said.") comes before people
    /// named later in it; a person whose title, given name or earlier pronoun
    /// says the other gender is passed over.
    fn salient(
        &mut self,
        doc: &Doc,
        names: &Names,
        item: usize,
        female: Option<bool>,
    ) -> Option<usize> {
        let s = *doc.sent.get(item)? as usize;
        for back in 0..=SALIENCE_SENTENCES.min(s) {
            let sid = s - back;
            let lo = doc.sent_start[sid];
            let hi = if back == 0 {
                item
            } else {
                doc.sent_start.get(sid + 1).copied().unwrap_or(doc.len())
            };
            let named = names.persons.partition_point(|p| p.item < lo);
            let named_end = names.persons.partition_point(|p| p.item < hi);
            let seen = self.mentions.partition_point(|&(i, ..)| i < lo);
            let seen_end = self.mentions.partition_point(|&(i, ..)| i < hi);
            // rule pronoun chain: a sentence about "she" that names no one before
            // her is about the person that "she" is: look further back.
            if back > 0 && self.opens_with_pronoun(doc, names, lo, hi, female) {
                continue;
            }
            // Both lists in item order, merged; the first person who fits wins,
            // unless the sentence introduces someone.
            let (mut first, mut introduced) = (None, None);
            let (mut a, mut b) = (named, seen);
            while a < named_end || b < seen_end {
                let take_named =
                    b >= seen_end || a < named_end && names.persons[a].item <= self.mentions[b].0;
                let (id, hint, person, intro) = if take_named {
                    let p = &names.persons[a];
                    a += 1;
                    let full = names.fullest(&p.name, doc.word_span(p.item).map_or(0, |w| w.start));
                    // A name is someone when its title or given name says so
                    // (here or in its fullest form), when it opens its sentence as
                    // a full name, or when it has spoken: capitalised places and
                    // bodies are not, nor a name that only modifies a role.
                    let hint = p.female.or_else(|| full_name_gender(&full));
                    let id = self.intern(&full);
                    let person = !p.modifier
                        && (p.titled
                            || p.subject
                            || hint.is_some()
                            || self.spoke.contains_key(&id));
                    (id, hint, person, p.introduced)
                } else {
                    b += 1;
                    let (_, id, someone) = self.mentions[b - 1];
                    (id, None, someone, false)
                };
                if let Some(h) = hint {
                    self.female.entry(id).or_insert(h);
                }
                let known = self.female.get(&id).copied();
                if person && (female.is_none() || known.is_none() || known == female) {
                    if back == 0 {
                        return Some(id);
                    }
                    first.get_or_insert(id);
                    if intro {
                        introduced.get_or_insert(id);
                    }
                }
            }
            // rule pronoun introduced: the person a sentence before brings in with
            // an apposition outranks its subject ("… concerns Henry Crespo,
            // president of the caucus. “…,” he said.").
            if let Some(id) = introduced.or(first) {
                return Some(id);
            }
        }
        None
    }

    /// True when sentence `lo..hi` has "he" or "she" (as `female` says; "his",
    /// "her" too) among its first words, before anyone named, and that pronoun
    /// was not resolved as a speaker: "She has called the shootings a moment
    /// like the civil rights movement."
    fn opens_with_pronoun(
        &self,
        doc: &Doc,
        names: &Names,
        lo: usize,
        hi: usize,
        female: Option<bool>,
    ) -> bool {
        let Some(female) = female else {
            return false;
        };
        let first_named = names.persons[names.persons.partition_point(|p| p.item < lo)..]
            .first()
            .map_or(hi, |p| p.item.min(hi));
        let pronoun = (lo..first_named.min(lo + CHAIN_REACH)).find(|&k| {
            doc.word(k).is_some_and(|w| match w {
                "she" | "her" => female,
                "he" | "his" | "him" => !female,
                _ => false,
            })
        });
        pronoun.is_some_and(|k| {
            let at = self.mentions.partition_point(|&(i, ..)| i < k);
            self.mentions.get(at).is_none_or(|&(i, ..)| i != k)
        })
    }

    /// True when `m`, whose words start at item `item`, surely names a person:
    /// "he" or "she", a person's full name as the article gives it ("Okafor"
    /// after "Raymond Okafor"), a name after a title or person noun ("mum
    /// Kelly"), or someone already quoted. A lone capitalised word ("Russian
    /// text:") is not enough for the rules that have no cue verb to go on.
    pub fn is_someone(&self, doc: &Doc, names: &Names, m: &Mention, item: usize) -> bool {
        match m.class {
            Class::Pronoun(group) => !group,
            Class::Person if m.proper => {
                let full = names.fullest(&m.name, m.span.start);
                let named_as_person = (item..item + 3)
                    .take_while(|&k| doc.word_span(k).is_some_and(|w| w.start < m.span.start))
                    .chain(item.checked_sub(1))
                    .any(|k| doc.same_sentence(k, item) && doc.word(k).is_some_and(is_person_noun));
                named_as_person
                    || full.split_whitespace().nth(1).is_some()
                    || self
                        .index
                        .get(&crate::case::lowercase(&full))
                        .is_some_and(|id| self.spoke.contains_key(id))
            }
            _ => false,
        }
    }

    /// The speaker `mention` (at item `item`) names, interning it; pronouns are
    /// resolved, not interned.
    pub fn resolve(&mut self, doc: &Doc, names: &Names, m: &Mention, item: usize) -> Option<usize> {
        let id = self.resolve_mention(doc, names, m, item)?;
        if matches!(m.class, Class::Person | Class::Pronoun(false))
            && self.mentions.last().is_none_or(|&(i, ..)| i <= item)
        {
            self.mentions.push((item, id, names_someone(m)));
            self.spoke.insert(id, 0);
        }
        Some(id)
    }

    fn resolve_mention(
        &mut self,
        doc: &Doc,
        names: &Names,
        m: &Mention,
        item: usize,
    ) -> Option<usize> {
        match m.class {
            Class::Pronoun(group) => {
                let female = match m.name.as_str() {
                    "she" | "her" => Some(true),
                    "he" | "him" => Some(false),
                    _ => None,
                };
                let salient = (!group)
                    .then(|| self.salient(doc, names, item, female))
                    .flatten();
                let id = salient.or_else(|| self.antecedent(m.span.start, group, female))?;
                // rule pronoun: remember which pronoun this person takes.
                if let Some(f) = female {
                    self.female.entry(id).or_insert(f);
                }
                Some(id)
            }
            _ => {
                // rule epithet: "the Massachusetts Democrat", "the Labour leader"
                // name the person named just before.
                if (m.class == Class::Person || m.proper) && is_epithet(&m.name, m.proper) {
                    if let Some(id) = self.antecedent(m.span.start, false, None) {
                        return Some(id);
                    }
                }
                let name = if m.proper {
                    names.fullest(&m.name, m.span.start)
                } else {
                    m.name.clone()
                };
                Some(self.intern(&name))
            }
        }
    }
}

/// Resolves the subject of every event in text order, so that each pronoun
/// takes the speaker most recently named before it.
#[inline(never)]
pub(crate) fn resolve_events(
    doc: &Doc,
    names: &Names,
    events: &[Event],
) -> (Registry, Vec<Option<usize>>) {
    let mut reg = Registry::default();
    let mut out = Vec::with_capacity(events.len());
    let mut t = 0;
    for e in events {
        let pos = doc.word_span(e.item).map_or(0, |s| s.start);
        let mention_pos = e.mention.as_ref().map_or(pos, |m| m.span.start.min(pos));
        while t < names.people.len() && names.people[t].0 < mention_pos {
            let id = reg.intern(&names.fullest(&names.people[t].1, names.people[t].0));
            reg.push(names.people[t].0, id, Class::Person);
            t += 1;
        }
        let id = e.mention.as_ref().and_then(|m| {
            let item = e.mention_items.map_or(e.item, |(a, _)| a);
            let id = reg.resolve(doc, names, m, item)?;
            let class = match m.class {
                Class::Pronoun(true) => Class::Group,
                Class::Pronoun(false) => Class::Person,
                c => c,
            };
            reg.push(m.span.start, id, class);
            Some(id)
        });
        out.push(id);
    }
    while t < names.people.len() {
        let id = reg.intern(&names.fullest(&names.people[t].1, names.people[t].0));
        reg.push(names.people[t].0, id, Class::Person);
        t += 1;
    }
    (reg, out)
}

/// A description that news style uses for someone just named: a definite
/// description with a capitalised modifier ("the Labour leader", "the Tesla
/// chief") or a party as its head ("the Massachusetts Democrat", which arrives
/// as the capitalised `Massachusetts Democrat`). Plain roles ("the president")
/// may be someone never named, so they stay speakers of their own.
fn is_epithet(name: &str, proper: bool) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, middle @ .., head] = words.as_slice() else {
        return false;
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let party = matches!(
        *head,
        "Democrat" | "Republican" | "Conservative" | "Tory" | "Liberal"
    );
    if proper {
        return party;
    }
    let plural = head.ends_with('s') && !head.ends_with("ss");
    first.eq_ignore_ascii_case("the")
        && !plural
        && (party || !middle.is_empty() && middle.iter().any(|w| capital(w)) && !capital(head))
}

#[cfg(test)]
mod epithet_tests {
    use super::is_epithet;

    #[test]
    fn descriptions_of_someone_just_named() {
        assert!(is_epithet("the Labour leader", false));
        assert!(is_epithet("the Tesla chief", false));
        assert!(is_epithet("Massachusetts Democrat", true));
        assert!(!is_epithet("the president", false));
        assert!(!is_epithet("the alleged hackers", false));
        assert!(!is_epithet("Josh Earnest", true));
        assert!(!is_epithet("the White House", false));
    }
}

#[cfg(test)]
mod name_word_tests {
    use super::*;

    #[test]
    fn names_are_lowercase_words_matched_whole() {
        assert_eq!(words_of("Josh  Earnest"), ("josh earnest".to_string(), 2));
        assert_eq!(words_of("Beto O’Rourke"), ("beto o'rourke".to_string(), 2));
        assert_eq!(words_of("ÉMILE Zola"), ("émile zola".to_string(), 2));
        assert_eq!(words_of(" "), (String::new(), 0));
        assert_eq!(last_word("josh earnest"), "earnest");
        assert_eq!(last_word("obama"), "obama");
        assert!(ends_in_words("josh earnest", "earnest"));
        assert!(ends_in_words("josh earnest", "josh earnest"));
        assert!(
            !ends_in_words("josh learnest", "earnest"),
            "whole words only"
        );
        assert!(!ends_in_words("earnest", "josh earnest"));
    }
}
