//! Matching the people quoted in different articles.
//!
//! Names are compared by their normalised words, role titles left out
//! ("President Obama" is "obama"); a one-word name joins the only longer
//! name that ends with it ("Obama" joins "Barack Obama"), and stays apart
//! when two longer names share that surname.

use serde::Serialize;

use super::prep::comparison_form;
use crate::hash::FxMap;
use crate::lexicon;
use crate::sort::Lean;
use crate::Analysis;

/// One person (or body) quoted in one or more of the compared articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrossSpeaker {
    /// The fullest name any article gives ("Barack Obama").
    pub name: String,
    /// The normalised key names were matched on ("barack obama").
    pub key: String,
    /// Each article that quotes this speaker, in article order.
    pub articles: Vec<SpeakerInArticle>,
    /// Quotations in all the articles.
    pub quotes: usize,
    /// Quoted words in all the articles.
    pub words: usize,
    /// The one article that quotes this speaker, when only one does.
    pub only_in: Option<usize>,
}

/// A speaker as one article quotes them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerInArticle {
    /// Index of the article.
    pub article: usize,
    /// Index of the speaker in that article's `analysis.speakers`.
    pub speaker: usize,
    /// The name as that article gives it.
    pub name: String,
    /// Quotations attributed to them in that article.
    pub quotes: usize,
    /// Quoted words in that article.
    pub words: usize,
}

/// Role words dropped from the front of a name before matching.
const ROLES: &[&str] = &[
    "president",
    "vice",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "senator",
    "minister",
    "prime",
    "chancellor",
    "governor",
    "mayor",
    "judge",
    "professor",
    "chief",
    "director",
    "ceo",
    "sir",
    "dame",
    "the",
];

/// The words of a name, normalised, with leading titles and roles dropped
/// (as long as one word remains).
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            comparison_form(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        })
        .map(|w| w.trim_end_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && (lexicon::is_title(&words[0]) || ROLES.contains(&words[0].as_str())) {
        words.remove(0);
    }
    words
}

/// A surname shared by different people (or by no cluster in the output). A
/// sentinel rather than an `Option`: a map of the type used elsewhere shares
/// its code in the `.wasm`.
const AMBIGUOUS: usize = usize::MAX;

/// Speaker clusters across the articles, and a way to find a name's cluster.
pub(crate) struct SpeakerIndex {
    by_key: FxMap<String, usize>,
    /// A surname's cluster, or [`AMBIGUOUS`].
    by_surname: FxMap<String, usize>,
    /// The clusters, in the order of the output.
    pub speakers: Vec<CrossSpeaker>,
}

impl SpeakerIndex {
    /// The cluster a name belongs to, if it matches one.
    pub fn find(&self, name: &str) -> Option<usize> {
        let words = name_words(name);
        let key = words.join(" ");
        if let Some(&c) = self.by_key.get(&key) {
            return Some(c);
        }
        if words.len() == 1 {
            return self
                .by_surname
                .get(&key)
                .copied()
                .filter(|&c| c != AMBIGUOUS);
        }
        None
    }
}

/// Groups the speakers of every analysis across the articles.
pub(crate) fn match_speakers(analyses: &[&Analysis]) -> SpeakerIndex {
    // Distinct keys, each with its words, in first-seen order.
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    let mut key_ix: FxMap<String, usize> = FxMap::default();
    let mut entries: Vec<(usize, usize, usize)> = Vec::new(); // article, speaker, key
    for (a, analysis) in analyses.iter().enumerate() {
        for (s, speaker) in analysis.speakers.iter().enumerate() {
            let words = name_words(&speaker.name);
            if words.is_empty() {
                continue;
            }
            let key = words.join(" ");
            let k = *key_ix.entry(key.clone()).or_insert_with(|| {
                keys.push((key, words));
                keys.len() - 1
            });
            entries.push((a, s, k));
        }
    }
    // Surnames of the longer names: a surname shared by two different longer
    // names is ambiguous.
    let mut by_surname: FxMap<String, usize> = FxMap::default();
    for (k, (_, words)) in keys.iter().enumerate() {
        if words.len() > 1 {
            let last = words[words.len() - 1].clone();
            by_surname
                .entry(last)
                .and_modify(|e| {
                    if *e != k {
                        *e = AMBIGUOUS
                    }
                })
                .or_insert(k);
        }
    }
    // Each key's representative key.
    let root: Vec<usize> = keys
        .iter()
        .enumerate()
        .map(|(k, (key, words))| {
            if words.len() == 1 {
                by_surname
                    .get(key)
                    .copied()
                    .filter(|&s| s != AMBIGUOUS)
                    .unwrap_or(k)
            } else {
                k
            }
        })
        .collect();
    // The members of each cluster, by its representative key.
    let mut clusters: Vec<Vec<(usize, usize)>> = vec![Vec::new(); keys.len()];
    for &(a, s, k) in &entries {
        clusters[root[k]].push((a, s));
    }
    let mut speakers: Vec<(usize, CrossSpeaker)> = clusters
        .into_iter()
        .enumerate()
        .filter(|(_, members)| !members.is_empty())
        .map(|(k, members)| {
            let mut articles: Vec<SpeakerInArticle> = Vec::new();
            let mut name = String::new();
            for (a, s) in members {
                let sp = &analyses[a].speakers[s];
                let fuller = sp.name.split_whitespace().count() > name.split_whitespace().count()
                    || (sp.name.split_whitespace().count() == name.split_whitespace().count()
                        && sp.name.len() > name.len());
                if fuller {
                    name = sp.name.clone();
                }
                articles.push(SpeakerInArticle {
                    article: a,
                    speaker: s,
                    name: sp.name.clone(),
                    quotes: sp.quotes.len(),
                    words: sp.quoted_words,
                });
            }
            articles.lean_sort_by_key(|x| (x.article, x.speaker));
            let quotes = articles.iter().map(|x| x.quotes).sum();
            let words = articles.iter().map(|x| x.words).sum();
            let mut distinct: Vec<usize> = articles.iter().map(|x| x.article).collect();
            distinct.dedup();
            let only_in = (distinct.len() == 1).then(|| distinct[0]);
            (
                k,
                CrossSpeaker {
                    name,
                    key: keys[k].0.clone(),
                    articles,
                    quotes,
                    words,
                    only_in,
                },
            )
        })
        .collect();
    speakers.lean_sort_by(|(_, x), (_, y)| {
        let ax = x.only_in.is_none();
        let ay = y.only_in.is_none();
        ay.cmp(&ax)
            .then_with(|| y.quotes.cmp(&x.quotes))
            .then_with(|| x.key.cmp(&y.key))
    });
    // Each representative key's place in the output.
    let mut position: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, (k, _)) in speakers.iter().enumerate() {
        position[*k] = Some(i);
    }
    let by_key = key_ix
        .into_iter()
        .filter_map(|(key, k)| position[root[k]].map(|i| (key, i)))
        .collect();
    let by_surname = by_surname
        .into_iter()
        .map(|(s, k)| {
            let cluster = (k != AMBIGUOUS).then(|| position[k]).flatten();
            (s, cluster.unwrap_or(AMBIGUOUS))
        })
        .collect();
    SpeakerIndex {
        by_key,
        by_surname,
        speakers: speakers.into_iter().map(|(_, s)| s).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_roles_are_dropped() {
        assert_eq!(name_words("President Barack Obama"), ["barack", "obama"]);
        assert_eq!(name_words("Mr. Earnest"), ["earnest"]);
        assert_eq!(name_words("the alleged hackers"), ["alleged", "hackers"]);
        assert_eq!(name_words("President"), ["president"]);
        assert_eq!(name_words("Sony’s"), ["sony"]);
    }

    fn with_speakers(names: &[(&str, usize)]) -> Analysis {
        let mut analysis = crate::analyze("");
        analysis.speakers = names
            .iter()
            .map(|&(name, quotes)| crate::Speaker {
                name: name.to_string(),
                quotes: (0..quotes).collect(),
                quoted_words: quotes * 10,
                share: 0.0,
                share_of_quotes: 0.0,
                mentions: Vec::new(),
                role: None,
            })
            .collect();
        analysis
    }

    #[test]
    fn surnames_join_the_only_full_name() {
        let analyses = [
            with_speakers(&[("Josh Earnest", 3), ("James Lewis", 2)]),
            with_speakers(&[("Obama", 5)]),
            with_speakers(&[("President Barack Obama", 1), ("Earnest", 1)]),
        ];
        let index = match_speakers(&analyses.each_ref());
        let names: Vec<(&str, Option<usize>, usize)> = index
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.only_in, s.quotes))
            .collect();
        assert_eq!(
            names,
            [
                ("President Barack Obama", None, 6),
                ("Josh Earnest", None, 4),
                ("James Lewis", Some(0), 2)
            ]
        );
        assert_eq!(index.find("Obama"), Some(0));
        assert_eq!(index.find("Mr. Earnest"), Some(1));
        assert_eq!(index.find("Lewis"), Some(2));
        assert_eq!(index.find("Kim"), None);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let analyses = [
            with_speakers(&[("Michelle Obama", 1), ("Barack Obama", 1)]),
            with_speakers(&[("Obama", 1)]),
        ];
        let index = match_speakers(&analyses.each_ref());
        assert_eq!(index.speakers.len(), 3);
        let alone = index.find("Obama").unwrap();
        assert_eq!(index.speakers[alone].name, "Obama");
    }
}
