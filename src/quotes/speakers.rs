//! Speaker identity: one speaker per person or group across the article.
//!
//! A capitalised mention takes the fullest name the article gives that ends in
//! the same words ("Earnest" → "Josh Earnest"); titles and roles are stripped
//! ("President Obama" → "Obama"). Pronouns take the most recent fitting speaker
//! or titled person before them: "he" and "she" a person, "they" a group.

use crate::hash::FxMap;

use super::attribution::{proper_name_at, Class, Event, Mention};
use super::doc::{Doc, Item, LowercaseForms};
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
/// Most words of an apposition before its head noun (", a spokesman for …",
/// ", the state attorney general").
const MAX_APPOSITION_WORDS: usize = 5;
/// Most modifiers before the head of a group opening a sentence ("County
/// officials said").
const MAX_GROUP_MODIFIERS: usize = 2;
/// How many sentences back "they" looks for a group opening a sentence.
const GROUP_SENTENCES: usize = 2;
/// How far into its sentence a name may start and still be its subject ("But
/// Sen. Ada Lin").
const SUBJECT_REACH: usize = 2;
/// How many sentences back a subject sharing a surname with others is what a
/// surname alone names.
const RECENT_SENTENCES: usize = 3;
/// How many earlier people a role or a given name alone is looked up among.
const ROLE_REACH: usize = 64;

/// A name the article writes, in the list of its last word.
struct Entry {
    /// Its words (see [`words_of`]).
    words: String,
    /// The same with a short given name written out ("ray voss" → "raymond voss").
    canon: String,
    /// How many words.
    count: usize,
    /// The name as first written.
    name: String,
    /// Where it is first written (byte).
    pos: usize,
    /// What its title or given name says of the person's gender.
    female: Option<bool>,
}

/// A person introduced with a role ("Mayor Joan Tibbs", "Leo Barr, a spokesman
/// for Acme Foods"): whom "the mayor" and "the spokesman" later name.
struct Role {
    /// Where the person is named (item, and byte).
    item: usize,
    at: usize,
    /// The role's head noun, as [`role_word`] spells it.
    role: String,
    /// The person's name as written.
    name: String,
}

/// A group of people opening a sentence ("The nurses walked off the job",
/// "County officials said"): whom a later "they" names.
struct Group {
    /// Its first word (item).
    item: usize,
    /// Its head noun (item).
    head: usize,
    /// Its words, lowercase unless a name ("the nurses", "White House aides").
    name: String,
}

/// Every capitalised name in the article, by its last word.
pub(crate) struct Names {
    /// A last word's list in `lists` (a map to an index is of a type used
    /// elsewhere, which shares its code in the `.wasm`).
    by_last: FxMap<String, usize>,
    /// The names ending in each last word.
    lists: Vec<Vec<Entry>>,
    /// Titled or introduced people ("Spokesman Josh Earnest") by position:
    /// antecedents for pronouns.
    people: Vec<(usize, String)>,
    /// Every person named outside quotations, in text order: candidates for
    /// the pronouns that follow.
    persons: Vec<Person>,
    /// People introduced with a role, in text order.
    roles: Vec<Role>,
    /// Groups opening a sentence, in text order.
    groups: Vec<Group>,
    /// Pronouns the article uses of each person (by the lowercase fullest
    /// name): how many say she, how many he.
    pronouns: FxMap<String, (u32, u32)>,
    /// The byte each sentence starts at.
    sent_at: Vec<usize>,
}

/// A person named in the text.
struct Person {
    /// The item the name's words start at.
    item: usize,
    /// The byte it starts at.
    at: usize,
    /// Among its sentence's first words: the sentence's subject.
    lead: bool,
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
    /// A one-word name opening its sentence as a verb's subject (see
    /// [`opens_alone`]).
    alone: bool,
    /// Described by a noun for a person ("retired machinist Tomas Reyl",
    /// "Pruitt, a Navy veteran", "His daughter, Marnie Dryden-Cole"): surely a person.
    described: bool,
}

/// Singular nouns for people ("the mayor said … she").
fn is_person_noun(w: &str) -> bool {
    super::lexicon::is_title(w) || lexicon::is_person_noun(w)
}

/// A role's head noun as it is compared: a title's abbreviation written out
/// ("gov" → "governor").
fn role_word(w: &str) -> &str {
    lexicon::title_role(w.trim_end_matches('.'))
}

/// True when `w` (lowercase) can head a description of one person: a title, a
/// noun for a person, or a doer's noun ("machinist"); not a title's modifier
/// ("first" of "first lady", "former", "vice").
pub(crate) fn is_role_noun(w: &str) -> bool {
    !lexicon::is_role_modifier(w) && (is_person_noun(w.trim_end_matches('.')) || is_agent_noun(w))
}

/// The head of a plural noun for people ("nurses", "officials", "protesters").
fn is_people_plural(w: &str) -> bool {
    lexicon::is_group_noun(w) && (w.ends_with('s') || matches!(w, "people" | "police" | "staff"))
        || w.len() > 3
            && w.strip_suffix('s')
                .is_some_and(|one| is_person_noun(one) || is_agent_noun(one))
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
            roles: Vec::new(),
            groups: Vec::new(),
            pronouns: FxMap::default(),
            sent_at: sentence_bytes(doc),
        };
        let n = doc.len();
        let mut words = String::new();
        let lowercase = doc.lowercase_forms();
        let mut i = 0;
        while i < n {
            // "The mayor spoke…": a described person opening a sentence.
            if doc.sent_start[doc.sent[i] as usize] == i
                && doc.word(i) == Some("the")
                && doc.same_sentence(i + 1, i)
                && doc.word(i + 1).is_some_and(is_person_noun)
                && !doc.is_cap(i + 1)
                && !names_in_apposition(doc, i + 2)
            {
                if let (Some(a), Some(b)) = (doc.word_span(i), doc.word_span(i + 1)) {
                    // rule role: "the mayor" is the person introduced as mayor.
                    let role = doc.word(i + 1).map(role_word).unwrap_or_default();
                    let name = names
                        .role_holder(role, i)
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("the {}", &doc.text[b.start..b.end]));
                    names.persons.push(Person {
                        item: i,
                        at: a.start,
                        lead: true,
                        name: name.clone(),
                        female: doc.word(i + 1).and_then(lexicon::title_gender),
                        titled: true,
                        subject: true,
                        alone: false,
                        introduced: false,
                        modifier: false,
                        described: true,
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
                } else if doc.same_sentence(last + 2, first)
                    && (doc.nickname_at(last + 1)
                        || doc.word(last + 1).is_some_and(lexicon::is_inner_name_word)
                            && doc.is_cap(last + 2))
                {
                    // "Robert C. “Bobby” Scott", "Jeb Bush of Florida" (cut later).
                    last += 2;
                } else {
                    break;
                }
            }
            if let Some((m, titled)) = proper_name_at(doc, first, last) {
                // Most names come again and again: their words are made in a
                // buffer and kept only for a name not seen before.
                let count = words_into(&mut words, &m.name);
                if count != 0 && count <= MAX_NAME_WORDS && !is_heading(&m.name) {
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
                    let mut female = gender_of_name(doc, first, last, &words, count);
                    if m.class == Class::Person {
                        let start = (first..=last)
                            .find(|&k| doc.word_span(k).is_some_and(|w| w.start >= m.span.start))
                            .unwrap_or(first);
                        let role = role_at(doc, first, start, last);
                        let modifier = is_modifier(doc, last);
                        let alone = opens_alone(doc, &lowercase, first, count);
                        // "Terence Crutcher, a 40-year-old unarmed black man" is a man.
                        female = female
                            .or_else(|| role.as_ref().and_then(|(r, _)| lexicon::title_gender(r)));
                        if let Some((role, _)) = role.as_ref().filter(|_| !modifier) {
                            names.roles.push(Role {
                                item: first,
                                at: m.span.start,
                                role: role.clone(),
                                name: m.name.clone(),
                            });
                        }
                        names.persons.push(Person {
                            item: first,
                            at: m.span.start,
                            lead: first <= doc.sent_start[doc.sent[first] as usize] + SUBJECT_REACH,
                            name: m.name.clone(),
                            female,
                            titled,
                            subject: opens || alone && after_quote(doc, first),
                            alone,
                            introduced: is_introduced(doc, last),
                            modifier,
                            described: role.is_some_and(|(_, described)| described),
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
                    if entry.len() < MAX_SAME_LAST && !entry.iter().any(|e| e.words == words) {
                        entry.push(Entry {
                            canon: canon_of(&words, count),
                            words: words.clone(),
                            count,
                            name: m.name,
                            pos: m.span.start,
                            female,
                        });
                    }
                }
            }
            i = last + 1;
        }
        names.groups = groups(doc);
        names.count_pronouns(doc);
        names
    }

    /// The role the article first gives each person, by the lowercase fullest
    /// name ("joan tibbs" → "mayor"); honorifics (Mr., Ms.) are no role. Built
    /// once, in one pass over the roles, for the speakers to look up.
    pub fn roles_by_name(&self) -> FxMap<String, &str> {
        let mut out: FxMap<String, &str> = FxMap::default();
        for r in self
            .roles
            .iter()
            .filter(|r| !lexicon::is_honorific(&r.role))
        {
            let full = crate::case::lowercase(&self.fullest(&r.name, r.at));
            out.entry(full).or_insert(r.role.as_str());
        }
        out
    }

    /// The person introduced last before item `item` with the role `role`
    /// ("Mayor Joan Tibbs" for "mayor").
    fn role_holder(&self, role: &str, item: usize) -> Option<&str> {
        let end = self.roles.partition_point(|r| r.item < item);
        self.roles[end.saturating_sub(ROLE_REACH)..end]
            .iter()
            .rev()
            .find(|r| r.role == role)
            .map(|r| r.name.as_str())
    }

    /// rule given name: the person a given name alone names ("Nadia says" after
    /// "Nadia Voss, 29,"): the latest person before item `item` whose given
    /// name it is (or a short form of it), who is surely a person.
    fn given_name_holder(&self, name: &str, item: usize) -> Option<&str> {
        let (words, count) = words_of(name);
        if count != 1 {
            return None;
        }
        let given = lexicon::full_given_name(&words);
        // Only a known given name: "Xi" after "Xi Jinping" is his family name.
        lexicon::given_name_gender(given)?;
        let end = self.persons.partition_point(|p| p.item < item);
        self.persons[end.saturating_sub(ROLE_REACH)..end]
            .iter()
            .rev()
            .find(|p| {
                let (w, c) = words_of(&p.name);
                c >= 2
                    && !p.modifier
                    && (p.female.is_some() || p.titled || p.described || p.introduced)
                    && w.split(' ')
                        .next()
                        .is_some_and(|f| lexicon::full_given_name(f) == given)
            })
            .map(|p| p.name.as_str())
    }

    /// rule pronoun gender: counts the pronouns the article uses of each
    /// person. A person opening a sentence followed, before anyone else, by
    /// "he", "his", "she" or "hers" ("Pruitt lost his seat", "Quist kept
    /// hers"), and the one person of a sentence that the next opens with "he"
    /// or "she" ("Quist has served two terms. She chairs …"). "Her" and "him"
    /// are left out: they are as often someone else ("Obama praised her").
    fn count_pronouns(&mut self, doc: &Doc) {
        let mut votes: Vec<(usize, bool)> = Vec::new();
        for (k, p) in self.persons.iter().enumerate() {
            let s = doc.sent[p.item];
            // The subject: the sentence's first words ("But Sen. Ada Lin"),
            // surely a name ("On Wednesday, he …" is not Wednesday's).
            if p.modifier
                || p.item > doc.sent_start[s as usize] + SUBJECT_REACH
                || !self.surely_named(p, doc)
            {
                continue;
            }
            let end = self.persons.get(k + 1).map_or(doc.len(), |q| q.item);
            let said = (p.item + 1..end.min(p.item + CHAIN_REACH * 4))
                .take_while(|&j| doc.sent.get(j) == Some(&s))
                .find_map(|j| doc.word(j).and_then(pronoun_gender));
            if let Some(f) = said {
                votes.push((k, f));
            }
        }
        for sid in 1..doc.sent_start.len() {
            let Some(f) = opening_pronoun(doc, sid) else {
                continue;
            };
            // Back over sentences that open with the same pronoun and name no one.
            for back in 1..=3.min(sid) {
                let (lo, hi) = sentence_items(doc, sid - back);
                let a = self.persons.partition_point(|p| p.item < lo);
                let b = self.persons.partition_point(|p| p.item < hi);
                let people: Vec<usize> = (a..b).filter(|&k| !self.persons[k].modifier).collect();
                if people
                    .first()
                    .is_some_and(|&k| !self.surely_named(&self.persons[k], doc))
                {
                    break;
                }
                if let Some(&one) = people.first() {
                    let full = self.fullest(&self.persons[one].name, 0);
                    let same = people
                        .iter()
                        .all(|&k| self.fullest(&self.persons[k].name, 0) == full);
                    if same {
                        votes.push((one, f));
                    }
                    break;
                }
                if opening_pronoun(doc, sid - back) != Some(f) {
                    break;
                }
            }
        }
        for (k, f) in votes {
            let p = &self.persons[k];
            let pos = doc.word_span(p.item).map_or(0, |w| w.start);
            let full = crate::case::lowercase(&self.fullest(&p.name, pos));
            let count = self.pronouns.entry(full).or_insert((0, 0));
            if f {
                count.0 += 1;
            } else {
                count.1 += 1;
            }
        }
    }

    /// The group opening a sentence whose head is the last word of `name`, a
    /// mention from item `item` ("officials" of "County officials said").
    fn group_at(&self, doc: &Doc, item: usize, name: &str) -> Option<&Group> {
        let k = self.groups.partition_point(|g| g.item <= item);
        let g = self.groups[..k].last()?;
        let head = name.rsplit(' ').next()?;
        (g.head >= item && doc.word(g.head) == Some(head)).then_some(g)
    }

    /// True when `p` is surely someone's name: a full name, a surname of one,
    /// titled, described, or opening a sentence as its subject.
    fn surely_named(&self, p: &Person, doc: &Doc) -> bool {
        let pos = doc.word_span(p.item).map_or(0, |w| w.start);
        p.titled
            || p.described
            || p.subject
            || p.alone
            || self
                .fullest(&p.name, pos)
                .split_whitespace()
                .nth(1)
                .is_some()
    }

    /// What the article's pronouns say of the person named `full` (the fullest
    /// name): the gender most of them give.
    fn pronoun_gender(&self, full: &str) -> Option<bool> {
        let &(she, he) = self.pronouns.get(&crate::case::lowercase(full))?;
        (she != he).then_some(she > he)
    }

    /// The fullest form of `name`, written at byte `pos`, that the article gives
    /// (the name itself when none is fuller): of two people sharing a surname
    /// ("Gary Johnson", later "Jeh Johnson"), the one named last before `pos`.
    pub fn fullest(&self, name: &str, pos: usize) -> String {
        self.fullest_as(name, pos, None)
    }

    /// [`Names::fullest`] for a person whose title says `female` ("Mr. Dunn"
    /// after "Mark Dunn and his sister, Carol Dunn"): people whose title or
    /// given name says the other gender are passed over. Short given names are
    /// their full forms ("Ray Voss" is "Raymond Voss"), and one person's name
    /// is the fullest form the article gives, the first written of equals.
    pub fn fullest_as(&self, name: &str, pos: usize, female: Option<bool>) -> String {
        let (words, count) = words_of(name);
        if count == 0 {
            return name.to_string();
        }
        let canon = canon_of(&words, count);
        let Some(list) = self.by_last.get(last_word(&words)).map(|&l| &self.lists[l]) else {
            return name.to_string();
        };
        let fits = |c: &&Entry| female.is_none_or(|f| c.female.is_none_or(|g| g == f));
        let fuller = || {
            list.iter().filter(fits).filter(|c| {
                c.count > count && ends_in_words(&c.canon, &canon)
                    || c.count == count && c.canon == canon && c.words != words
            })
        };
        let Some(longest) = fuller().max_by_key(|c| (c.count, std::cmp::Reverse(c.pos))) else {
            return name.to_string();
        };
        // "Hillary Rodham Clinton" and "Hillary Clinton" are one person: the
        // longest form names her. Different first names are different people.
        let first_word = |c: &Entry| c.canon.split(' ').next().map(str::to_owned);
        let one_person = fuller().all(|c| first_word(c) == first_word(longest));
        let best = if one_person {
            list.iter()
                .filter(|c| c.count == longest.count && c.canon == longest.canon)
                .min_by_key(|c| c.pos)
                .unwrap_or(longest)
        } else {
            // rule surname: two people sharing a surname ("Ted Cruz" and his
            // wife "Heidi Cruz"): the surname alone is the one a recent
            // sentence is about, else the one the article introduced first.
            self.recent_subject(pos, &words, |w| fuller().find(|c| c.words == w))
                .or_else(|| fuller().filter(|c| c.pos <= pos).min_by_key(|c| c.pos))
                .unwrap_or(longest)
        };
        if best.words == words {
            name.to_string()
        } else {
            best.name.clone()
        }
    }
}

impl Names {
    /// The first `find` gives of the people opening the last few sentences
    /// before byte `pos`, latest first (`find` takes their [`words_of`]); a
    /// sentence opening with the same `surname` alone extends the reach.
    fn recent_subject<T>(
        &self,
        pos: usize,
        surname: &str,
        find: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let sentence = |at: usize| self.sent_at.partition_point(|&s| s <= at);
        let mut here = sentence(pos);
        let end = self.persons.partition_point(|p| p.at < pos);
        for p in self.persons[end.saturating_sub(ROLE_REACH)..end]
            .iter()
            .rev()
        {
            let at = sentence(p.at);
            if at + RECENT_SENTENCES < here {
                return None;
            }
            if !p.lead || p.modifier {
                continue;
            }
            let (words, count) = words_of(&p.name);
            if let Some(found) = find(&words) {
                return Some(found);
            }
            // A chain of sentences about "Johnson" goes back to the one that
            // says which Johnson.
            if count == 1 && words == surname {
                here = at;
            }
        }
        None
    }
}

/// The byte each sentence starts at, or near (a quotation opening it is
/// passed over to the words after), never decreasing.
fn sentence_bytes(doc: &Doc) -> Vec<usize> {
    let mut out = Vec::with_capacity(doc.sent_start.len());
    let mut last = 0;
    for sid in 0..doc.sent_start.len() {
        let (lo, hi) = sentence_items(doc, sid);
        let at = (lo..hi.min(lo + CHAIN_REACH)).find_map(|k| match doc.get(k) {
            Some(Item::Word(w)) => Some(w.start),
            Some(Item::Punct(_, at)) => Some(at),
            _ => None,
        });
        last = at.unwrap_or(last).max(last);
        out.push(last);
    }
    out
}

/// [`words_of`]'s string with a short given name written out ("ray voss" →
/// "raymond voss"); a single word is a surname and stays.
fn canon_of(words: &str, count: usize) -> String {
    match words.split_once(' ') {
        Some((first, rest)) if count >= 2 => {
            let full = lexicon::full_given_name(first);
            if full == first {
                words.to_string()
            } else {
                format!("{full} {rest}")
            }
        }
        _ => words.to_string(),
    }
}

/// The role a person named from item `first` (the name itself from `start`)
/// to `last` is introduced with, and whether it is a noun written in lowercase,
/// which says the name is a person's.
fn role_at(doc: &Doc, first: usize, start: usize, last: usize) -> Option<(String, bool)> {
    // rule role title: "Mayor Joan Tibbs", "Gov. Lyle Banner".
    let title = (first..start).rev().find_map(|k| {
        doc.word(k)
            .filter(|w| lexicon::is_title(w.trim_end_matches('.')))
    });
    if let Some(t) = title {
        return Some((role_word(t).to_string(), false));
    }
    let before = first
        .checked_sub(1)
        .filter(|&k| doc.same_sentence(k, first));
    let noun_at = |k: usize| {
        doc.same_sentence(k, first)
            .then(|| doc.word(k))
            .flatten()
            .filter(|w| !doc.is_cap(k) && is_role_noun(w))
    };
    // rule role noun: "retired machinist Tomas Reyl", "spokesman Josh Earnest".
    if let Some(w) = before.and_then(noun_at) {
        return Some((role_word(w).to_string(), true));
    }
    // rule role apposition before: "His daughter, Marnie Dryden-Cole,".
    let comma = before.filter(|&k| matches!(doc.get(k), Some(Item::Punct(',', _))));
    if let Some(w) = comma.and_then(|k| k.checked_sub(1)).and_then(noun_at) {
        return Some((role_word(w).to_string(), true));
    }
    // rule role apposition: "Leo Barr, a spokesman for Acme Foods,".
    apposition_head(doc, last).map(|w| (role_word(w).to_string(), true))
}

/// The head noun of an apposition after the name ending at item `last`, when
/// it names a role (", a spokesman for …", ", the union's treasurer,").
fn apposition_head<'d>(doc: &'d Doc, last: usize) -> Option<&'d str> {
    if !matches!(doc.get(last + 1), Some(Item::Punct(',', _))) {
        return None;
    }
    let mut k = last + 2;
    if doc.word(k).is_some_and(|w| matches!(w, "a" | "an" | "the")) {
        k += 1;
    }
    let mut head = None;
    for j in k..k + MAX_APPOSITION_WORDS {
        if !doc.same_sentence(j, last) {
            break;
        }
        let Some(w) = doc.word(j) else { break };
        if lexicon::ends_apposition_head(w) {
            break;
        }
        head = (!w.ends_with("'s")).then_some(j);
    }
    let head = head?;
    doc.word(head)
        .filter(|w| !doc.is_cap(head) && is_role_noun(w))
}

/// True when a comma and a capitalised name follow within a few lowercase
/// words from item `k`: "The minister of the economy, Mr. Guajardo Villarreal,"
/// names the minister, who is then that name.
fn names_in_apposition(doc: &Doc, k: usize) -> bool {
    (k..k + MAX_APPOSITION_WORDS)
        .take_while(|&j| doc.same_sentence(j, k) && !doc.is_cap(j))
        .find(|&j| doc.word(j).is_none())
        .is_some_and(|j| {
            matches!(doc.get(j), Some(Item::Punct(',', _)))
                && doc.same_sentence(j + 1, j)
                && doc.is_cap(j + 1)
        })
}

/// True when a one-word name at item `first` opens its sentence as the subject
/// of a verb ("Quist has served two terms."): a word the article never writes
/// in lowercase ("Many", "Shifting" are capitalised only by the sentence), no
/// day or month, then a lowercase word that may be a verb ("has", "kept"; not
/// "of", "ahead", "Following a").
fn opens_alone(doc: &Doc, lowercase: &LowercaseForms, first: usize, count: usize) -> bool {
    let Some(w) = doc.word(first) else {
        return false;
    };
    let verb = doc.same_sentence(first + 1, first)
        && !doc.is_cap(first + 1)
        && doc.word(first + 1).is_some_and(|v| {
            lexicon::is_auxiliary(v)
                || !crate::lexicon::is_stopword(v)
                    && !v.ends_with("ing")
                    && !v.ends_with("ly")
                    && !lexicon::is_sentence_word(v)
        });
    count == 1
        && doc.sent_start[doc.sent[first] as usize] == first
        && verb
        && !w.ends_with("ing")
        && !is_people_plural(w)
        && doc
            .word_span(first)
            .is_none_or(|span| !is_brand(&doc.text[span.start..span.end]))
        && !crate::lexicon::is_calendar_word(w)
        && !doc.word_in(lowercase, first)
}

/// True when a word is written like a brand, with a capital inside after a
/// lowercase letter ("YouTube", "PolitiFact"), which a surname has only after
/// its prefix ("McCain", "DeSantis", "LaHood").
fn is_brand(written: &str) -> bool {
    let mut prev_lower = false;
    for (k, c) in written.char_indices() {
        if c.is_uppercase() && prev_lower {
            let prefix = &written[..k];
            return !lexicon::is_surname_prefix(prefix);
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// True when item `first` follows a quotation in its paragraph: "“The crews
/// are in place.” Pruitt was less sure." moves the story from the speaker to
/// Pruitt.
fn after_quote(doc: &Doc, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| {
        matches!(doc.get(k), Some(Item::Quote(_))) && doc.para(k) == doc.para(first)
    })
}

/// rule group: the groups of people opening a sentence ("The nurses walked off
/// the job", "Protesters blocked the bridge", "County officials said"), with
/// their modifiers.
fn groups(doc: &Doc) -> Vec<Group> {
    let mut out = Vec::new();
    for &lo in &doc.sent_start {
        let first = lo;
        let k = if doc.word(lo) == Some("the") {
            lo + 1
        } else {
            lo
        };
        let head = (k..=k + MAX_GROUP_MODIFIERS)
            .take_while(|&j| {
                doc.same_sentence(j, lo)
                    && doc
                        .word(j)
                        .is_some_and(|w| is_people_plural(w) || !crate::lexicon::is_stopword(w))
            })
            .find(|&j| doc.word(j).is_some_and(is_people_plural));
        let Some(head) = head else { continue };
        // A verb follows: "Protesters blocked", not "Protesters, police and …".
        let next = doc.word(head + 1);
        if !doc.same_sentence(head + 1, head)
            || next.is_none_or(|w| w == "of")
            || doc.is_cap(head + 1)
        {
            continue;
        }
        let mut name = String::new();
        for j in first..=head {
            let (Some(w), Some(span)) = (doc.word(j), doc.word_span(j)) else {
                break;
            };
            if !name.is_empty() {
                name.push(' ');
            }
            // A capitalised word stays as written inside a name ("White House
            // aides"), the sentence's capital aside.
            let lower = !doc.is_cap(j) || j == first && !(j < head && doc.is_cap(j + 1));
            name.push_str(if lower {
                w
            } else {
                &doc.text[span.start..span.end]
            });
        }
        out.push(Group {
            item: first,
            head,
            name,
        });
    }
    out
}

/// The gender a pronoun says of its person: she (true) or he (false); "her"
/// and "him" are left out (see [`Names::count_pronouns`]).
fn pronoun_gender(w: &str) -> Option<bool> {
    match w {
        "she" | "hers" | "herself" => Some(true),
        "he" | "his" | "himself" => Some(false),
        _ => None,
    }
}

/// The gender of "he" or "she" opening sentence `sid` (after "But", "And" …).
fn opening_pronoun(doc: &Doc, sid: usize) -> Option<bool> {
    let (lo, hi) = sentence_items(doc, sid);
    let k = if doc
        .word(lo)
        .is_some_and(|w| matches!(w, "but" | "and" | "yet" | "still" | "then"))
    {
        lo + 1
    } else {
        lo
    };
    (k < hi)
        .then(|| doc.word(k))
        .flatten()
        .and_then(|w| match w {
            "she" => Some(true),
            "he" => Some(false),
            _ => None,
        })
}

/// The items of sentence `sid`: first, and one past the last.
fn sentence_items(doc: &Doc, sid: usize) -> (usize, usize) {
    let lo = doc.sent_start[sid];
    let hi = doc.sent_start.get(sid + 1).copied().unwrap_or(doc.len());
    (lo, hi)
}

/// The role a definite description names ("the mayor", "the former
/// president", "the secretary of state"), spelled as [`role_word`] does.
fn the_role(name: &str) -> Option<&str> {
    let rest = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))?;
    let head = rest
        .split(' ')
        .take_while(|w| !matches!(*w, "of" | "for" | "at"))
        .last()?;
    (head.chars().next()?.is_lowercase() && is_role_noun(head)).then(|| role_word(head))
}

/// What a title before a mention's name says of the person's gender ("Mr.
/// Dunn"); item `item` opens the mention.
fn mention_title_gender(doc: &Doc, m: &Mention, item: usize) -> Option<bool> {
    (item.saturating_sub(1)..item + 3)
        .take_while(|&k| k < item || doc.word_span(k).is_some_and(|w| w.start < m.span.start))
        .filter(|&k| doc.same_sentence(k, item))
        .find_map(|k| {
            doc.word(k)
                .and_then(|w| lexicon::title_gender(w.trim_end_matches('.')))
        })
}

/// True when a capitalised run is a heading or kicker in capitals ("SPEND A
/// QUARTER This step …", "THE BORROWING Back when …"), not a name: two words or
/// more of two capital letters or more. A transcript's label is one word.
fn is_heading(name: &str) -> bool {
    name.split_whitespace()
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
        .nth(1)
        .is_some()
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

    /// rule pronoun group: the group "they" at item `item` (byte `pos`) refers
    /// to: a group opening one of the last sentences ("The nurses walked off
    /// the job. “…,” they said."), unless a group has spoken since.
    fn group_salient(
        &mut self,
        doc: &Doc,
        names: &Names,
        item: usize,
        pos: usize,
    ) -> Option<usize> {
        let s = *doc.sent.get(item)? as usize;
        let k = names.groups.partition_point(|g| g.item < item);
        let g = names.groups[..k].last()?;
        let at = doc.word_span(g.item)?.start;
        if (doc.sent[g.item] as usize) + GROUP_SENTENCES < s {
            return None;
        }
        let spoken = self.groups.partition_point(|&(p, _)| p < pos);
        if spoken > 0 && self.groups[spoken - 1].0 >= at {
            return None;
        }
        Some(self.intern(&g.name))
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
        if let Some(id) = self.cataphora(doc, names, item, female) {
            return Some(id);
        }
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
            let (mut first, mut introduced, mut speaker) = (None, None, None);
            let (mut a, mut b) = (named, seen);
            while a < named_end || b < seen_end {
                let take_named =
                    b >= seen_end || a < named_end && names.persons[a].item <= self.mentions[b].0;
                let (id, hint, person, intro) = if take_named {
                    let p = &names.persons[a];
                    a += 1;
                    // Of two people sharing a surname, the one the pronoun fits
                    // ("Cruz" after "Heidi Cruz" and "Ted Cruz", for "he").
                    let pos = doc.word_span(p.item).map_or(0, |w| w.start);
                    let full = names.fullest_as(&p.name, pos, p.female.or(female));
                    // A name is someone when its title or given name says so
                    // (here or in its fullest form), when it opens its sentence as
                    // a full name, or when it has spoken: capitalised places and
                    // bodies are not, nor a name that only modifies a role.
                    let hint = p
                        .female
                        .or_else(|| full_name_gender(&full))
                        .or_else(|| names.pronoun_gender(&full));
                    let id = self.intern(&full);
                    let person = !p.modifier
                        && (p.titled
                            || p.described
                            || p.subject
                            || hint.is_some()
                            || self.spoke.contains_key(&id));
                    (id, hint, person, p.introduced)
                } else {
                    b += 1;
                    let (_, id, someone) = self.mentions[b - 1];
                    // "His wife had warned him …, but Trump said he …": the
                    // noun says she.
                    let head = self.names[id].rsplit(' ').next().unwrap_or_default();
                    let hint = lexicon::title_gender(&crate::case::lowercase(head));
                    (id, hint, someone, false)
                };
                let spoke = !take_named;
                if let Some(h) = hint {
                    self.female.entry(id).or_insert(h);
                }
                // What the name says outranks what an earlier pronoun was taken
                // to say (which may have been wrong).
                let known = hint.or_else(|| self.female.get(&id).copied());
                if person && (female.is_none() || known.is_none() || known == female) {
                    if back == 0 {
                        return Some(id);
                    }
                    first.get_or_insert(id);
                    if intro {
                        introduced.get_or_insert(id);
                    }
                    if spoke {
                        speaker.get_or_insert(id);
                    }
                }
            }
            // rule pronoun speaker: the one who speaks in the sentence before
            // keeps the pronoun over someone brought in after ("“…,” Mr. Obama
            // said, not even needing to mention the author, Muhammad Ali, who
            // died. “…,” he said").
            if let Some(id) = speaker.filter(|_| introduced.is_some()) {
                return Some(id);
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

    /// rule pronoun cataphora: "he" in a sentence's opening clause is the
    /// person named right after its comma ("Back when he wrote his book, Mr.
    /// McKinley said …"), when no one is named before it.
    fn cataphora(
        &mut self,
        doc: &Doc,
        names: &Names,
        item: usize,
        female: Option<bool>,
    ) -> Option<usize> {
        let s = doc.sent[item] as usize;
        let lo = doc.sent_start[s];
        let k = names.persons.partition_point(|p| p.item < lo);
        let p = names.persons.get(k)?;
        let comma = p.item.checked_sub(1)?;
        let clause = p.item > item
            && doc.sent[p.item] as usize == s
            && matches!(doc.get(comma), Some(Item::Punct(',', _)))
            && (lo..comma).all(|j| !matches!(doc.get(j), Some(Item::Punct(..) | Item::Quote(_))));
        if !clause || p.modifier || !(p.titled || p.described || p.female.is_some()) {
            return None;
        }
        if female.is_some_and(|f| p.female.is_some_and(|g| g != f)) {
            return None;
        }
        let full = names.fullest_as(&p.name, p.at, p.female.or(female));
        Some(self.intern(&full))
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
        // "Back when he wrote his book, Mr. McKinley said …": the name after
        // the opening clause is the one the pronoun is.
        if first_named < hi
            && first_named
                .checked_sub(1)
                .is_some_and(|k| matches!(doc.get(k), Some(Item::Punct(',', _))))
        {
            return false;
        }
        let pronoun = (lo..first_named.min(lo + CHAIN_REACH)).find(|&k| {
            doc.word(k)
                .is_some_and(|w| match lexicon::pronoun_base(w).unwrap_or(w) {
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
                let salient = if group {
                    self.group_salient(doc, names, item, m.span.start)
                } else {
                    self.salient(doc, names, item, female)
                };
                let id = salient.or_else(|| self.antecedent(m.span.start, group, female))?;
                // rule pronoun: remember which pronoun this person takes.
                if let Some(f) = female {
                    self.female.entry(id).or_insert(f);
                }
                Some(id)
            }
            _ => {
                // rule role: "the mayor" is the person introduced as mayor.
                let role = (m.class == Class::Person && !m.proper)
                    .then(|| the_role(&m.name))
                    .flatten();
                if let Some(holder) = role.and_then(|r| names.role_holder(r, item)) {
                    return Some(self.intern(&names.fullest(holder, m.span.start)));
                }
                // rule epithet: "the Massachusetts Democrat", "the Labour leader"
                // name the person named just before.
                // Not "one New Hampshire Democrat", "another Republican": someone new.
                let indefinite = [item.checked_sub(1), Some(item)]
                    .into_iter()
                    .flatten()
                    .any(|k| {
                        doc.word_span(k).is_some_and(|w| w.end <= m.span.start + 1)
                            && doc.word(k).is_some_and(|w| {
                                matches!(w, "one" | "a" | "an" | "another" | "some")
                            })
                    });
                if (m.class == Class::Person || m.proper)
                    && !indefinite
                    && is_epithet(&m.name, m.proper)
                {
                    if let Some(id) = self.antecedent(m.span.start, false, None) {
                        return Some(id);
                    }
                }
                // rule group: "officials" of "County officials said" is the
                // group with its modifiers.
                if m.class == Class::Group && !m.proper {
                    if let Some(g) = names.group_at(doc, item, &m.name) {
                        return Some(self.intern(&g.name));
                    }
                }
                let name = if m.proper {
                    let female = mention_title_gender(doc, m, item);
                    let full = names.fullest_as(&m.name, m.span.start, female);
                    if full == m.name && female.is_none() {
                        names
                            .given_name_holder(&m.name, item)
                            .map_or(full, |p| names.fullest(p, m.span.start))
                    } else {
                        full
                    }
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
    let party = lexicon::is_party_member(&crate::case::lowercase(head));
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

#[cfg(test)]
mod identity_tests {
    use super::*;

    /// Runs `check` on the names of `text`.
    fn with_names(text: &str, check: impl FnOnce(&Doc, &Names)) {
        super::super::doc::with_doc(text, |doc| check(doc, &Names::build(doc)));
    }

    #[test]
    fn a_role_names_the_person_introduced_with_it() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Mayor Joan Tibbs opened the meeting.",
                "mayor",
                Some("Joan Tibbs"),
            ),
            (
                "Gov. Lyle Banner spoke first.",
                "governor",
                Some("Lyle Banner"),
            ),
            (
                "Leo Barr, a spokesman for Acme Foods, confirmed it.",
                "spokesman",
                Some("Leo Barr"),
            ),
            (
                "At the hearing, retired machinist Tomas Reyl spoke.",
                "machinist",
                Some("Tomas Reyl"),
            ),
            (
                "His daughter, Marnie Dryden-Cole, spoke next.",
                "daughter",
                Some("Marnie Dryden-Cole"),
            ),
            (
                "Jim Orr, the union's treasurer, backed it.",
                "treasurer",
                Some("Jim Orr"),
            ),
            // The most recent of two.
            (
                "Mayor Ada Lin left. Mayor Joan Tibbs stayed.",
                "mayor",
                Some("Joan Tibbs"),
            ),
            ("Nadia Voss, 29, lost her job.", "mayor", None),
        ];
        for &(text, role, want) in cases {
            with_names(text, |doc, names| {
                assert_eq!(names.role_holder(role, doc.len()), want, "{text}");
            });
        }
    }

    #[test]
    fn definite_descriptions_give_their_role() {
        assert_eq!(the_role("the mayor"), Some("mayor"));
        assert_eq!(the_role("the former president"), Some("president"));
        assert_eq!(the_role("the secretary of state"), Some("secretary"));
        assert_eq!(the_role("the chairman"), Some("chair"));
        assert_eq!(the_role("the Massachusetts Democrat"), None);
        assert_eq!(the_role("a spokesman"), None);
        assert_eq!(the_role("the officials"), None);
        assert_eq!(the_role("the statement"), None);
        assert_eq!(the_role("the first"), None);
    }

    #[test]
    fn short_given_names_are_one_person_with_the_full() {
        assert_eq!(canon_of("ray voss", 2), "raymond voss");
        assert_eq!(canon_of("bob kline", 2), "robert kline");
        assert_eq!(canon_of("ray", 1), "ray", "a word alone is a surname");
        let cases: &[(&str, &str, Option<bool>, &str)] = &[
            (
                "Raymond Voss founded it. Ray Voss said so.",
                "Ray Voss",
                None,
                "Raymond Voss",
            ),
            (
                "James Orr said it. Jim Orr agreed.",
                "Orr",
                None,
                "James Orr",
            ),
            (
                "James Orr said it. Jim Orr agreed.",
                "James Orr",
                None,
                "James Orr",
            ),
            (
                "Bill Clinton and Hillary Clinton came.",
                "Bill Clinton",
                None,
                "Bill Clinton",
            ),
            (
                "Mark Dunn and his sister, Carol Dunn, ran.",
                "Dunn",
                Some(false),
                "Mark Dunn",
            ),
            (
                "Mark Dunn and his sister, Carol Dunn, ran.",
                "Dunn",
                Some(true),
                "Carol Dunn",
            ),
        ];
        for &(text, name, female, want) in cases {
            with_names(text, |doc, names| {
                assert_eq!(
                    names.fullest_as(name, doc.text.len(), female),
                    want,
                    "{text}"
                );
            });
        }
    }

    #[test]
    fn a_surname_alone_is_the_recent_subject_or_the_first_introduced() {
        let text = "Sen. Ted Cruz spoke. A photo of Heidi Cruz ran. It ran twice. It ran again. \
                    It ran on. Cruz said no.";
        with_names(text, |_, names| {
            let pos = text.rfind("Cruz").unwrap_or(0);
            assert_eq!(names.fullest("Cruz", pos), "Ted Cruz");
        });
        let text = "Gary Johnson spoke. Homeland Security Secretary Jeh Johnson says hackers \
                    are busy. Johnson said more.";
        with_names(text, |_, names| {
            let pos = text.rfind("Johnson").unwrap_or(0);
            assert_eq!(names.fullest("Johnson", pos), "Jeh Johnson");
        });
    }

    #[test]
    fn a_given_name_alone_is_the_person_with_it() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Nadia Voss, 29, lost her job in May.",
                "Nadia",
                Some("Nadia Voss"),
            ),
            ("Sen. Robert Kline came.", "Bob", Some("Robert Kline")),
            ("President Xi Jinping came.", "Xi", None),
            ("Nadia Voss, 29, lost her job in May.", "Voss", None),
        ];
        for &(text, name, want) in cases {
            with_names(text, |doc, names| {
                assert_eq!(names.given_name_holder(name, doc.len()), want, "{text}");
            });
        }
    }

    #[test]
    fn pronouns_about_a_person_say_their_gender() {
        let cases: &[(&str, &str, Option<bool>)] = &[
            (
                "Pruitt lost his seat in 2020. Quist kept hers.",
                "Pruitt",
                Some(false),
            ),
            (
                "Pruitt lost his seat in 2020. Quist kept hers.",
                "Quist",
                Some(true),
            ),
            (
                "Quist has served two terms. She chairs the committee.",
                "Quist",
                Some(true),
            ),
            // "her" may be someone else.
            ("Okafor praised her.", "Okafor", None),
            ("On Wednesday, he told a crowd.", "Wednesday", None),
        ];
        for &(text, name, want) in cases {
            with_names(text, |_, names| {
                assert_eq!(names.pronoun_gender(name), want, "{text}");
            });
        }
    }

    #[test]
    fn groups_opening_a_sentence_keep_their_modifiers() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The nurses walked off the job on Friday.",
                Some("the nurses"),
            ),
            (
                "Protesters blocked the bridge for an hour.",
                Some("protesters"),
            ),
            (
                "County officials said the roads would reopen.",
                Some("county officials"),
            ),
            ("White House aides said nothing.", Some("White House aides")),
            ("Members of the board met.", None),
            ("The bridge was closed.", None),
        ];
        for &(text, want) in cases {
            with_names(text, |_, names| {
                assert_eq!(
                    names.groups.first().map(|g| g.name.as_str()),
                    want,
                    "{text}"
                );
            });
        }
    }
}

#[cfg(test)]
mod pronoun_tests {
    /// The speaker of each quotation of `text`.
    fn speakers(text: &str) -> Vec<Option<String>> {
        crate::analyze(text)
            .quotes
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }

    #[test]
    fn pronouns_take_the_person_they_fit() {
        let cases: &[(&str, &[Option<&str>])] = &[
            // rule pronoun cataphora.
            (
                "Back when he wrote his book, Mr. McKinley said debt was a last resort. \
                 “It is not realistic,” he said.",
                &[Some("McKinley")],
            ),
            // rule pronoun speaker.
            (
                "“We have shown the world,” Mr. Obama said, not needing to name the author, \
                 Muhammad Ali, who died in June. “We can rock,” he said.",
                &[Some("Obama"), Some("Obama")],
            ),
            // rule surname: the first introduced, not a wife named in passing.
            (
                "Sen. Ted Cruz spoke in July. Trump retweeted a photo of Heidi Cruz. \
                 “I am not in the habit of it,” Cruz said.",
                &[Some("Ted Cruz")],
            ),
            // A noun for a person says the gender too.
            (
                "His wife had warned him, but Trump said he responded: “You can't be too nice.”",
                &[Some("Trump")],
            ),
            // A name's gender outranks a pronoun's.
            (
                "Terence Crutcher, a 40-year-old man, was shot. Sen. Ada Lin spoke. \
                 “It must stop,” she said.",
                &[Some("Ada Lin")],
            ),
        ];
        for &(text, want) in cases {
            let want: Vec<Option<String>> = want.iter().map(|w| w.map(str::to_string)).collect();
            assert_eq!(speakers(text), want, "{text}");
        }
    }

    #[test]
    fn brands_are_no_surnames() {
        assert!(super::is_brand("YouTube"));
        assert!(super::is_brand("PolitiFact"));
        assert!(!super::is_brand("McCain"));
        assert!(!super::is_brand("DeSantis"));
        assert!(!super::is_brand("Pruitt"));
    }

    #[test]
    fn headings_in_capitals_are_no_names() {
        assert!(super::is_heading("SPEND A QUARTER This"));
        assert!(super::is_heading("THE BORROWING Back"));
        assert!(!super::is_heading("OKAFOR"));
        assert!(!super::is_heading("Josh Earnest"));
        assert!(!super::is_heading("Rep. Jim Jordan"));
    }
}
