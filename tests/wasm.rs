//! What JavaScript sees: field names, UTF-16 offsets, errors for bad input.
//! Run by `./build.sh test` under Node and again in headless Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, Uint32Array};
use lede::wasm::analyze;
#[cfg(feature = "compare")]
use lede::wasm::compare;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(v.clone(), |v, key| match key.parse::<u32>() {
            Ok(i) => Reflect::get_u32(&v, i).unwrap(),
            Err(_) => Reflect::get(&v, &key.into()).unwrap(),
        })
}

fn num(v: &JsValue, path: &str) -> u32 {
    get(v, path)
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number")) as u32
}

fn keys(v: &JsValue) -> Vec<String> {
    let mut k: Vec<String> = Object::keys(v.unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect();
    k.sort();
    k
}

/// `text.slice(start, end)` as JavaScript computes it.
fn js_slice(text: &str, span: &JsValue) -> String {
    JsString::from(text)
        .slice(num(span, "start"), num(span, "end"))
        .into()
}

fn run(text: &str) -> JsValue {
    analyze(JsValue::from_str(text), None)
        .map_err(JsValue::from)
        .unwrap()
        .into()
}

fn error_message(result: Result<impl Into<JsValue>, wasm_bindgen::JsError>) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => {
            let v: JsValue = e.into();
            assert!(
                v.is_instance_of::<js_sys::Error>(),
                "a real Error is thrown"
            );
            get(&v, "message").as_string().unwrap()
        }
    }
}

#[wasm_bindgen_test]
fn analysis_has_the_documented_fields() {
    let a = run("“We will respond,” Obama said. Sony canceled “The Interview.”");
    assert_eq!(
        keys(&a),
        [
            "boilerplate",
            "corrections",
            "notes",
            "paragraphs",
            "quotes",
            "sentences",
            "speakers",
            "stats",
            "terms"
        ]
    );
    assert_eq!(
        keys(&get(&a, "terms")),
        ["names", "phrases", "totalWords", "unique", "words"]
    );
    let quote = get(&a, "quotes.0");
    for field in [
        "span",
        "text",
        "kind",
        "speaker",
        "speakerId",
        "cue",
        "mention",
        "rule",
        "words",
    ] {
        assert!(
            Reflect::has(&quote, &field.into()).unwrap(),
            "quote has {field}"
        );
    }
    assert_eq!(get(&quote, "speaker").as_string().as_deref(), Some("Obama"));
    assert!(get(&a, "stats.words").as_f64().unwrap() > 5.0);
    assert!(get(&a, "quotes").is_instance_of::<Array>());
}

#[wasm_bindgen_test]
fn spans_are_utf16_offsets() {
    let text = "Русский текст 😀👩‍👩‍👧: “Мы ответим,” сказал Obama. “We will respond,” Obama said.";
    let a = run(text);
    let quotes = Array::from(&get(&a, "quotes"));
    assert!(quotes.length() >= 2);
    for q in quotes.iter() {
        assert_eq!(
            js_slice(text, &get(&q, "span")),
            get(&q, "text").as_string().unwrap()
        );
    }
    let last = quotes.get(quotes.length() - 1);
    assert_eq!(js_slice(text, &get(&last, "span")), "We will respond,");
    assert_eq!(js_slice(text, &get(&last, "mention")), "Obama");
    assert_eq!(js_slice(text, &get(&last, "cue.span")), "said");
    // Span lists that grow with the text are flat Uint32Arrays of [start, end] pairs.
    let units = text.encode_utf16().count() as u32;
    for key in [
        "sentences",
        "paragraphs",
        "terms.words.0.occurrences",
        "speakers.0.mentions",
    ] {
        let list = get(&a, key).dyn_into::<Uint32Array>().unwrap().to_vec();
        assert!(!list.is_empty() && list.len() % 2 == 0, "{key}: {list:?}");
        assert!(
            list.chunks(2).all(|p| p[0] <= p[1] && p[1] <= units),
            "{key}: {list:?}"
        );
        assert!(
            list.windows(2).all(|w| w[0] <= w[1]),
            "{key} is in text order: {list:?}"
        );
    }
    let words = get(&a, "terms.words.0.occurrences")
        .dyn_into::<Uint32Array>()
        .unwrap();
    let word: String = JsString::from(text)
        .slice(words.get_index(0), words.get_index(1))
        .into();
    assert!(
        !word.is_empty() && word.chars().all(char::is_alphanumeric),
        "{word:?}"
    );
    let mentions = get(&a, "speakers.0.mentions")
        .dyn_into::<Uint32Array>()
        .unwrap();
    let mention: String = JsString::from(text)
        .slice(mentions.get_index(0), mentions.get_index(1))
        .into();
    assert_eq!(mention, "Obama");
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets() {
    // A lone surrogate arrives as U+FFFD: one UTF-16 unit either way.
    let raw: JsValue = js_sys::eval("'\\uD800 “Hello there,” she said.'").unwrap();
    let a: JsValue = analyze(raw.clone(), None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    let span = get(&a, "quotes.0.span");
    let s: String = raw
        .unchecked_ref::<JsString>()
        .slice(num(&span, "start"), num(&span, "end"))
        .into();
    assert_eq!(s, "Hello there,");
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_that_say_what_was_expected() {
    let m = error_message(analyze(JsValue::from_f64(3.0), None));
    assert!(
        m.contains("expects text to be a string") && m.contains("number 3"),
        "{m}"
    );
    let options: JsValue = js_sys::eval("({ topTerms: 'many' })").unwrap();
    let m = error_message(analyze("x".into(), Some(options.unchecked_into())));
    assert!(
        m.contains("topTerms") && m.contains("positive integer") && m.contains("\"many\""),
        "{m}"
    );
    let options: JsValue = js_sys::eval("({ colour: true })").unwrap();
    let m = error_message(analyze("x".into(), Some(options.unchecked_into())));
    assert!(m.contains("unknown option `colour`"), "{m}");
    let options: JsValue = js_sys::eval("({ maxBytes: 4 })").unwrap();
    let m = error_message(analyze(
        "longer than four".into(),
        Some(options.unchecked_into()),
    ));
    assert!(m.contains("maxBytes"), "{m}");
}

#[cfg(feature = "compare")]
#[wasm_bindgen_test]
fn bad_compare_input_throws_errors_that_say_what_was_expected() {
    let m = error_message(compare(JsValue::from_str("nope").unchecked_into(), None));
    assert!(m.contains("expects an array"), "{m}");
    let one: JsValue = js_sys::eval("['only one']").unwrap();
    let m = error_message(compare(one.unchecked_into(), None));
    assert!(m.contains("at least 2 articles"), "{m}");
    let bad: JsValue = js_sys::eval("['a text', { title: 'no text' }]").unwrap();
    let m = error_message(compare(bad.unchecked_into(), None));
    assert!(m.contains("article 1") && m.contains("`text`"), "{m}");
}

#[wasm_bindgen_test]
fn empty_text_is_a_result_not_an_error() {
    let a = run("");
    assert_eq!(num(&a, "stats.words"), 0);
    assert_eq!(Array::from(&get(&a, "quotes")).length(), 0);
}

#[cfg(feature = "compare")]
#[wasm_bindgen_test]
fn compare_takes_strings_and_objects() {
    let input: JsValue = js_sys::eval(
        "['Sony canceled the film after the hack. “We will respond,” Obama said.', \
          { id: 'b', title: 'Second', text: 'After the hack, Sony canceled the film. “We will respond,” Obama said.' }]",
    )
    .unwrap();
    let c: JsValue = compare(input.unchecked_into(), None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert_eq!(get(&c, "articles.0.id").as_string().as_deref(), Some("0"));
    assert_eq!(get(&c, "articles.1.id").as_string().as_deref(), Some("b"));
    assert_eq!(
        get(&c, "articles.1.title").as_string().as_deref(),
        Some("Second")
    );
    let text = "After the hack, Sony canceled the film. “We will respond,” Obama said.";
    let q = get(&c, "articles.1.analysis.quotes.0.span");
    assert_eq!(js_slice(text, &q), "We will respond,");
}

#[wasm_bindgen_test]
fn tokens_cross_as_typed_arrays_with_utf16_offsets() {
    let text = "Sony’s 😀 film cost $44 million.";
    let t: JsValue = lede::wasm::tokenize(text.into())
        .map_err(JsValue::from)
        .unwrap()
        .into();
    let start = js_sys::Uint32Array::from(get(&t, "start"));
    let end = js_sys::Uint32Array::from(get(&t, "end"));
    let kind = js_sys::Uint8Array::from(get(&t, "kind"));
    let kinds = Array::from(&get(&t, "kinds"));
    let js = JsString::from(text);
    let pieces: Vec<String> = (0..start.length())
        .map(|i| js.slice(start.get_index(i), end.get_index(i)).into())
        .collect();
    assert_eq!(pieces, ["Sony’s", "😀", "film", "cost", "$44 million", "."]);
    let kind_of = |i: u32| kinds.get(kind.get_index(i) as u32).as_string().unwrap();
    assert_eq!(
        [kind_of(0), kind_of(1), kind_of(4), kind_of(5)],
        ["word", "emoji", "number", "punctuation"]
    );
}

#[wasm_bindgen_test]
fn frequencies_cross_as_a_string_array_and_typed_counts() {
    let text = "Sony’s hack. The hack of SONY. Хакеры взломали Sony.";
    let f: JsValue = lede::wasm::frequencies(text.into(), None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    let terms: Vec<String> = Array::from(&get(&f, "terms"))
        .iter()
        .map(|t| t.as_string().unwrap())
        .collect();
    let counts = js_sys::Uint32Array::from(get(&f, "counts")).to_vec();
    assert_eq!(terms, ["sony", "hack", "хакеры", "взломали"]);
    assert_eq!(counts, [3, 2, 1, 1]);
    assert_eq!(get(&f, "totalWords").as_f64(), Some(9.0));
    let empty: JsValue = lede::wasm::frequencies("".into(), None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert_eq!(Array::from(&get(&empty, "terms")).length(), 0);
    let options: JsValue = js_sys::JSON::parse(r#"{"topTerms": 3}"#).unwrap();
    let err = lede::wasm::frequencies(text.into(), Some(options.unchecked_into()))
        .map(|_| ())
        .map_err(JsValue::from)
        .unwrap_err();
    let message = js_sys::Error::from(err).message().as_string().unwrap();
    assert!(message.contains("unknown option `topTerms`"), "{message}");
}

#[wasm_bindgen_test]
fn stopword_presets_extra_words_and_forms_cross() {
    let text = "Sony said the companies were attacked. Sony says attacks on companies continue.";
    let strings = |v: JsValue| -> Vec<String> {
        Array::from(&v)
            .iter()
            .map(|t| t.as_string().unwrap())
            .collect()
    };
    let freq = |json: &str| -> JsValue {
        let options: JsValue = js_sys::JSON::parse(json).unwrap();
        lede::wasm::frequencies(text.into(), Some(options.unchecked_into()))
            .map_err(JsValue::from)
            .unwrap()
            .into()
    };
    let f = freq(r#"{"stopwords": "reporting", "extraStopwords": ["Sony"], "stem": true}"#);
    assert_eq!(strings(get(&f, "terms")), ["compani", "attack", "continu"]);
    assert_eq!(
        strings(get(&f, "forms")),
        ["companies", "attacked", "continue"]
    );
    let plain = freq(r#"{"stopwords": "default"}"#);
    assert_eq!(strings(get(&plain, "forms")), strings(get(&plain, "terms")));
    assert!(strings(get(&plain, "terms")).contains(&"said".to_string()));
    let bad: JsValue = js_sys::JSON::parse(r#"{"extraStopwords": "sony"}"#).unwrap();
    let m = error_message(analyze(text.into(), Some(bad.unchecked_into())));
    assert!(
        m.contains("`extraStopwords` expects an array of strings"),
        "{m}"
    );
    let bad: JsValue = js_sys::JSON::parse(r#"{"stopwords": "news"}"#).unwrap();
    let m = error_message(analyze(text.into(), Some(bad.unchecked_into())));
    assert!(m.contains("\"reporting\""), "{m}");
}

#[wasm_bindgen_test]
fn kwic_takes_a_window_or_options() {
    let text = "The attack came. Two attacks followed.";
    let matched = |options: JsValue| -> Vec<String> {
        let lines: JsValue = lede::wasm::kwic(text.into(), "attack".into(), options)
            .map_err(JsValue::from)
            .unwrap()
            .into();
        Array::from(&lines)
            .iter()
            .map(|l| js_slice(text, &get(&l, "matched")))
            .collect()
    };
    assert_eq!(matched(JsValue::UNDEFINED), ["attack"]);
    assert_eq!(matched(JsValue::from_f64(1.0)), ["attack"]);
    let stem: JsValue = js_sys::JSON::parse(r#"{"window": 1, "stem": true}"#).unwrap();
    assert_eq!(matched(stem), ["attack", "attacks"]);
    let bad: JsValue = js_sys::JSON::parse(r#"{"width": 3}"#).unwrap();
    let m = error_message(lede::wasm::kwic(text.into(), "attack".into(), bad));
    assert!(m.contains("unknown kwic option `width`"), "{m}");
}

#[wasm_bindgen_test]
fn kwic_lines_slice_back() {
    let text = "Русский Sony canceled the film. Critics said Sony’s decision was wrong.";
    let lines: JsValue = lede::wasm::kwic(text.into(), "sony".into(), JsValue::from_f64(2.0))
        .map_err(JsValue::from)
        .unwrap()
        .into();
    let lines = Array::from(&lines);
    assert_eq!(lines.length(), 2);
    let second = lines.get(1);
    assert_eq!(js_slice(text, &get(&second, "matched")), "Sony");
    assert_eq!(js_slice(text, &get(&second, "left")), "Critics said");
    let m = error_message(lede::wasm::kwic(
        text.into(),
        "sony".into(),
        JsValue::from_str("wide"),
    ));
    assert!(m.contains("`window` expects a positive integer"), "{m}");
}

/// `analyze(text, options)` with `options` written in JavaScript.
fn run_with(text: &str, options: &str) -> Result<JsValue, wasm_bindgen::JsError> {
    let options: JsValue = js_sys::eval(&format!("({options})")).unwrap();
    analyze(text.into(), Some(options.unchecked_into())).map(Into::into)
}

#[wasm_bindgen_test]
fn corrections_cross_and_report_their_outcome() {
    // UTF-16 text: the context before a quotation is sliced as JavaScript slices it.
    let text = "Русский 😀 “We will respond,” Obama said. “It was proportional,” Earnest said.";
    let a = run_with(
        text,
        "{ corrections: [\
           { type: 'speaker', quote: { text: 'It was proportional,', occurrence: 0, before: 'said. “' }, speaker: 'Josh Earnest' },\
           { type: 'kind', quote: 'We will respond,', kind: 'scare' },\
           { type: 'merge', from: 'Nobody', into: 'Obama' }] }",
    )
    .map_err(JsValue::from)
    .unwrap();
    assert_eq!(
        get(&a, "quotes.1.speaker").as_string().as_deref(),
        Some("Josh Earnest")
    );
    assert!(get(&a, "quotes.1.rule").is_null());
    assert_eq!(
        get(&a, "quotes.0.kind").as_string().as_deref(),
        Some("scare")
    );
    assert!(get(&a, "quotes.0.speaker").is_null());
    assert_eq!(Array::from(&get(&a, "speakers")).length(), 1);
    assert_eq!(num(&a, "stats.quotes"), 1);
    assert_eq!(
        keys(&get(&a, "corrections.0")),
        ["message", "quotes", "status"]
    );
    let status = |i: u32| {
        get(&a, &format!("corrections.{i}.status"))
            .as_string()
            .unwrap()
    };
    assert_eq!(
        [status(0), status(1), status(2)],
        ["applied", "applied", "not-found"]
    );
    assert_eq!(num(&a, "corrections.0.quotes.0"), 1);
    assert!(get(&a, "corrections.2.message")
        .as_string()
        .unwrap()
        .contains("Nobody"));
    // No corrections: an empty list.
    assert_eq!(Array::from(&get(&run(text), "corrections")).length(), 0);
}

#[wasm_bindgen_test]
fn bad_corrections_throw_errors_that_say_what_was_expected() {
    let rows = [
        ("{ corrections: 'all' }", ["`corrections`", "an array of corrections"]),
        ("{ corrections: [3] }", ["`corrections[0]`", "number 3"]),
        ("{ corrections: [{ type: 'rename' }] }", ["`corrections[0].type`", "\"merge\""]),
        ("{ corrections: [{ type: 'speaker', speaker: 'A' }] }", ["`corrections[0]`", "a field `quote`"]),
        ("{ corrections: [{ type: 'speaker', quote: 'x' }] }", ["`corrections[0]`", "a field `speaker`"]),
        ("{ corrections: [{ type: 'speaker', quote: 'x', speaker: ' ' }] }", ["`corrections[0].speaker`", "non-empty string"]),
        ("{ corrections: [{ type: 'kind', quote: 'x', kind: 'nested' }] }", ["`corrections[0].kind`", "\"scare\""]),
        ("{ corrections: [{ type: 'kind', quote: { text: 'x', occurrence: -1 }, kind: 'title' }] }", ["`corrections[0].quote.occurrence`", "number -1"]),
        ("{ corrections: [{ type: 'kind', quote: { words: 'x' }, kind: 'title' }] }", ["`corrections[0].quote`", "`words`"]),
        ("{ corrections: [{ type: 'merge', from: 'A', into: 'B', colour: 1 }] }", ["`corrections[0]`", "`colour`"]),
        ("{ corrections: [{ type: 'split', speaker: 'A', quotes: [], name: 'B' }] }", ["`corrections[0].quotes`", "non-empty array"]),
    ];
    for (options, wanted) in rows {
        let m = error_message(run_with("“x,” A said.", options));
        for w in wanted {
            assert!(m.contains(w), "{options}: {m}");
        }
    }
}

#[cfg(feature = "compare")]
#[wasm_bindgen_test]
fn compare_takes_each_articles_corrections() {
    let input: JsValue = js_sys::eval(
        "['“The bridge will open in May,” Dana Ruiz said.', \
          { text: '“The bridge will open in May,” Omar Bell said.', \
            corrections: [{ type: 'speaker', quote: 'The bridge will open in May,', speaker: 'Dana Ruiz' }] }]",
    )
    .unwrap();
    let c: JsValue = compare(input.unchecked_into(), None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert_eq!(
        get(&c, "quoteGroups.0.speakersDiffer").as_bool(),
        Some(false)
    );
    assert_eq!(Array::from(&get(&c, "speakers")).length(), 1);
    assert_eq!(
        get(&c, "articles.1.analysis.corrections.0.status")
            .as_string()
            .as_deref(),
        Some("applied")
    );
    // Corrections are each article's: not an option of compare.
    let two: JsValue = js_sys::eval("['“A,” B said.', '“A,” C said.']").unwrap();
    let options: JsValue = js_sys::eval("({ corrections: [] })").unwrap();
    let m = error_message(compare(
        two.unchecked_into(),
        Some(options.unchecked_into()),
    ));
    assert!(m.contains("per article"), "{m}");
    let bad: JsValue =
        js_sys::eval("['x', { text: 'y', corrections: [{ type: 'merge', from: 'A' }] }]").unwrap();
    let m = error_message(compare(bad.unchecked_into(), None));
    assert!(
        m.contains("`articles[1].corrections[0]`") && m.contains("`into`"),
        "{m}"
    );
}
