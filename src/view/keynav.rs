//! Arrow keys along the value chain (issue 16). From the focused actor,
//! Left and Right go to the neighbouring stage column (a missing stage is
//! a stop of its own, its gap marker), Up and Down to the previous or next
//! actor of the same stage. Outside the stage columns (the support and
//! enabling bands, the network and geographic views) an arrow goes to the
//! nearest actor in its direction. The SVG map, whose actors take the
//! focus themselves, and the canvas, where a proxy element holds it, both
//! follow this one rule.

use crate::layout::{BandRow, MapLayout, NodeBox};

/// An arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    Up,
    Down,
}

impl Step {
    /// From the DOM `key`; other keys are no step.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "ArrowLeft" => Some(Step::Left),
            "ArrowRight" => Some(Step::Right),
            "ArrowUp" => Some(Step::Up),
            "ArrowDown" => Some(Step::Down),
            _ => None,
        }
    }
}

/// Where the keyboard is on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An actor, by index into the dataset.
    Actor(usize),
    /// The gap marker of a core stage missing locally, by stage index.
    Gap(usize),
}

/// The stage column (index into `layout.columns`) a node stands in.
fn column_of(layout: &MapLayout, n: &NodeBox) -> Option<usize> {
    if n.row != BandRow::Operators {
        return None;
    }
    layout
        .columns
        .iter()
        .position(|c| n.x >= c.x && n.x <= c.x + c.width)
}

/// The shown nodes of column `c`, top to bottom.
fn in_column<'a>(
    layout: &'a MapLayout,
    c: usize,
    shown: &dyn Fn(usize) -> bool,
) -> Vec<&'a NodeBox> {
    let mut v: Vec<&NodeBox> = layout
        .nodes
        .iter()
        .filter(|n| shown(n.actor) && column_of(layout, n) == Some(c))
        .collect();
    v.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    v
}

/// Where an arrow key goes from `from`, or `None` when nothing is that
/// way (the focus stays). `shown` says which actors the filters show.
pub fn step(
    layout: &MapLayout,
    from: Target,
    step: Step,
    shown: &dyn Fn(usize) -> bool,
) -> Option<Target> {
    let (column, y, here) = match from {
        Target::Actor(actor) => {
            let n = layout.node_of(actor)?;
            (column_of(layout, n), n.y, Some(n))
        }
        Target::Gap(stage) => {
            let c = layout.columns.iter().position(|c| c.stage == stage)?;
            let ops = layout.bands.iter().find(|b| b.row == BandRow::Operators);
            (Some(c), ops.map_or(0.0, |b| b.y + b.height / 2.0), None)
        }
    };
    let Some(col) = column else {
        return here
            .and_then(|n| nearest(layout, n, step, shown))
            .map(Target::Actor);
    };
    match step {
        Step::Up | Step::Down => {
            let Target::Actor(actor) = from else {
                return None;
            };
            let nodes = in_column(layout, col, shown);
            let at = nodes.iter().position(|n| n.actor == actor)?;
            let next = if step == Step::Down {
                nodes.get(at + 1)
            } else {
                at.checked_sub(1).and_then(|i| nodes.get(i))
            };
            next.map(|n| Target::Actor(n.actor))
        }
        Step::Left | Step::Right => {
            let mut c = col;
            loop {
                c = if step == Step::Right {
                    c + 1
                } else {
                    c.checked_sub(1)?
                };
                let column = layout.columns.get(c)?;
                if column.missing {
                    return Some(Target::Gap(column.stage));
                }
                // The actor nearest in height; a column whose actors are
                // all filtered out is passed over.
                let nodes = in_column(layout, c, shown);
                if let Some(n) = nodes
                    .iter()
                    .min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs()))
                {
                    return Some(Target::Actor(n.actor));
                }
            }
        }
    }
}

/// The first stop of the keyboard on a map: the top actor of the first
/// column, else the first shown actor.
pub fn first(layout: &MapLayout, shown: &dyn Fn(usize) -> bool) -> Option<Target> {
    (0..layout.columns.len())
        .find_map(|c| in_column(layout, c, shown).first().map(|n| n.actor))
        .or_else(|| {
            layout
                .nodes
                .iter()
                .find(|n| shown(n.actor))
                .map(|n| n.actor)
        })
        .map(Target::Actor)
}

/// The nearest shown actor in the arrow's direction, straight ahead
/// preferred over aside.
fn nearest(
    layout: &MapLayout,
    here: &NodeBox,
    step: Step,
    shown: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    layout
        .nodes
        .iter()
        .filter(|n| n.actor != here.actor && shown(n.actor))
        .filter_map(|n| {
            let (dx, dy) = (n.x - here.x, n.y - here.y);
            let (ahead, aside) = match step {
                Step::Right => (dx, dy),
                Step::Left => (-dx, dy),
                Step::Down => (dy, dx),
                Step::Up => (-dy, dx),
            };
            (ahead > 1e-9).then_some((ahead + 2.0 * aside.abs(), n.actor))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, actor)| actor)
}
