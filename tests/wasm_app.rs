//! Component tests in headless Chromium (`make test-wasm`): the app mounts,
//! draws the sample and reacts to the language switch.
#![cfg(target_arch = "wasm32")]

use clustermap::ui::App;
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn count(selector: &str) -> u32 {
    document()
        .query_selector_all(selector)
        .expect("valid selector")
        .length()
}

fn text(selector: &str) -> String {
    document()
        .query_selector(selector)
        .expect("valid selector")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

async fn mount() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.unchecked_into(), App).forget();
    TimeoutFuture::new(50).await;
}

#[wasm_bindgen_test]
async fn mounts_and_draws_every_sample_actor_and_gap() {
    mount().await;
    let sample = clustermap::sample::dataset();
    assert_eq!(
        count("[data-testid=map] [data-actor-id]"),
        sample.actors.len() as u32
    );
    assert_eq!(count("[data-gap-stage]"), 2);
    assert!(document()
        .query_selector("[data-gap-stage=pcb_fab]")
        .unwrap()
        .is_some());
    assert_eq!(
        count("[data-testid=map] path.edge"),
        sample.relations.len() as u32
    );
    for region in ["map", "summary", "import", "gaps"] {
        assert_eq!(count(&format!("[data-testid={region}]")), 1, "{region}");
    }
    // SVG elements must be in the SVG namespace or the browser draws nothing.
    let circle = document()
        .query_selector("[data-actor-id] circle")
        .unwrap()
        .unwrap();
    assert_eq!(
        circle.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let summary = text("[data-testid=summary]");
    assert!(summary.contains("50"), "{summary}");

    // Switching language re-renders texts, including the stage headers.
    let tr = document()
        .query_selector("[data-lang=tr]")
        .unwrap()
        .unwrap();
    tr.unchecked_into::<web_sys::HtmlElement>().click();
    TimeoutFuture::new(50).await;
    assert!(
        text("[data-testid=summary]").contains("KOBİ"),
        "{}",
        text("[data-testid=summary]")
    );
    assert!(text("[data-stage=pcb_fab]").contains("Baskılı devre"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("tr")
    );
    // The drawing itself does not change with the language.
    assert_eq!(
        count("[data-testid=map] [data-actor-id]"),
        sample.actors.len() as u32
    );

    // Hover shows the actor's full name.
    let node = document()
        .query_selector("[data-actor-id=gediz]")
        .unwrap()
        .unwrap();
    node.dispatch_event(&web_sys::Event::new("mouseenter").unwrap())
        .unwrap();
    TimeoutFuture::new(50).await;
    assert!(text("[data-testid=tooltip]").contains("Gediz Haberleşme Cihazları San. Tic. A.Ş."));
}
