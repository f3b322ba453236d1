//! The presenter's keys, clicker included (clickers send PageDown,
//! PageUp, F5, Esc and "."), as commands. Digits typed before Enter jump
//! to that slide.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Next,
    Prev,
    First,
    Last,
    Black,
    Stop,
    /// Slide number as people count (1 is the first).
    Goto(usize),
}

/// The digits typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys {
    digits: String,
}

impl Keys {
    /// The command for `key` (a `KeyboardEvent.key` value). Outside a
    /// presentation only F5 means something, so typing elsewhere on the
    /// page is left alone.
    pub fn press(&mut self, key: &str, presenting: bool) -> Option<Command> {
        if !presenting {
            self.digits.clear();
            return (key == "F5").then_some(Command::Start);
        }
        if key.len() == 1 && key.bytes().all(|b| b.is_ascii_digit()) {
            // Nobody presents a deck of more than four digits.
            if self.digits.len() < 4 {
                self.digits.push_str(key);
            }
            return None;
        }
        let typed = std::mem::take(&mut self.digits);
        Some(match key {
            "Enter" => match typed.parse::<usize>() {
                Ok(n) => Command::Goto(n),
                Err(_) => Command::Next,
            },
            "PageDown" | "ArrowRight" | "ArrowDown" | " " | "Spacebar" => Command::Next,
            "PageUp" | "ArrowLeft" | "ArrowUp" | "Backspace" => Command::Prev,
            "Home" => Command::First,
            "End" => Command::Last,
            "b" | "B" | "." => Command::Black,
            "Escape" | "Esc" => Command::Stop,
            _ => return None,
        })
    }
}
