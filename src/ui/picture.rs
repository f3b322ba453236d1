//! The "Picture" control above the map: the current view as an SVG file,
//! or as a PNG rendered from that SVG in a canvas at 1x, 2x, 4x or a
//! chosen width. The picture itself is built by
//! [`crate::export::picture`] from the layout, so canvas maps export too.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::browser;
use super::derived::Derived;
use super::results::file_stem;
use super::state::Store;
use crate::export::picture::{picture_size, picture_svg, png_size, Picture, MAX_SIDE, MIN_SIDE};
use crate::i18n::ReportMsg as R;
use crate::layout::style::MapStyle;
use crate::layout::MapLayout;
use crate::view::{MapMode, Visibility};

/// A picture ready to save: the SVG text, its size in CSS pixels and the
/// stem of its file name.
pub struct PictureFile {
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub stem: String,
}

/// The picture of `layout` (the current view's, or another one the
/// caller laid out) from the data as the map draws it.
pub fn build(
    store: Store,
    derived: Derived,
    mode: MapMode,
    layout: &MapLayout,
    visibility: &Visibility,
) -> PictureFile {
    let lang = store.lang();
    let anonymised = derived.disclosure.with_untracked(|d| d.is_anonymised());
    derived.analysis.with_untracked(|analysis| {
        derived.masked.with_untracked(|masked| {
            store.peek(|s| {
                let dataset = masked.as_ref().unwrap_or(&s.workspace.loaded.dataset);
                let p = Picture {
                    layout,
                    dataset,
                    visibility,
                    analysis,
                    mode,
                    lang,
                    style: &MapStyle::STANDARD,
                    anonymised,
                };
                let (width, height) = picture_size(&p);
                PictureFile {
                    svg: picture_svg(&p),
                    width,
                    height,
                    stem: format!("{}-{}", file_stem(&dataset.meta.name), mode.token()),
                }
            })
        })
    })
}

/// The picture of what the map shows now.
fn current(store: Store, derived: Derived) -> PictureFile {
    let mode = derived.mode.get_untracked();
    derived.layout.with_untracked(|l| {
        derived
            .visibility
            .with_untracked(|v| build(store, derived, mode, l, v))
    })
}

/// Draws the SVG into a canvas of `size` pixels and offers the PNG.
/// `done` gets whether it worked.
fn save_png(file: PictureFile, size: (u32, u32), done: impl FnOnce(bool) + 'static) {
    let attempt = || -> Option<(web_sys::HtmlImageElement, String)> {
        let parts = js_sys::Array::of1(&JsValue::from_str(&file.svg));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        Some((web_sys::HtmlImageElement::new().ok()?, url))
    };
    let Some((img, url)) = attempt() else {
        done(false);
        return;
    };
    let name = format!("{}.png", file.stem);
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |ok: bool| {
            if let Some(f) = done.borrow_mut().take() {
                f(ok);
            }
        }
    };
    let on_load = {
        let img = img.clone();
        let url = url.clone();
        let finish = finish.clone();
        move || {
            let drawn = draw(&img, size);
            let _ = web_sys::Url::revoke_object_url(&url);
            let Some(canvas) = drawn else {
                finish(false);
                return;
            };
            let fail = finish.clone();
            let on_blob = Closure::once_into_js(move |blob: JsValue| {
                let ok = blob
                    .dyn_into::<web_sys::Blob>()
                    .is_ok_and(|b| browser::offer(&name, "image/png", &js_sys::Array::of1(&b)));
                finish(ok);
            });
            if canvas
                .to_blob_with_type(on_blob.unchecked_ref(), "image/png")
                .is_err()
            {
                fail(false);
            }
        }
    };
    let on_error = {
        let url = url.clone();
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            finish(false);
        }
    };
    img.set_onload(Some(Closure::once_into_js(on_load).unchecked_ref()));
    img.set_onerror(Some(Closure::once_into_js(on_error).unchecked_ref()));
    img.set_src(&url);
}

/// The loaded SVG on a white canvas of `size` pixels.
fn draw(img: &web_sys::HtmlImageElement, size: (u32, u32)) -> Option<web_sys::HtmlCanvasElement> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(size.0);
    canvas.set_height(size.1);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let (w, h) = (f64::from(size.0), f64::from(size.1));
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.draw_image_with_html_image_element_and_dw_and_dh(img, 0.0, 0.0, w, h)
        .ok()?;
    Some(canvas)
}

/// SVG and PNG buttons, the PNG size (1x, 2x, 4x or a width in pixels).
#[component]
pub fn PictureControl() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let scale = RwSignal::new("2".to_string());
    let width = RwSignal::new(3000.0f64);
    let failed = RwSignal::new(false);
    let by_width = move || scale.with(|s| s == "width");
    let save_svg = move |_| {
        let file = current(store, derived);
        let ok = browser::download(&format!("{}.svg", file.stem), "image/svg+xml", &file.svg);
        failed.set(!ok);
    };
    let save_png_click = move |_| {
        let file = current(store, derived);
        let times = scale.with_untracked(|s| s.parse::<f64>().ok());
        let size = png_size((file.width, file.height), times, width.get_untracked());
        save_png(file, size, move |ok| {
            failed.try_set(!ok);
        });
    };
    let t = move |m: R| store.t(m);
    view! {
        <div class="picture-control" role="group" aria-label=move || t(R::Picture) title=move || t(R::PictureHelp)>
            <span class="picture-label">{move || t(R::Picture)}</span>
            <button type="button" data-testid="picture-svg" on:click=save_svg>{move || t(R::PictureSvg)}</button>
            <label>
                <span class="visually-hidden">{move || t(R::PictureScale)}</span>
                <select data-testid="picture-scale" prop:value=move || scale.get()
                    on:change=move |ev| scale.set(event_target_value(&ev))>
                    {["1", "2", "4"].into_iter().map(|n| view! {
                        <option value=n>{move || store.lang().format(R::PictureScaleTimes, &[("n", n.to_string())])}</option>
                    }).collect_view()}
                    <option value="width">{move || t(R::PictureScaleWidth)}</option>
                </select>
            </label>
            <label hidden=move || !by_width()>
                <span class="visually-hidden">{move || t(R::PictureWidth)}</span>
                <input type="number" data-testid="picture-width" min=MIN_SIDE max=MAX_SIDE step="1"
                    prop:value=move || width.get().to_string()
                    on:change=move |ev| {
                        if let Ok(w) = event_target_value(&ev).trim().parse::<f64>() {
                            if w.is_finite() {
                                width.set(w.clamp(MIN_SIDE, MAX_SIDE));
                            }
                        }
                    }/>
            </label>
            <button type="button" data-testid="picture-png" on:click=save_png_click>{move || t(R::PicturePng)}</button>
            <Show when=move || failed.get()>
                <span class="picture-failed" role="status">{move || t(R::PictureFailed)}</span>
            </Show>
        </div>
    }
}
