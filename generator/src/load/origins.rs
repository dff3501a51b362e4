//! Where each node of a normalised document came from in the document the user wrote. OpenAPI 3.1
//! and Swagger 2.0 specs are rewritten into the OpenAPI 3.0 shape before they are read; errors and
//! warnings found afterwards are mapped back through this table, so they point into the user's file.

use std::collections::BTreeMap;

use crate::pointer::JsonPointer;

/// A table of moved subtrees: a pointer into the normalised document maps to the user's document
/// through its nearest recorded ancestor (the rest of the path carried over); a pointer with no
/// recorded ancestor stands where it stood.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    moved: BTreeMap<JsonPointer, JsonPointer>,
}

impl Origins {
    /// Records that the subtree at `to` (normalised document) comes from `from` (user's document).
    pub fn record(&mut self, to: JsonPointer, from: JsonPointer) {
        if self.original(&to) != from {
            self.moved.insert(to, from);
        }
    }

    /// Records that the subtree at `to` is the one that stood at `was` in the normalised document
    /// (before it moved there), wherever that came from.
    pub fn record_move(&mut self, to: JsonPointer, was: &JsonPointer) {
        let from = self.original(was);
        self.record(to, from);
    }

    /// Where the node at `at` in the normalised document stands in the user's document.
    pub fn original(&self, at: &JsonPointer) -> JsonPointer {
        let mut ancestor = at.clone();
        loop {
            if let Some(from) = self.moved.get(&ancestor) {
                return at.rebase(&ancestor, from).unwrap_or_else(|| from.clone());
            }
            if ancestor == JsonPointer::root() {
                return at.clone();
            }
            ancestor = ancestor.parent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(tokens: &[&str]) -> JsonPointer {
        tokens.iter().fold(JsonPointer::root(), |p, t| p.join(t))
    }

    #[test]
    fn nearest_recorded_ancestor_wins() {
        let mut origins = Origins::default();
        origins.record(p(&["components", "schemas"]), p(&["definitions"]));
        origins.record(p(&["paths", "/a", "post", "requestBody"]), p(&["paths", "/a", "post", "parameters", "1"]));
        assert_eq!(
            origins.original(&p(&["components", "schemas", "Pet", "properties", "id"])),
            p(&["definitions", "Pet", "properties", "id"])
        );
        assert_eq!(
            origins.original(&p(&["paths", "/a", "post", "requestBody", "content"])),
            p(&["paths", "/a", "post", "parameters", "1", "content"])
        );
        assert_eq!(origins.original(&p(&["paths", "/a", "get"])), p(&["paths", "/a", "get"]));
    }

    #[test]
    fn moves_inside_moved_subtrees_compose() {
        let mut origins = Origins::default();
        origins.record(p(&["components", "schemas"]), p(&["definitions"]));
        // `Pet/properties/owner` was wrapped into an `allOf`: its `$ref` now stands one level down.
        let owner = p(&["components", "schemas", "Pet", "properties", "owner"]);
        origins.record_move(owner.join("allOf").join("0"), &owner);
        assert_eq!(origins.original(&owner.join("allOf").join("0")), p(&["definitions", "Pet", "properties", "owner"]));
        assert_eq!(
            origins.original(&owner.join("description")),
            p(&["definitions", "Pet", "properties", "owner", "description"])
        );
    }

    #[test]
    fn an_identity_record_inside_a_moved_subtree_is_kept() {
        let mut origins = Origins::default();
        origins.record(p(&["a"]), p(&["x"]));
        origins.record(p(&["a", "b"]), p(&["a", "b"]));
        assert_eq!(origins.original(&p(&["a", "b", "c"])), p(&["a", "b", "c"]));
        assert_eq!(origins.original(&p(&["a", "c"])), p(&["x", "c"]));
    }
}
