//! Text measuring without a browser. We estimate widths conservatively
//! (the UI font is a system sans-serif) and truncate with an ellipsis, so
//! labels never run into each other; the full text is in the tooltip.

/// Average advance of a character, as a share of the font size. System
/// sans-serif fonts average about 0.5 to 0.55 for mixed-case text; 0.58
/// leaves margin for wide capitals and Turkish letters.
pub const CHAR_WIDTH: f64 = 0.58;

pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * CHAR_WIDTH
}

/// The text shortened with "…" to fit `max_width`.
pub fn truncate(text: &str, font_size: f64, max_width: f64) -> String {
    let text = text.trim();
    if text_width(text, font_size) <= max_width {
        return text.to_string();
    }
    let fit = ((max_width / (font_size * CHAR_WIDTH)).floor() as usize).saturating_sub(1);
    let mut out: String = text.chars().take(fit).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// A word too long for a line in pieces of at most `max` letters. Two
/// pieces break between two consonants nearest the middle, which in German
/// and Turkish is usually a syllable or compound boundary ("Rahmen-
/// bedingungen"), never leaving a stub like "Rahmenbedingung-en"; longer
/// words go in even pieces.
fn split_word(chars: &[char], max: usize) -> Vec<&[char]> {
    let len = chars.len();
    let pieces = len.div_ceil(max);
    if pieces == 2 {
        let consonant = |c: char| c.is_alphabetic() && !"aeiouäöüıyAEIOUÄÖÜIİY".contains(c);
        let middle = len / 2;
        let best = (len - max..=max)
            .filter(|p| *p >= 2 && len - p >= 2)
            .filter(|p| consonant(chars[p - 1]) && consonant(chars[*p]))
            .min_by_key(|p| p.abs_diff(middle));
        if let Some(p) = best {
            return vec![&chars[..p], &chars[p..]];
        }
    }
    chars.chunks(len.div_ceil(pieces)).collect()
}

/// Greedy word wrap into at most `max_lines` lines of `max_width`; the last
/// line is truncated if the text does not fit.
pub fn wrap(text: &str, font_size: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let fit = ((max_width / (font_size * CHAR_WIDTH)).floor() as usize).max(2);
    // German compounds can be wider than a column: break them with a hyphen
    // rather than cutting them off.
    let words = text.split_whitespace().flat_map(|word| {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() <= fit {
            return vec![word.to_string()];
        }
        let chunks = split_word(&chars, fit - 1);
        let last = chunks.len() - 1;
        chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut part: String = c.iter().collect();
                if i < last {
                    part.push('-');
                }
                part
            })
            .collect()
    });
    for word in words {
        let word = word.as_str();
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if text_width(&candidate, font_size) <= max_width || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        lines.push(rest);
    }
    lines
        .into_iter()
        .map(|l| truncate(&l, font_size, max_width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_only_when_needed() {
        assert_eq!(truncate("Ege", 10.0, 100.0), "Ege");
        let t = truncate("Gediz Haberleşme Cihazları San. Tic. A.Ş.", 10.0, 60.0);
        assert!(t.ends_with('…'));
        assert!(text_width(&t, 10.0) <= 60.0);
    }

    #[test]
    fn wraps_into_lines_that_fit() {
        let lines = wrap("Network installation & integration", 12.0, 120.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 120.0));
        let long = wrap(
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
            12.0,
            40.0,
            2,
        );
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
    }

    #[test]
    fn breaks_long_compounds_with_a_hyphen() {
        let lines = wrap("Leiterplattenfertigung", 13.0, 138.0, 3);
        assert_eq!(lines.concat().replace('-', ""), "Leiterplattenfertigung");
        assert!(lines[0].ends_with('-'));
        assert!(lines.iter().all(|l| text_width(l, 13.0) <= 138.0));
        // Even pieces, no two-letter stub.
        let band = wrap("Rahmenbedingungen", 10.0, 95.0, 2);
        assert_eq!(band, ["Rahmen-", "bedingungen"]);
        let three = wrap("Donaudampfschifffahrtsgesellschaft", 10.0, 80.0, 3);
        assert_eq!(three.len(), 3);
        assert!(three.iter().all(|l| text_width(l, 10.0) <= 80.0));
    }
}
