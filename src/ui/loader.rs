//! Where files enter the page: chosen, dropped or pasted files are read
//! from the browser and handed to the reader's Web Worker; its answers go
//! to the session. Nothing is sent anywhere else.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::ingest_worker::{Answer, IngestRequest, IngestResponse, IngestWorker};
use super::state::Store;
use crate::i18n::{Lang, Msg};
use crate::ingest::{IngestError, SourceFile, MAX_FILE_BYTES};
use crate::session::LoadRequest;

/// User Timing marks around a load (see [`browser::mark`]).
pub const MARK_FILES_CHOSEN: &str = "clustermap:files-chosen";
/// The reader's result has been taken in; the map is built next.
pub const MARK_FILES_READ: &str = "clustermap:files-read";

/// Loads files into the session through the reader's worker, started on
/// first need.
#[derive(Clone, Copy)]
pub struct Loader {
    store: Store,
    worker: StoredValue<Option<IngestWorker>, LocalStorage>,
}

impl Loader {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            worker: StoredValue::new_local(None),
        }
    }

    /// Reads browser files and replaces the workspace; on error the
    /// current map stays and the status says why.
    pub fn load_files(self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        // Refuse oversized files before reading them: a multi-gigabyte
        // file read into memory would take the tab down before any message.
        if let Some(big) = files.iter().find(|f| f.size() > MAX_FILE_BYTES as f64) {
            let error = IngestError::TooLarge {
                file: big.name(),
                bytes: big.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            self.store.act(|s| s.refuse(error));
            return;
        }
        let names: Vec<String> = files.iter().map(|f| f.name()).collect();
        self.store.act(|s| s.begin_reading(&names));
        browser::mark(MARK_FILES_CHOSEN);
        spawn_local(async move {
            let mut sources = Vec::with_capacity(files.len());
            for file in files {
                let name = file.name();
                match gloo::file::futures::read_as_bytes(&gloo::file::File::from(file)).await {
                    Ok(bytes) => sources.push(SourceFile::new(name, bytes)),
                    Err(e) => {
                        self.store.act(|s| s.unreadable(format!("{name}: {e}")));
                        return;
                    }
                }
            }
            self.load_sources(sources);
        });
    }

    /// Loads in-memory sources (files already read, or pasted cells).
    pub fn load_sources(self, sources: Vec<SourceFile>) {
        let request = self.store.act(|s| Some(s.load(sources)));
        self.send(request);
    }

    /// Hands a request of the session to the reader, if there is one.
    pub fn send(self, request: Option<LoadRequest>) {
        let Some(r) = request else { return };
        self.with_reader(|reader| {
            reader.load(IngestRequest {
                id: r.id,
                options: r.options,
                files: r.files,
            })
        });
    }

    fn with_reader(self, use_reader: impl FnOnce(&IngestWorker)) {
        self.worker.update_value(|worker| {
            use_reader(
                worker.get_or_insert_with(|| {
                    IngestWorker::new(move |response| self.on_answer(response))
                }),
            )
        });
    }

    /// Starts the reader's worker when the user heads for the import panel
    /// or drags a file in, so the first load does not wait for it; a
    /// visitor who only looks at the map never downloads it.
    pub fn warm(self) {
        self.with_reader(IngestWorker::warm);
    }

    /// Asks the export worker for the template workbook in `lang` (the
    /// XLSX writer is not on the page) and offers it as a download, or
    /// says which worker did not write it.
    pub fn template(self, lang: Lang) {
        let name = format!("clustermap-template-{}.xlsx", lang.code());
        let store = self.store;
        super::export_worker::request(
            super::export_worker::Book::Template,
            None,
            lang,
            crate::privacy::Privacy::default(),
            move |result| match result {
                Ok(bytes) => {
                    browser::download_bytes(&name, super::workbook_export::XLSX_MIME, &bytes);
                }
                Err(failure) => {
                    let detail = match failure {
                        super::export_worker::Failure::DidNotStart => None,
                        super::export_worker::Failure::Stopped(d)
                        | super::export_worker::Failure::Failed(d) => Some(d),
                    };
                    store.act(|s| s.refuse(IngestError::TemplateNotWritten { file: name, detail }));
                }
            },
        );
    }

    fn on_answer(self, response: IngestResponse) {
        match response.answer {
            Answer::Step(step) => self.store.act(|s| s.progress(response.id, step)),
            Answer::Finished(f) => {
                browser::mark(MARK_FILES_READ);
                let f = *f;
                self.store
                    .act(|s| s.finish(response.id, f.result, f.previews, f.settings));
            }
        }
    }
}

/// Text pasted from a spreadsheet arrives tab-separated.
pub fn pasted_source(lang: Lang, text: &str) -> Option<SourceFile> {
    (text.contains('\t') || text.contains(';') || text.contains(',')).then(|| {
        SourceFile::new(
            format!("{}.tsv", lang.text(Msg::ImportPasted)),
            text.as_bytes().to_vec(),
        )
    })
}
