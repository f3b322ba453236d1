//! Where a load stands, as the import panel tells it.

use crate::i18n::Msg;
use crate::ingest::{IngestError, LoadStep};

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    /// The files being read and the step the reader has reached.
    Reading(String, Option<LoadStep>),
    Loaded,
    Failed(IngestError),
    /// The browser could not hand over a file (permissions, removed disk).
    Unreadable(String),
    /// A message about the saved workspace, already in words.
    Notice(Msg, String),
}

/// Which load the next answer of the reader must belong to: answers for
/// older ones are dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadTicket {
    pub id: u32,
    /// New files (their settings apply, selections are cleared), not a
    /// re-read after a change in the mapping step.
    pub fresh: bool,
}

/// A stage and the actors behind a finding, chosen in a panel and shown on
/// the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// Index into `dataset.stages`.
    pub stage: usize,
    /// Indices into `dataset.actors`.
    pub actors: Vec<usize>,
}
