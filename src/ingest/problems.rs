//! The validation report of one load, bounded.
//!
//! A hostile or broken file can raise a problem per row: a million
//! duplicate rows are a million entries, which no one reads and which cost
//! the page hundreds of megabytes. The report keeps the first
//! [`MAX_LISTED`] problems as they are and counts the rest by what they
//! are ([`ProblemCount`]), so the total and every kind of problem stay
//! known while memory stays flat.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::error::{Action, Issue, Problem};

/// Problems kept with their row and value.
pub const MAX_LISTED: usize = 5_000;

/// Problems of one kind: the same file, column, issue and action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemCount {
    pub file: String,
    pub column: Option<String>,
    pub issue: Issue,
    pub action: Action,
    pub count: usize,
    /// The first and last row among them, when they have rows.
    pub rows: Option<(usize, usize)>,
}

type Key = (String, Option<String>, Issue, Action);

/// Every problem of a load: the first [`MAX_LISTED`] in full, the others
/// counted by kind. Reads as the slice of listed problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Problems {
    listed: Vec<Problem>,
    /// Problems beyond the listed ones, by kind, in first-seen order.
    beyond: Vec<ProblemCount>,
    #[serde(skip)]
    index: HashMap<Key, usize>,
}

impl Problems {
    /// Adds a problem: listed while there is room, else counted.
    pub fn push(&mut self, problem: Problem) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(problem);
            return;
        }
        let rows = problem.row.map(|r| (r, r));
        self.count(problem, 1, rows);
    }

    /// Every problem, listed or counted.
    pub fn total(&self) -> usize {
        self.listed.len() + self.beyond.iter().map(|g| g.count).sum::<usize>()
    }

    /// The problems kept in full, in the order they were found.
    pub fn listed(&self) -> &[Problem] {
        &self.listed
    }

    /// The problems past [`MAX_LISTED`], counted by kind.
    pub fn beyond(&self) -> &[ProblemCount] {
        &self.beyond
    }

    /// Every problem counted by kind (listed and beyond together), the
    /// most frequent first: the summary a long report opens with.
    ///
    /// Complexity: O(n) in the listed problems plus the kinds.
    pub fn by_kind(&self) -> Vec<ProblemCount> {
        let mut all = Problems::default();
        for p in &self.listed {
            all.count(p.clone(), 1, p.row.map(|r| (r, r)));
        }
        for g in &self.beyond {
            let p = Problem {
                file: g.file.clone(),
                row: None,
                column: g.column.clone(),
                value: None,
                issue: g.issue.clone(),
                action: g.action.clone(),
            };
            all.count(p, g.count, g.rows);
        }
        let mut kinds = all.beyond;
        kinds.sort_by_key(|k| std::cmp::Reverse(k.count));
        kinds
    }

    /// Counts `n` problems like `p` among the kinds beyond the list.
    fn count(&mut self, p: Problem, n: usize, rows: Option<(usize, usize)>) {
        let key = (p.file, p.column, p.issue, p.action);
        let at = match self.index.get(&key) {
            Some(&at) => at,
            None => {
                let (file, column, issue, action) = key.clone();
                self.beyond.push(ProblemCount {
                    file,
                    column,
                    issue,
                    action,
                    count: 0,
                    rows: None,
                });
                self.index.insert(key, self.beyond.len() - 1);
                self.beyond.len() - 1
            }
        };
        let group = &mut self.beyond[at];
        group.count += n;
        if let Some((a, b)) = rows {
            group.rows = Some(group.rows.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
        }
    }
}

impl std::ops::Deref for Problems {
    type Target = [Problem];

    fn deref(&self) -> &[Problem] {
        &self.listed
    }
}

impl From<Vec<Problem>> for Problems {
    fn from(problems: Vec<Problem>) -> Self {
        let mut out = Problems::default();
        for p in problems {
            out.push(p);
        }
        out
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.listed.iter()
    }
}

/// Workspaces saved before the report was bounded hold a plain list.
#[derive(Deserialize)]
#[serde(untagged)]
enum Saved {
    Bounded {
        listed: Vec<Problem>,
        #[serde(default)]
        beyond: Vec<ProblemCount>,
    },
    List(Vec<Problem>),
}

impl<'de> Deserialize<'de> for Problems {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Saved::deserialize(d)? {
            Saved::List(list) => list.into(),
            Saved::Bounded { listed, beyond } => {
                let mut out = Problems::from(listed);
                for g in beyond {
                    let p = Problem {
                        file: g.file,
                        row: None,
                        column: g.column,
                        value: None,
                        issue: g.issue,
                        action: g.action,
                    };
                    out.count(p, g.count, g.rows);
                }
                out
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dup(row: usize) -> Problem {
        Problem {
            file: "actors.csv".into(),
            row: Some(row),
            column: Some("id".into()),
            value: Some("x".into()),
            issue: Issue::DuplicateId,
            action: Action::RowSkipped,
        }
    }

    #[test]
    fn a_million_problems_keep_the_first_and_count_the_rest() {
        let mut p = Problems::default();
        for row in 1..=1_000_000 {
            p.push(dup(row));
        }
        assert_eq!(p.total(), 1_000_000);
        assert_eq!(p.listed().len(), MAX_LISTED);
        assert_eq!(p.beyond().len(), 1);
        assert_eq!(p.beyond()[0].count, 1_000_000 - MAX_LISTED);
        assert_eq!(p.beyond()[0].rows, Some((MAX_LISTED + 1, 1_000_000)));
        let kinds = p.by_kind();
        assert_eq!(kinds.len(), 1);
        assert_eq!(kinds[0].count, 1_000_000);
        assert_eq!(kinds[0].rows, Some((1, 1_000_000)));
    }

    #[test]
    fn saved_lists_and_bounded_reports_read_back() {
        let old = serde_json::to_string(&vec![dup(1), dup(2)]).unwrap_or_default();
        let p: Problems = serde_json::from_str(&old).unwrap_or_default();
        assert_eq!(p.total(), 2);
        let mut big = Problems::default();
        for row in 1..=MAX_LISTED + 7 {
            big.push(dup(row));
        }
        let text = serde_json::to_string(&big).unwrap_or_default();
        let back: Problems = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back.total(), MAX_LISTED + 7);
        assert_eq!(back.beyond(), big.beyond());
    }
}
