//! Site furniture pasted along with an article: navigation, share buttons,
//! copyright lines, repeated headlines, promos after the article.

use serde::Serialize;

use crate::span::{MapSpans, Span, Utf16Map};

/// A stretch of text set aside as boilerplate, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boilerplate {
    /// The boilerplate text.
    pub span: Span,
    /// Why it was set aside: `navigation`, `copyright`, `repeat` or `trailer`.
    pub reason: &'static str,
}

impl MapSpans for Boilerplate {
    fn map_spans(&mut self, map: &Utf16Map) {
        self.span.map_spans(map);
    }
}

const NAVIGATION: &[&str] = &[
    "skip to content",
    "skip to main content",
    "share this story",
    "share",
    "advertisement",
    "read more",
    "sign up",
    "subscribe",
    "menu",
    "search",
    "close",
    "related",
    "comments",
    "print",
    "email",
];

/// Finds boilerplate paragraphs of `text`.
///
/// # Examples
/// ```
/// let text = "Skip to Content\n\nThe story.\n\nCopyright 2014 NPR. To see more, visit\n\nOur station promo.";
/// let paragraphs = lede::tokenize::paragraphs(text);
/// let found = lede::boilerplate::find(text, &paragraphs);
/// let reasons: Vec<&str> = found.iter().map(|b| b.reason).collect();
/// assert_eq!(reasons, ["navigation", "copyright", "trailer"]);
/// ```
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<Boilerplate> {
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut trailer_from: Option<usize> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        let body = p.slice(text);
        let lower = body
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if let Some(from) = trailer_from {
            if i >= from {
                out.push(Boilerplate {
                    span: *p,
                    reason: "trailer",
                });
                continue;
            }
        }
        if NAVIGATION.contains(&lower.as_str()) {
            out.push(Boilerplate {
                span: *p,
                reason: "navigation",
            });
        } else if lower.starts_with("copyright")
            || lower.starts_with("©")
            || lower.contains("all rights reserved")
        {
            out.push(Boilerplate {
                span: *p,
                reason: "copyright",
            });
            // Whatever follows a copyright line is the site, not the article.
            trailer_from = Some(i + 1);
        } else if body.len() < 200 && seen.contains(&body) {
            out.push(Boilerplate {
                span: *p,
                reason: "repeat",
            });
        }
        seen.push(body);
    }
    out
}
