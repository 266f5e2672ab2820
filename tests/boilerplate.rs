//! Boilerplate on the sample articles.

mod common;

/// The sample `name`, and the boilerplate found in it with the reasons.
fn found(name: &str) -> (&'static str, Vec<(String, &'static str)>) {
    let text = common::samples::text(name);
    let b = lede::boilerplate::find(text, &lede::tokenize::paragraphs(text));
    let list = b
        .iter()
        .map(|b| (b.span.slice(text).to_owned(), b.reason.name()))
        .collect();
    (text, list)
}

#[test]
fn npr_navigation_copyright_and_station_trailer() {
    let (text, list) = found("npr-white-house-proportional");
    assert_eq!(list[0], ("Skip to Content".to_owned(), "navigation"));
    assert_eq!(
        list[1],
        (
            "Copyright 2014 NPR. To see more, visit".to_owned(),
            "copyright"
        )
    );
    assert_eq!(list[2].1, "trailer");
    assert!(list[2].0.starts_with("Our lives have changed") && text.ends_with(&list[2].0));
}

#[test]
fn verge_navigation_and_repeated_headline() {
    let (_, list) = found("verge-obama-will-respond");
    let reasons: Vec<&str> = list.iter().map(|l| l.1).collect();
    assert_eq!(reasons, ["navigation", "repeat", "navigation"]);
    assert_eq!(list[2].0, "Share this story");
}

#[test]
fn glued_navigation_and_promo_lines() {
    let text = "A story line one.\n\nIt ended each week.Skip to main content\n\nSupport our journalism: become a member today";
    let b = lede::boilerplate::find(text, &lede::tokenize::paragraphs(text));
    let got: Vec<(&str, &str)> = b
        .iter()
        .map(|b| (b.span.slice(text), b.reason.name()))
        .collect();
    assert_eq!(
        got,
        [
            ("Skip to main content", "navigation"),
            ("Support our journalism: become a member today", "promo")
        ]
    );
}
