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
    /// The URI fragment of a `$ref` may be percent-encoded (`#/paths/~1a~1%7Bid%7D`); it is
    /// decoded here.
    pub fn from_ref(reference: &str) -> Option<Self> {
        (reference == "#" || reference.starts_with("#/")).then(|| JsonPointer(percent_decode(reference)))
    }

    /// This pointer with one more reference token, escaped.
    pub fn join(&self, token: impl AsRef<str>) -> Self {
        let mut joined = self.clone();
        joined.push(token.as_ref());
        joined
    }

    /// Appends one reference token, escaped. A walk over a whole document keeps one pointer,
    /// pushing a child's token before visiting it and truncating back to [`JsonPointer::len`]
    /// after: no pointer is built per node.
    pub(crate) fn push(&mut self, token: &str) {
        self.0.push('/');
        if token.contains(['~', '/']) {
            self.0.push_str(&token.replace('~', "~0").replace('/', "~1"));
        } else {
            self.0.push_str(token);
        }
    }

    /// Appends an array index.
    pub(crate) fn push_index(&mut self, index: usize) {
        use fmt::Write;
        // Writing to a `String` cannot fail.
        let _ = write!(self.0, "/{index}");
    }

    /// The length of the pointer's text, to [`JsonPointer::truncate`] back to.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Drops the tokens pushed since the pointer was `len` long.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    /// The unescaped reference tokens, root first.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0.split('/').skip(1).map(|t| t.replace("~1", "/").replace("~0", "~"))
    }

    /// The pointer one level up; the root is its own parent.
    pub fn parent(&self) -> Self {
        match self.0.rfind('/') {
            Some(at) => JsonPointer(self.0[..at].to_owned()),
            None => self.clone(),
        }
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

    /// This pointer moved from below `ancestor` to below `onto` (`#/a/b/c` rebased from `#/a`
    /// onto `#/x` is `#/x/b/c`); `None` if it does not lie within `ancestor`.
    pub fn rebase(&self, ancestor: &JsonPointer, onto: &JsonPointer) -> Option<JsonPointer> {
        self.is_within(ancestor).then(|| JsonPointer(format!("{}{}", onto.0, &self.0[ancestor.0.len()..])))
    }

    /// Finds the node this pointer addresses in `doc`.
    pub fn resolve<'v>(&self, doc: &'v serde_json::Value) -> Option<&'v serde_json::Value> {
        self.tokens().try_fold(doc, |node, token| match node {
            serde_json::Value::Object(map) => map.get(&token),
            serde_json::Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        })
    }

    /// Finds the node this pointer addresses in `doc`, to change it.
    pub fn resolve_mut<'v>(&self, doc: &'v mut serde_json::Value) -> Option<&'v mut serde_json::Value> {
        self.tokens().try_fold(doc, |node, token| match node {
            serde_json::Value::Object(map) => map.get_mut(&token),
            serde_json::Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
            _ => None,
        })
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Decodes `%XX` escapes; anything that is not a valid escape or valid UTF-8 is kept as written.
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
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
    fn refs_are_percent_decoded() {
        let p = JsonPointer::from_ref("#/paths/~1a~1%7Bid%7D/get");
        assert_eq!(
            p.map(|p| p.tokens().collect::<Vec<_>>()),
            Some(vec!["paths".into(), "/a/{id}".into(), "get".into()])
        );
        assert_eq!(JsonPointer::from_ref("#/a%zz").map(|p| p.as_str().to_owned()).as_deref(), Some("#/a%zz"));
        assert!(JsonPointer::from_ref("other.yaml#/a").is_none());
    }

    #[test]
    fn pushed_tokens_truncate_back() {
        let mut at = JsonPointer::root().join("paths");
        let len = at.len();
        at.push("/users/{id}");
        at.push_index(3);
        assert_eq!(at, JsonPointer::root().join("paths").join("/users/{id}").join("3"));
        at.truncate(len);
        assert_eq!(at, JsonPointer::root().join("paths"));
    }

    #[test]
    fn within() {
        let a = JsonPointer::root().join("components").join("schemas").join("A");
        assert!(a.join("allOf").join("0").is_within(&a));
        assert!(a.is_within(&a));
        assert!(!JsonPointer::root().join("components").join("schemas").join("AB").is_within(&a));
    }

    #[test]
    fn parent_drops_one_escaped_token() {
        let at = JsonPointer::root().join("paths").join("/users/{id}").join("get");
        assert_eq!(at.parent(), JsonPointer::root().join("paths").join("/users/{id}"));
        assert_eq!(JsonPointer::root().parent(), JsonPointer::root());
    }

    #[test]
    fn rebase_moves_a_pointer_between_subtrees() {
        let from = JsonPointer::root().join("definitions");
        let onto = JsonPointer::root().join("components").join("schemas");
        let at = from.join("Pet").join("properties").join("a/b");
        assert_eq!(at.rebase(&from, &onto), Some(onto.join("Pet").join("properties").join("a/b")));
        assert_eq!(from.rebase(&from, &onto), Some(onto.clone()));
        assert_eq!(JsonPointer::root().join("definitionsX").rebase(&from, &onto), None);
    }

    #[test]
    fn resolves_objects_and_arrays() {
        let doc = serde_json::json!({"a": [{"b/c": 1}]});
        let p = JsonPointer::root().join("a").join("0").join("b/c");
        assert_eq!(p.resolve(&doc), Some(&serde_json::json!(1)));
        assert_eq!(JsonPointer::root().join("x").resolve(&doc), None);
    }
}
