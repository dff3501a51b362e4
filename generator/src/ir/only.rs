//! The operation filter (`--only`, a manifest target's `only`, `Builder::only`): which operations
//! a crate keeps, and the IR cut down to them and the types they reach. It runs on the IR of the
//! whole spec, after naming, so every name it keeps is the one the whole spec's crate has:
//! widening a filter never renames what a user already calls.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use super::naming::ident::unraw;
use super::{Api, Group, Home, Operation, TypeId};

/// One entry of an operation filter. An operation is kept when any entry selects it.
///
/// ```
/// use generator::ir::Only;
///
/// let only: Only = "group:memberships".parse().map_err(|e: String| e)?;
/// assert_eq!(only, Only::Group("memberships".to_owned()));
/// assert_eq!("path:/api/users".parse::<Only>()?.to_string(), "path:/api/users");
/// assert!("memberships".parse::<Only>().is_err());
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Only {
    /// `group:NAME`: the operations of a group, named by its tag (`x-box-tag` in the `box` style)
    /// as the spec writes it, or by its module in the crate (`users`, `memberships`).
    Group(String),
    /// `op:OPERATION_ID`: one operation, by its operationId.
    Operation(String),
    /// `path:/PREFIX`: the operations whose path is the prefix or continues it with `/`
    /// (`path:/api/users` takes `/api/users/{id}`, not `/api/users_groups`).
    Path(String),
}

/// The forms an entry takes, for error messages and `--help`.
pub const ONLY_SYNTAX: &str = "`group:NAME` (a tag or group module), `op:OPERATION_ID` or `path:/PREFIX`";

impl FromStr for Only {
    type Err = String;

    fn from_str(entry: &str) -> Result<Self, String> {
        let bad = |why: &str| format!("operation filter `{entry}`: {why}");
        let (kind, value) = entry.split_once(':').ok_or_else(|| bad(&format!("expected {ONLY_SYNTAX}")))?;
        if value.is_empty() {
            return Err(bad("nothing after the colon"));
        }
        match kind {
            "group" => Ok(Only::Group(value.to_owned())),
            "op" => Ok(Only::Operation(value.to_owned())),
            "path" if value.starts_with('/') => Ok(Only::Path(value.to_owned())),
            "path" => Err(bad("a path prefix starts with `/`")),
            _ => Err(bad(&format!("expected {ONLY_SYNTAX}"))),
        }
    }
}

impl TryFrom<String> for Only {
    type Error = String;

    fn try_from(entry: String) -> Result<Self, String> {
        entry.parse()
    }
}

impl fmt::Display for Only {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Only::Group(name) => write!(f, "group:{name}"),
            Only::Operation(id) => write!(f, "op:{id}"),
            Only::Path(prefix) => write!(f, "path:{prefix}"),
        }
    }
}

impl Only {
    /// Whether this entry selects `op` of `group`.
    pub fn selects(&self, api: &Api, group: &Group, op: &Operation) -> bool {
        match self {
            Only::Group(name) => group.key == *name || unraw(api.name(group.module)) == name,
            Only::Operation(id) => op.id == *id,
            Only::Path(prefix) => {
                let prefix = prefix.trim_end_matches('/');
                op.path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            }
        }
    }
}

/// Cuts `api` down to the operations `only` selects and the types they reach; the groups that
/// keep an operation (or hold a type one reaches) stay, in order; webhooks go (they are no
/// operation). Names, docs and each type's serde directions stay those of the whole spec. An
/// empty filter keeps everything. The entries that select no operation are the error.
pub fn prune(api: Api, only: &[Only]) -> Result<Api, Vec<Only>> {
    if only.is_empty() {
        return Ok(api);
    }
    let (kept, used) = select(&api, only);
    let unused: Vec<Only> = only.iter().zip(&used).filter(|(_, used)| !**used).map(|(e, _)| e.clone()).collect();
    if !unused.is_empty() {
        return Err(unused);
    }
    Ok(cut(api, only, kept))
}

/// [`prune`] for an older version of a spec, which may lack what some entries select: those
/// select nothing, and are no error (`generator diff` on a filtered target).
pub fn prune_lenient(api: Api, only: &[Only]) -> Api {
    if only.is_empty() {
        return api;
    }
    let (kept, _) = select(&api, only);
    cut(api, only, kept)
}

/// Per group, whether each operation is kept; per entry, whether it selects any.
fn select(api: &Api, only: &[Only]) -> (Vec<Vec<bool>>, Vec<bool>) {
    let mut used = vec![false; only.len()];
    let mut kept: Vec<Vec<bool>> = Vec::with_capacity(api.groups.len());
    for group in &api.groups {
        let ops = group.operations.iter().map(|op| {
            let mut keep = false;
            for (i, entry) in only.iter().enumerate() {
                if entry.selects(api, group, op) {
                    used[i] = true;
                    keep = true;
                }
            }
            keep
        });
        kept.push(ops.collect());
    }
    (kept, used)
}

/// Keeps the operations `kept` marks (per group, per operation) and the types they reach.
fn cut(mut api: Api, only: &[Only], kept: Vec<Vec<bool>>) -> Api {
    let operations = api
        .groups
        .iter()
        .zip(&kept)
        .flat_map(|(g, keep)| g.operations.iter().zip(keep).filter(|(_, keep)| **keep).map(|(op, _)| op));
    let reached = api.reached_by(operations);
    let new_id: BTreeMap<TypeId, TypeId> = reached.iter().enumerate().map(|(i, id)| (*id, TypeId(i))).collect();
    let homes: BTreeSet<usize> = reached
        .iter()
        .filter_map(|id| match api.ty(*id).home {
            Home::Group(g) => Some(g),
            Home::Models { .. } => None,
        })
        .collect();
    let keep_group: Vec<bool> =
        kept.iter().enumerate().map(|(g, ops)| ops.contains(&true) || homes.contains(&g)).collect();
    let new_group: BTreeMap<usize, usize> =
        (0..api.groups.len()).filter(|g| keep_group[*g]).enumerate().map(|(i, g)| (g, i)).collect();
    let map_id = |id: TypeId| new_id.get(&id).copied().unwrap_or(id);
    let map_group = |g: usize| new_group.get(&g).copied().unwrap_or(g);

    let mut types = Vec::with_capacity(reached.len());
    for (i, mut ty) in std::mem::take(&mut api.types).into_iter().enumerate() {
        if !reached.contains(&TypeId(i)) {
            continue;
        }
        ty.type_refs_mut().into_iter().for_each(|t| t.map_named(&map_id));
        if let Home::Group(g) = &mut ty.home {
            *g = map_group(*g);
        }
        types.push(ty);
    }
    api.types = types;
    let groups = std::mem::take(&mut api.groups);
    for ((g, mut group), keep) in groups.into_iter().enumerate().zip(kept) {
        if !keep_group[g] {
            continue;
        }
        let mut keep = keep.into_iter();
        group.operations.retain(|_| keep.next().unwrap_or(false));
        for op in &mut group.operations {
            op.group = map_group(op.group);
            op.map_named(&map_id);
        }
        api.groups.push(group);
    }
    api.pages = std::mem::take(&mut api.pages)
        .into_iter()
        .filter(|(id, _)| reached.contains(id))
        .map(|(id, mut shape)| {
            shape.item.map_named(&map_id);
            (map_id(id), shape)
        })
        .collect();
    api.webhooks.clear();
    api.only = only.to_vec();
    // Warnings about the operations and schemas the filter left out are not this crate's.
    let mut warnings = std::mem::take(&mut api.warnings);
    let kept: BTreeSet<&str> = api
        .operations()
        .map(|(_, op)| op.at.as_str().rsplit_once('/').map_or(op.at.as_str(), |(item, _)| item))
        .chain(api.types.iter().map(|ty| ty.at.as_str()))
        .collect();
    warnings.retain(|w| about_kept(w.at.as_str(), &kept));
    drop(kept);
    api.warnings = warnings;
    api
}

/// Whether a warning at `at` may be about what the filter kept: it lies within a kept operation's
/// path item or a kept type's schema, or outside the paths and the component schemas.
fn about_kept(at: &str, kept: &BTreeSet<&str>) -> bool {
    if !(at.starts_with("#/paths/") || at.starts_with("#/components/schemas/")) {
        return true;
    }
    kept.contains(at) || at.match_indices('/').any(|(i, _)| kept.contains(&at[..i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_parse_and_print_back() {
        for (text, parsed) in [
            ("group:users", Only::Group("users".into())),
            ("group:Shield information barriers", Only::Group("Shield information barriers".into())),
            ("op:users_list", Only::Operation("users_list".into())),
            ("path:/api/users", Only::Path("/api/users".into())),
            ("op:a:b", Only::Operation("a:b".into())),
        ] {
            assert_eq!(text.parse::<Only>().as_ref(), Ok(&parsed), "{text}");
            assert_eq!(parsed.to_string(), text);
        }
        for (text, message) in [
            ("users", "operation filter `users`: expected `group:NAME`"),
            ("tag:users", "operation filter `tag:users`: expected `group:NAME`"),
            ("group:", "operation filter `group:`: nothing after the colon"),
            ("path:api/users", "operation filter `path:api/users`: a path prefix starts with `/`"),
        ] {
            let error = text.parse::<Only>().err().unwrap_or_default();
            assert!(error.starts_with(message), "{text}: {error}");
        }
    }
}
