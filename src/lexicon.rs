//! Word lists: stop words, abbreviations, titles and speech verbs.

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
    STOPWORDS.binary_search(&word).is_ok()
}

/// Abbreviations that end in a full stop without ending a sentence (normalised, without the stop).
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "ave", "blvd", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "e.g", "etc", "feb", "fig", "fla", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "mass", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "p.m", "a.m", "prof", "rep", "reps", "rev",
    "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

/// True when `word` (normalised, without a final full stop) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

/// Titles that stand before a name and never end a sentence: "Mr.", "Dr.", "Gen.".
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "gen", "gov", "lt", "maj", "messrs", "mr", "mrs", "ms",
    "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt",
];

/// True when `word` (normalised, without a final full stop) is a title before a name.
pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("the") && is_stopword("don't") && !is_stopword("sony"));
    }
}
