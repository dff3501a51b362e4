//! JSON Pointers (RFC 6901) in URI-fragment form, the address of every spec node an error or a
//! name refers to: `#/paths/~1users/get/parameters/2`.

use std::fmt;

/// A location in a spec document, printed as `#/a/b~1c`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        JsonPointer("#".to_owned())
    }

    /// Parses a local `$ref` such as `#/components/schemas/Pet`; `None` if it is not local.
    pub fn from_ref(reference: &str) -> Option<Self> {
        (reference == "#" || reference.starts_with("#/")).then(|| JsonPointer(reference.to_owned()))
    }

    /// This pointer with one more reference token, escaped.
    pub fn join(&self, token: impl AsRef<str>) -> Self {
        let token = token.as_ref().replace('~', "~0").replace('/', "~1");
        JsonPointer(format!("{}/{token}", self.0))
    }

    /// The unescaped reference tokens, root first.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0.split('/').skip(1).map(|t| t.replace("~1", "/").replace("~0", "~"))
    }

    /// The last unescaped token, if any.
    pub fn last(&self) -> Option<String> {
        self.tokens().last()
    }

    /// The pointer as written, starting with `#`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this pointer is `ancestor` or lies below it.
    pub fn is_within(&self, ancestor: &JsonPointer) -> bool {
        self.0 == ancestor.0 || self.0.strip_prefix(&ancestor.0).is_some_and(|rest| rest.starts_with('/'))
    }

    /// Finds the node this pointer addresses in `doc`.
    pub fn resolve<'v>(&self, doc: &'v serde_json::Value) -> Option<&'v serde_json::Value> {
        self.tokens().try_fold(doc, |node, token| match node {
            serde_json::Value::Object(map) => map.get(&token),
            serde_json::Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        })
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_escaped_and_unescaped() {
        let p = JsonPointer::root().join("paths").join("/users/{id}").join("a~b");
        assert_eq!(p.as_str(), "#/paths/~1users~1{id}/a~0b");
        assert_eq!(p.tokens().collect::<Vec<_>>(), ["paths", "/users/{id}", "a~b"]);
        assert_eq!(p.last().as_deref(), Some("a~b"));
    }

    #[test]
    fn within() {
        let a = JsonPointer::root().join("components").join("schemas").join("A");
        assert!(a.join("allOf").join("0").is_within(&a));
        assert!(a.is_within(&a));
        assert!(!JsonPointer::root().join("components").join("schemas").join("AB").is_within(&a));
    }

    #[test]
    fn resolves_objects_and_arrays() {
        let doc = serde_json::json!({"a": [{"b/c": 1}]});
        let p = JsonPointer::root().join("a").join("0").join("b/c");
        assert_eq!(p.resolve(&doc), Some(&serde_json::json!(1)));
        assert_eq!(JsonPointer::root().join("x").resolve(&doc), None);
    }
}
