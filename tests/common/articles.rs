//! `Article`s for `compare`.

use lede::Article;

/// `texts` as untitled articles with the ids `"0"`, `"1"`, … in order.
pub fn numbered<S: AsRef<str>>(texts: &[S]) -> Vec<Article<'_>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| article(&i.to_string(), text.as_ref()))
        .collect()
}

/// An untitled article.
pub fn article<'t>(id: &str, text: &'t str) -> Article<'t> {
    Article {
        id: id.to_owned(),
        title: None,
        text,
    }
}
