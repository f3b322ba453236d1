//! The [`Session`] in the reactive graph: one stored value and one trigger
//! per [`Part`]. A component reads a part (and is woken only when that part
//! changes) and acts through the session's named methods; it never writes
//! the session's fields itself. No browser access here, so the wiring is
//! tested natively (`tests/ui_state.rs`).

use leptos::prelude::*;

use crate::i18n::{Lang, Message};
use crate::session::{Part, Session};

/// A copyable handle on the session, provided through context.
#[derive(Clone, Copy)]
pub struct Store {
    session: StoredValue<Session, LocalStorage>,
    triggers: [Trigger; Part::ALL.len()],
}

impl Store {
    pub fn new(session: Session) -> Self {
        Self {
            session: StoredValue::new_local(session),
            triggers: std::array::from_fn(|_| Trigger::new()),
        }
    }

    /// Reads the session, waking the caller when `part` changes.
    pub fn read<R>(&self, part: Part, f: impl FnOnce(&Session) -> R) -> R {
        self.triggers[part as usize].track();
        self.session.with_value(f)
    }

    /// Reads without subscribing: for event handlers and deferred work.
    pub fn peek<R>(&self, f: impl FnOnce(&Session) -> R) -> R {
        self.session.with_value(f)
    }

    /// Runs one of the session's actions, then wakes the readers of the
    /// parts it changed. `None` if the page is being torn down.
    pub fn act<R>(&self, action: impl FnOnce(&mut Session) -> R) -> R
    where
        R: Default,
    {
        let Some((result, changed)) = self.session.try_update_value(|s| {
            let r = action(s);
            (r, s.take_changes())
        }) else {
            return R::default();
        };
        for part in changed.parts() {
            self.triggers[part as usize].notify();
        }
        result
    }

    /// The UI language (tracked).
    pub fn lang(&self) -> Lang {
        self.read(Part::Lang, |s| s.lang)
    }

    /// A message in the UI language (tracked).
    pub fn t<M: Message>(&self, msg: M) -> &'static str {
        self.lang().text(msg)
    }
}
