//! The only code that makes identifiers. Lowering registers a [`Candidate`] for everything that
//! needs a name; [`Namer::resolve`] then settles collisions per scope in fixed phases (the
//! candidate's own context suffixes, then a number), ties broken by rank and pointer, and reports
//! every rename. Manifest overrides are pinned and keep their names.

pub mod ident;
mod inflect;
pub mod places;
pub mod style;

use std::collections::BTreeMap;

pub use ident::Case;
pub use style::{Naming, OperationFacts};

use crate::error::Warning;
use crate::pointer::JsonPointer;

/// A handle on a name; resolved text is in [`Names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameId(usize);

/// A namespace in which names must be unique. Scopes are resolved in this order; `Types` comes
/// first because builder names must avoid the types that share their module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Every type of the crate, and the API types re-exported at its root.
    Types,
    /// Group modules under `apis`.
    Modules,
    /// Files (modules) under `models`.
    ModelFiles,
    /// Accessors on `Client`.
    Accessors,
    /// The modules of OAuth2 schemes under `oauth2`.
    OAuth2Modules,
    /// Cargo features of the crate, one per group (`Group::feature`).
    Features,
    /// Methods of one group's API type.
    Methods(usize),
    /// Builder types in one group's module.
    Builders(usize),
    /// Arguments and setters of one operation (by its index in the crate).
    Params(usize),
    /// Fields of one struct (by type index).
    Fields(usize),
    /// Variants of one enum (by type index).
    Variants(usize),
}

impl Scope {
    fn describe(self) -> &'static str {
        match self {
            Scope::Types => "type",
            Scope::Modules => "module",
            Scope::ModelFiles => "model file",
            Scope::Accessors => "client accessor",
            Scope::OAuth2Modules => "OAuth2 scheme module",
            Scope::Features => "Cargo feature",
            Scope::Methods(_) => "method",
            Scope::Builders(_) => "builder",
            Scope::Params(_) => "parameter",
            Scope::Fields(_) => "field",
            Scope::Variants(_) => "variant",
        }
    }

    /// Names that generated or runtime code already uses in this scope.
    fn reserved(self) -> &'static [&'static str] {
        match self {
            Scope::Types => &[
                "Client",
                "ClientBuilder",
                "Auth",
                "Secret",
                "Error",
                "ApiError",
                "DecodeError",
                "RawResponse",
                "Option",
                "Result",
                "String",
                "Vec",
                "Box",
                "Some",
                "None",
                "Ok",
                "Err",
                "Self",
                "Serialize",
                "Deserialize",
                "BTreeMap",
                "Value",
                "Bytes",
                "DateTime",
                "Utc",
                "NaiveDate",
                "Uuid",
                "IntoFuture",
                "Duration",
                "ResponseFuture",
                "Call",
                "OperationSpec",
            ],
            Scope::Modules | Scope::ModelFiles => &["mod"],
            Scope::Accessors => &["builder", "base_url", "clone"],
            Scope::Methods(_) => &["new"],
            Scope::Params(_) => &[
                "new",
                "header",
                "timeout",
                "retry",
                "send",
                "send_with_response",
                "send_streaming",
                "into_future",
                "into_stream",
                "into_call",
                "json",
                "form",
                "multipart",
                "file_body",
            ],
            // A scheme module named like the `oauth2` module around it trips `clippy::module_inception`.
            Scope::OAuth2Modules => &["oauth2"],
            Scope::Features => places::RESERVED_FEATURES,
            Scope::Builders(_) | Scope::Fields(_) | Scope::Variants(_) => &[],
        }
    }
}

/// Something that needs a Rust name, and where it came from.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The namespace.
    pub scope: Scope,
    /// The spec node the name is for.
    pub at: JsonPointer,
    /// What the style asks for, before case conversion and escaping.
    pub wanted: String,
    /// The identifier case.
    pub case: Case,
    /// A manifest override: never renamed.
    pub pinned: bool,
    /// Lower ranks keep their name in a collision (component schemas before inline ones).
    pub rank: u8,
    /// Context suffixes to try, in order, before numbers (`Request`, a status code, ...).
    pub suffixes: Vec<String>,
}

/// Collects candidates during lowering.
#[derive(Debug, Default)]
pub struct Namer {
    candidates: Vec<Candidate>,
    /// Names resolved in an earlier scope that are also taken in a later one.
    links: Vec<(Scope, NameId)>,
}

/// Resolved identifier text per [`NameId`].
#[derive(Debug, Default)]
pub struct Names {
    idents: Vec<String>,
}

impl Names {
    /// The identifier, escaped (`r#type`, `self_`).
    pub fn get(&self, id: NameId) -> &str {
        &self.idents[id.0]
    }
}

impl Namer {
    /// Registers a candidate.
    pub fn add(&mut self, candidate: Candidate) -> NameId {
        self.candidates.push(candidate);
        NameId(self.candidates.len() - 1)
    }

    /// Shorthand for an unpinned candidate without suffixes.
    pub fn simple(&mut self, scope: Scope, at: &JsonPointer, wanted: impl Into<String>, case: Case) -> NameId {
        self.add(Candidate {
            scope,
            at: at.clone(),
            wanted: wanted.into(),
            case,
            pinned: false,
            rank: 1,
            suffixes: Vec::new(),
        })
    }

    /// Marks the resolved text of `name` (from an earlier scope) as taken in `scope`.
    pub fn link(&mut self, scope: Scope, name: NameId) {
        self.links.push((scope, name));
    }

    /// Settles every scope and reports renames.
    pub fn resolve(self) -> (Names, Vec<Warning>) {
        let mut by_scope: BTreeMap<Scope, Vec<usize>> = BTreeMap::new();
        for (i, c) in self.candidates.iter().enumerate() {
            by_scope.entry(c.scope).or_default().push(i);
        }
        // What each candidate gets unless it collides, converted once.
        let converted: Vec<String> = self.candidates.iter().map(|c| ident::convert(&c.wanted, c.case)).collect();
        let mut idents = vec![String::new(); self.candidates.len()];
        let mut warnings = Vec::new();
        // Links by scope, in the order they were made: one pass, not one per scope (a large spec
        // has tens of thousands of each).
        let mut links_of: BTreeMap<Scope, Vec<NameId>> = BTreeMap::new();
        for (scope, id) in &self.links {
            links_of.entry(*scope).or_default().push(*id);
        }
        for (scope, mut members) in by_scope {
            let mut taken: BTreeMap<String, Option<usize>> =
                scope.reserved().iter().map(|r| ((*r).to_owned(), None)).collect();
            for id in links_of.get(&scope).into_iter().flatten() {
                taken.insert(ident::unraw(&idents[id.0]).to_owned(), Some(id.0));
            }
            // The number after which each base name's numbered forms are all taken: names are only
            // ever added, so the next number search starts there (`Value2` .. `Value900` in a
            // scope would otherwise be a quadratic search).
            let mut numbered: BTreeMap<(String, ident::Case), usize> = BTreeMap::new();
            // Pinned names first, then by rank; within a rank a name the spec spelled exactly so
            // (`id` rather than `$id`, `FileFull` rather than `File_Full`) keeps it; then pointer.
            members.sort_by(|&a, &b| {
                let (ca, cb) = (&self.candidates[a], &self.candidates[b]);
                let (exact_a, exact_b) = (converted[a] == ca.wanted, converted[b] == cb.wanted);
                (!ca.pinned, ca.rank, !exact_a, &ca.at, a).cmp(&(!cb.pinned, cb.rank, !exact_b, &cb.at, b))
            });
            for i in members {
                let c = &self.candidates[i];
                let base = converted[i].clone();
                let free = |name: &str, taken: &BTreeMap<String, Option<usize>>| {
                    !taken.contains_key(name) && !taken.contains_key(ident::unraw(&ident::escape(name)))
                };
                let chosen = if free(&base, &taken) {
                    base.clone()
                } else {
                    let mut tries = c.suffixes.iter().map(|s| ident::with_suffix(&base, s, c.case));
                    let from_suffix = tries.find(|n| free(n, &taken));
                    from_suffix.unwrap_or_else(|| {
                        let start = numbered.get(&(base.clone(), c.case)).map_or(2, |last| last + 1);
                        let found =
                            (start..).find(|n| free(&ident::with_suffix(&base, &n.to_string(), c.case), &taken));
                        let n = found.unwrap_or(start);
                        numbered.insert((base.clone(), c.case), n);
                        ident::with_suffix(&base, &n.to_string(), c.case)
                    })
                };
                if chosen != base {
                    let by = match taken.get(&base) {
                        Some(Some(other)) => format!("{} at {}", "already used", self.candidates[*other].at),
                        _ => "reserved".to_owned(),
                    };
                    warnings.push(Warning {
                        at: c.at.clone(),
                        message: format!("{} `{base}` is {by}; named `{chosen}`", scope.describe()),
                    });
                }
                taken.insert(chosen.clone(), Some(i));
                idents[i] = ident::escape(&chosen);
            }
        }
        (Names { idents }, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(scope: Scope, at: &str, wanted: &str, rank: u8, suffixes: &[&str]) -> Candidate {
        Candidate {
            scope,
            at: JsonPointer::root().join(at),
            wanted: wanted.into(),
            case: Case::Pascal,
            pinned: false,
            rank,
            suffixes: suffixes.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn collisions_use_suffixes_then_numbers_and_are_reported() {
        let mut namer = Namer::default();
        let a = namer.add(cand(Scope::Types, "b", "User", 1, &["Request"]));
        let b = namer.add(cand(Scope::Types, "a", "User", 0, &[]));
        let c = namer.add(cand(Scope::Types, "c", "User", 1, &["Request"]));
        let d = namer.add(cand(Scope::Types, "d", "Result", 1, &[]));
        let (names, warnings) = namer.resolve();
        assert_eq!(names.get(b), "User");
        assert_eq!(names.get(a), "UserRequest");
        assert_eq!(names.get(c), "User2");
        assert_eq!(names.get(d), "Result2");
        assert_eq!(warnings.len(), 3);
        assert!(warnings[0].message.contains("already used at #/a"), "{}", warnings[0]);
    }

    #[test]
    fn numbers_skip_names_taken_in_between() {
        let mut namer = Namer::default();
        let ids: Vec<_> = [("a", "User"), ("b", "User3"), ("c", "User"), ("d", "User"), ("e", "User")]
            .into_iter()
            .map(|(at, wanted)| namer.add(cand(Scope::Types, at, wanted, 1, &[])))
            .collect();
        let (names, _) = namer.resolve();
        let got: Vec<&str> = ids.iter().map(|id| names.get(*id)).collect();
        assert_eq!(got, ["User", "User3", "User2", "User4", "User5"]);
    }

    #[test]
    fn pinned_names_win_and_keywords_are_escaped() {
        let mut namer = Namer::default();
        let free = namer.add(Candidate { case: Case::Snake, ..cand(Scope::Methods(0), "a", "list", 0, &[]) });
        let pinned =
            namer.add(Candidate { case: Case::Snake, pinned: true, ..cand(Scope::Methods(0), "b", "list", 1, &[]) });
        let kw = namer.add(Candidate { case: Case::Snake, ..cand(Scope::Fields(0), "c", "type", 1, &[]) });
        let (names, _) = namer.resolve();
        assert_eq!(names.get(pinned), "list");
        assert_eq!(names.get(free), "list_2");
        assert_eq!(names.get(kw), "r#type");
    }

    #[test]
    fn links_reserve_names_from_earlier_scopes() {
        let mut namer = Namer::default();
        let ty = namer.add(cand(Scope::Types, "t", "CreateGroupMembershipRequest", 1, &[]));
        namer.link(Scope::Builders(0), ty);
        let builder = namer.add(cand(Scope::Builders(0), "b", "CreateGroupMembershipRequest", 1, &["Builder"]));
        let (names, _) = namer.resolve();
        assert_eq!(names.get(builder), "CreateGroupMembershipRequestBuilder");
    }
}
