//! Reads spec files: YAML or JSON, version check, `$ref`s to other local files bundled into one
//! document, dangling `$ref`s reported, OpenAPI 3.1 and Swagger 2.0 rewritten into the OpenAPI 3.0
//! shape (`normalise`, `swagger2`, with `origins` mapping every moved node back), then the typed
//! `openapiv3` view. The only module that reads spec files.

mod normalise;
mod origins;
mod swagger2;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use normalise::{Dialect, Normaliser};
use openapiv3::{Components, OpenAPI, PathItem, ReferenceOr};
use serde_json::Value;

use crate::error::{Error, SpecError, Warning};
use crate::pointer::JsonPointer;
pub use normalise::{CLOSED_TUPLE_KEY, PREFIX_ITEMS_KEY};
use origins::Origins;
pub use swagger2::DELIMITER_KEY;

/// Where the contents of other files referenced by `$ref` are placed in the bundled document.
const BUNDLE_KEY: &str = "x-generator-bundled";

/// The version of the description format a spec is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecVersion {
    /// Swagger 2.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    OpenApi30,
    /// OpenAPI 3.1.x.
    OpenApi31,
}

impl SpecVersion {
    /// The name users know it by: `OpenAPI 3.1`.
    pub fn label(self) -> &'static str {
        match self {
            SpecVersion::Swagger2 => "Swagger 2.0",
            SpecVersion::OpenApi30 => "OpenAPI 3.0",
            SpecVersion::OpenApi31 => "OpenAPI 3.1",
        }
    }
}

/// A loaded spec: the typed document (with other files bundled in, in the OpenAPI 3.0 shape) and
/// what maps its pointers back into the user's files.
pub struct Spec {
    /// The spec file as the user named it; error messages print it.
    pub file: PathBuf,
    /// Every file read, the spec first: what a build script must watch.
    pub sources: Vec<PathBuf>,
    /// The version the user wrote; `doc` holds it in the OpenAPI 3.0 shape.
    pub version: SpecVersion,
    /// The bundled, normalised document, typed.
    pub doc: OpenAPI,
    /// OpenAPI 3.1 `webhooks`: requests the API sends, by name.
    pub webhooks: IndexMap<String, ReferenceOr<PathItem>>,
    /// What reading the spec ignored or approximated, at pointers into the user's document.
    pub warnings: Vec<Warning>,
    /// Bundle keys and the files they hold, to point errors at the right file.
    bundled: BTreeMap<String, PathBuf>,
    /// Where the nodes of the normalised document stand in the user's document.
    origins: Origins,
    /// The node each local `$ref` of the normalised document points at, by target pointer: what
    /// [`Spec::deref_ref`] reads for a target it does not find by name in `doc` (a bundled file,
    /// a node inside a component, a component of another kind). The JSON document itself is
    /// dropped once `doc` is built.
    targets: BTreeMap<String, Value>,
}

/// Loads and checks the spec at `path`.
pub fn load(path: &Path) -> Result<Spec, Error> {
    let (mut spec, mut raw) = normalised(path)?;
    spec.targets = ref_targets(&raw);
    // Without tracking where it is (a third of the time) and consuming the JSON as it goes (so
    // that its memory serves the typed document). A failure is located by doing it again, the
    // way that can say where, on the document read and normalised again.
    let webhooks = match &mut raw {
        Value::Object(root) => root.shift_remove("webhooks"),
        _ => None,
    };
    let typed = || -> Result<(OpenAPI, IndexMap<String, ReferenceOr<PathItem>>), serde_json::Error> {
        let doc = serde::Deserialize::deserialize(raw)?;
        let webhooks = webhooks.map(serde::Deserialize::deserialize).transpose()?;
        Ok((doc, webhooks.unwrap_or_default()))
    };
    if let Ok((doc, webhooks)) = typed() {
        (spec.doc, spec.webhooks) = (doc, webhooks);
        return Ok(spec);
    }
    let (mut spec, raw) = normalised(path)?;
    let version = spec.version;
    let schema_error = |spec: &Spec, at: JsonPointer, message: String| {
        let (at, message) = narrow(&raw, at, message);
        let message = format!("does not match the {} schema: {message}", version.label());
        Error::Spec(vec![spec.error(&at, message)])
    };
    spec.doc = serde_path_to_error::deserialize(&raw)
        .map_err(|e| schema_error(&spec, path_to_pointer(e.path()), e.inner().to_string()))?;
    if let Some(webhooks) = raw.get("webhooks") {
        let at = JsonPointer::root().join("webhooks");
        spec.webhooks = serde_path_to_error::deserialize(webhooks)
            .map_err(|e| schema_error(&spec, e.path().iter().fold(at.clone(), join_segment), e.inner().to_string()))?;
    }
    spec.targets = ref_targets(&raw);
    Ok(spec)
}

/// The spec at `path` read, bundled, checked for dangling `$ref`s and normalised: the document
/// as JSON, and the spec without its typed form yet.
fn normalised(path: &Path) -> Result<(Spec, Value), Error> {
    let raw = read_document(path)?;
    let version = check_version(path, &raw)?;
    let mut bundler = Bundler { root: path.to_path_buf(), files: BTreeMap::new(), sources: vec![path.to_path_buf()] };
    let mut raw = raw;
    let mut errors = Vec::new();
    bundler.rewrite_refs(&mut raw, path, None, &mut JsonPointer::root(), &mut errors)?;
    let mut bundled = BTreeMap::new();
    if !bundler.files.is_empty() {
        let mut holder = serde_json::Map::new();
        for (key, (file, value)) in std::mem::take(&mut bundler.files) {
            holder.insert(key.clone(), value);
            bundled.insert(key, file);
        }
        if let Value::Object(root) = &mut raw {
            root.insert(BUNDLE_KEY.to_owned(), Value::Object(holder));
        }
    }
    let mut spec = Spec {
        file: path.to_path_buf(),
        sources: bundler.sources,
        version,
        doc: OpenAPI::default(),
        webhooks: IndexMap::new(),
        warnings: Vec::new(),
        bundled,
        origins: Origins::default(),
        targets: BTreeMap::new(),
    };
    check_local_refs(&spec, &raw, &raw, &mut JsonPointer::root(), &mut BTreeMap::new(), &mut errors);
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(Error::Spec(errors));
    }
    let normaliser = match version {
        SpecVersion::OpenApi30 => None,
        SpecVersion::OpenApi31 => {
            let mut normaliser = Normaliser::new(Dialect::OpenApi31);
            normaliser.document(&mut raw);
            Some(normaliser)
        }
        SpecVersion::Swagger2 => {
            let (converted, normaliser) = swagger2::convert(&raw);
            raw = converted;
            Some(normaliser)
        }
    };
    if let Some(normaliser) = normaliser {
        spec.origins = normaliser.origins;
        spec.warnings =
            normaliser.warnings.into_iter().map(|(at, message)| Warning { at: spec.locate(&at).1, message }).collect();
    }
    Ok((spec, raw))
}

/// Parses `path` as JSON or YAML into a JSON value.
fn read_document(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let is_json = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let parsed = if is_json {
        serde_json::from_str::<Value>(&text).map_err(|e| format!("not valid JSON: {e}"))
    } else {
        serde_yaml::from_str::<serde_yaml::Value>(&text).map_err(|e| format!("not valid YAML or JSON: {e}")).and_then(
            |mut yaml| {
                yaml.apply_merge().map_err(|e| format!("invalid YAML merge key: {e}"))?;
                yaml_to_json(yaml)
            },
        )
    };
    parsed.map_err(|message| Error::spec(path, JsonPointer::root(), message))
}

/// Converts YAML to JSON. YAML allows non-string keys (`200:` is an integer); OpenAPI means
/// them as strings, so scalar keys are stringified.
fn yaml_to_json(yaml: serde_yaml::Value) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => serde_json::to_value(&n).map_err(|e| format!("unsupported YAML number {n}: {e}"))?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect::<Result<_, _>>()?),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (key, value) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_owned(),
                    other => return Err(format!("unsupported YAML mapping key {other:?}")),
                };
                out.insert(key, yaml_to_json(value)?);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value)?,
    })
}

/// Which version the document is written in; anything but Swagger 2.0, OpenAPI 3.0.x and 3.1.x is
/// refused.
fn check_version(path: &Path, raw: &Value) -> Result<SpecVersion, Error> {
    let root = JsonPointer::root();
    const READS: &str = "this generator reads Swagger 2.0, OpenAPI 3.0.x and OpenAPI 3.1.x";
    if !raw.is_object() {
        return Err(Error::spec(path, root, "not an OpenAPI document: the top level is not a mapping"));
    }
    if let Some(swagger) = raw.get("swagger") {
        return match swagger {
            Value::String(v) if v == "2.0" => Ok(SpecVersion::Swagger2),
            other => Err(Error::spec(
                path,
                root.join("swagger"),
                format!("Swagger version {} is not supported; {READS}", display_scalar(other)),
            )),
        };
    }
    match raw.get("openapi") {
        None => Err(Error::spec(path, root, "not an OpenAPI document: there is no `openapi` or `swagger` field")),
        Some(Value::String(v)) if v.starts_with("3.0.") || v == "3.0" => Ok(SpecVersion::OpenApi30),
        Some(Value::String(v)) if v.starts_with("3.1.") || v == "3.1" => Ok(SpecVersion::OpenApi31),
        Some(other) => Err(Error::spec(
            path,
            root.join("openapi"),
            format!("OpenAPI version {} is not supported; {READS}", display_scalar(other)),
        )),
    }
}

fn display_scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Collects other files into the document and rewrites `$ref`s to point into the bundle.
struct Bundler {
    root: PathBuf,
    /// Bundle key -> (file, its document with refs rewritten).
    files: BTreeMap<String, (PathBuf, Value)>,
    sources: Vec<PathBuf>,
}

impl Bundler {
    /// Rewrites every `$ref` in `node` (which lives in `file`, bundled under `key` unless it is the
    /// root document). `at` is where `node` stands; it is pushed onto and truncated back as the
    /// walk goes down and up, so that no pointer is built but for an error.
    fn rewrite_refs(
        &mut self,
        node: &mut Value,
        file: &Path,
        key: Option<&str>,
        at: &mut JsonPointer,
        errors: &mut Vec<SpecError>,
    ) -> Result<(), Error> {
        let len = at.len();
        match node {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get_mut("$ref") {
                    match self.rewrite_one(reference, file, key) {
                        Ok(Some(new)) => *reference = new,
                        Ok(None) => {}
                        Err(message) => errors.push(SpecError { file: file.to_path_buf(), at: at.clone(), message }),
                    }
                }
                for (k, child) in map.iter_mut() {
                    if k != "$ref" && (child.is_object() || child.is_array()) {
                        at.push(k);
                        self.rewrite_refs(child, file, key, at, errors)?;
                        at.truncate(len);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    if child.is_object() || child.is_array() {
                        at.push_index(i);
                        self.rewrite_refs(child, file, key, at, errors)?;
                        at.truncate(len);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The new text of one `$ref`, or `None` to keep it.
    fn rewrite_one(&mut self, reference: &str, file: &Path, key: Option<&str>) -> Result<Option<String>, String> {
        let (target_file, fragment) = match reference.split_once('#') {
            Some((f, frag)) => (f, format!("#{frag}")),
            None => (reference, "#".to_owned()),
        };
        if target_file.is_empty() {
            // A local reference: inside a bundled file it must point into that file's bundle slot.
            return Ok(key.map(|key| bundle_pointer(key, &fragment)));
        }
        if target_file.contains("://") {
            return Err(format!("`$ref` `{reference}`: remote references are not supported; download the file"));
        }
        let base = file.parent().unwrap_or(Path::new(""));
        let target = base.join(target_file);
        let target_key = match self.key_of(&target) {
            Some(existing) => existing,
            None => self.bundle_file(&target)?,
        };
        if target_key.is_empty() {
            return Ok(Some(fragment));
        }
        Ok(Some(bundle_pointer(&target_key, &fragment)))
    }

    /// The bundle key of a file already loaded (`""` for the root document).
    fn key_of(&self, target: &Path) -> Option<String> {
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        if same(target, &self.root) {
            return Some(String::new());
        }
        self.files.iter().find(|(_, (f, _))| same(f, target)).map(|(k, _)| k.clone())
    }

    fn bundle_file(&mut self, target: &Path) -> Result<String, String> {
        let mut value = read_document(target).map_err(|e| format!("cannot load the referenced file: {e}"))?;
        let stem = target.file_stem().and_then(|s| s.to_str()).unwrap_or("file");
        let stem: String =
            stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
        let mut key = stem.clone();
        let mut n = 2;
        while self.files.contains_key(&key) {
            key = format!("{stem}{n}");
            n += 1;
        }
        self.sources.push(target.to_path_buf());
        // Reserve the key before recursing so that cycles between files terminate.
        self.files.insert(key.clone(), (target.to_path_buf(), Value::Null));
        let mut errors = Vec::new();
        self.rewrite_refs(&mut value, target, Some(&key), &mut JsonPointer::root(), &mut errors)
            .map_err(|e| e.to_string())?;
        if let Some(first) = errors.first() {
            return Err(first.to_string());
        }
        self.files.insert(key.clone(), (target.to_path_buf(), value));
        Ok(key)
    }
}

fn bundle_pointer(key: &str, fragment: &str) -> String {
    let rest = fragment.trim_start_matches('#');
    format!("{}{rest}", JsonPointer::root().join(BUNDLE_KEY).join(key))
}

/// Reports every local `$ref` whose target does not exist, at the pointer of the `$ref`. `at` is
/// where `node` stands (pushed and truncated back as the walk goes); `resolved` remembers each
/// reference already looked up, so a target is resolved once however many `$ref`s name it.
fn check_local_refs<'v>(
    spec: &Spec,
    doc: &Value,
    node: &'v Value,
    at: &mut JsonPointer,
    resolved: &mut BTreeMap<&'v str, bool>,
    errors: &mut Vec<SpecError>,
) {
    let len = at.len();
    match node {
        Value::Object(map) => {
            // References to other files were bundled (or reported) already.
            if let Some(Value::String(reference)) = map.get("$ref")
                && reference.starts_with('#')
            {
                let exists = *resolved.entry(reference).or_insert_with(|| {
                    JsonPointer::from_ref(reference).is_some_and(|target| target.resolve(doc).is_some())
                });
                if !exists {
                    errors.push(spec.error(at, format!("`$ref` `{}` points to nothing", spec.display_ref(reference))));
                }
            }
            for (k, child) in map {
                if child.is_object() || child.is_array() {
                    at.push(k);
                    check_local_refs(spec, doc, child, at, resolved, errors);
                    at.truncate(len);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                if child.is_object() || child.is_array() {
                    at.push_index(i);
                    check_local_refs(spec, doc, child, at, resolved, errors);
                    at.truncate(len);
                }
            }
        }
        _ => {}
    }
}

/// The node of every local `$ref` in `doc` that points at one, by target pointer.
fn ref_targets(doc: &Value) -> BTreeMap<String, Value> {
    fn walk<'v>(node: &'v Value, refs: &mut BTreeSet<&'v str>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    refs.insert(reference);
                }
                map.values().for_each(|child| walk(child, refs));
            }
            Value::Array(items) => items.iter().for_each(|child| walk(child, refs)),
            _ => {}
        }
    }
    let mut refs = BTreeSet::new();
    walk(doc, &mut refs);
    let target = |reference: &str| {
        let target = JsonPointer::from_ref(reference)?;
        let node = target.resolve(doc)?.clone();
        Some((target.as_str().to_owned(), node))
    };
    refs.into_iter().filter_map(target).collect()
}

/// The typed deserialisation stops at untagged enums (every `$ref`-or-object), so its error
/// points at `#/paths` when a parameter deep inside is wrong. This walks down from there, trying
/// each child as the object it must be, to the deepest node that does not parse.
fn narrow(raw: &Value, at: JsonPointer, message: String) -> (JsonPointer, String) {
    deeper_failure(raw, &at).unwrap_or((at, message))
}

/// The deepest node below `at` that does not parse as what its place calls for. Containers whose
/// place has no type of its own (a `properties` map) are searched through.
fn deeper_failure(raw: &Value, at: &JsonPointer) -> Option<(JsonPointer, String)> {
    let children: Vec<JsonPointer> = match at.resolve(raw)? {
        Value::Object(map) => map.keys().map(|k| at.join(k)).collect(),
        Value::Array(items) => (0..items.len()).map(|i| at.join(i.to_string())).collect(),
        _ => return None,
    };
    for child in children {
        let Some(value) = child.resolve(raw) else { continue };
        if value.get("$ref").is_some() {
            continue;
        }
        match try_as_node(&child, value) {
            Some(Err(e)) => {
                let deeper = e.path().iter().fold(child.clone(), join_segment);
                return Some(narrow(raw, deeper, e.inner().to_string()));
            }
            Some(Ok(())) => {}
            None if value.is_object() || value.is_array() => {
                if let Some(found) = deeper_failure(raw, &child) {
                    return Some(found);
                }
            }
            None => {}
        }
    }
    None
}

/// Parses `value` as the object the pointer's place calls for, if the place is known.
fn try_as_node(at: &JsonPointer, value: &Value) -> Option<Result<(), serde_path_to_error::Error<serde_json::Error>>> {
    fn check<T: serde::de::DeserializeOwned>(
        value: &Value,
    ) -> Result<(), serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize::<_, T>(value).map(|_| ())
    }
    const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let tokens: Vec<String> = at.tokens().collect();
    let t: Vec<&str> = tokens.iter().map(String::as_str).collect();
    Some(match t.as_slice() {
        ["paths", _] => check::<openapiv3::PathItem>(value),
        ["paths", _, m] if METHODS.contains(m) => check::<openapiv3::Operation>(value),
        ["paths", _, .., "parameters", _] => check::<openapiv3::Parameter>(value),
        ["paths", _, _, "requestBody"] => check::<openapiv3::RequestBody>(value),
        ["paths", _, _, "responses", _] => check::<openapiv3::Response>(value),
        ["components", "schemas", _] => check::<openapiv3::Schema>(value),
        ["components", "parameters", _] => check::<openapiv3::Parameter>(value),
        ["components", "responses", _] => check::<openapiv3::Response>(value),
        ["components", "requestBodies", _] => check::<openapiv3::RequestBody>(value),
        ["components", "securitySchemes", _] => check::<openapiv3::SecurityScheme>(value),
        [.., "schema"] | [.., "properties", _] | [.., "items"] | [.., "allOf" | "oneOf" | "anyOf", _] => {
            check::<openapiv3::Schema>(value)
        }
        _ => return None,
    })
}

fn join_segment(at: JsonPointer, segment: &serde_path_to_error::Segment) -> JsonPointer {
    use serde_path_to_error::Segment;
    match segment {
        Segment::Seq { index } => at.join(index.to_string()),
        Segment::Map { key } => at.join(key),
        Segment::Enum { variant } => at.join(variant),
        Segment::Unknown => at,
    }
}

/// Converts a serde path (`paths./users.get.parameters[2]`) into a JSON pointer.
fn path_to_pointer(path: &serde_path_to_error::Path) -> JsonPointer {
    path.iter().fold(JsonPointer::root(), join_segment)
}

/// A kind of component that `$ref`s can point at.
pub trait Component: serde::de::DeserializeOwned + Clone {
    /// The key under `components`, such as `schemas`.
    const KIND: &'static str;
    /// The named entry of this kind in `components`.
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>>;
}

macro_rules! component {
    ($ty:ty, $kind:literal, $field:ident) => {
        impl Component for $ty {
            const KIND: &'static str = $kind;
            fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
                components.$field.get(name)
            }
        }
    };
}

component!(openapiv3::Schema, "schemas", schemas);
component!(openapiv3::Parameter, "parameters", parameters);
component!(openapiv3::RequestBody, "requestBodies", request_bodies);
component!(openapiv3::Response, "responses", responses);
component!(openapiv3::SecurityScheme, "securitySchemes", security_schemes);
component!(openapiv3::Header, "headers", headers);

/// How many `$ref`s in a row may point at further `$ref`s before it counts as a cycle.
const MAX_REF_CHAIN: usize = 32;

impl Spec {
    /// A spec error at `at`, naming the file the node really lives in.
    pub fn error(&self, at: &JsonPointer, message: impl Into<String>) -> SpecError {
        let (file, at) = self.locate(at);
        SpecError { file, at, message: message.into() }
    }

    /// Maps a pointer into the normalised, bundled document back to the file the user wrote and
    /// the pointer of the node there.
    pub fn locate(&self, at: &JsonPointer) -> (PathBuf, JsonPointer) {
        let at = self.origins.original(at);
        let mut tokens = at.tokens();
        if tokens.next().as_deref() == Some(BUNDLE_KEY)
            && let Some(key) = tokens.next()
            && let Some(file) = self.bundled.get(&key)
        {
            return (file.clone(), tokens.fold(JsonPointer::root(), |p, t| p.join(t)));
        }
        drop(tokens);
        (self.file.clone(), at)
    }

    fn display_ref(&self, reference: &str) -> String {
        match JsonPointer::from_ref(reference) {
            Some(p) => {
                let (file, at) = self.locate(&p);
                if file == self.file { at.to_string() } else { format!("{}{at}", file.display()) }
            }
            None => reference.to_owned(),
        }
    }

    /// Follows `item` through any chain of `$ref`s to the node itself and its pointer. `at` is
    /// where `item` stands.
    pub fn deref<'a, T: Component>(
        &'a self,
        item: &'a ReferenceOr<T>,
        at: &JsonPointer,
    ) -> Result<(Cow<'a, T>, JsonPointer), SpecError> {
        match item {
            ReferenceOr::Item(item) => Ok((Cow::Borrowed(item), at.clone())),
            ReferenceOr::Reference { reference } => self.deref_ref(reference, at),
        }
    }

    /// Follows the `$ref` `reference` (which stands at `at`) to its node and pointer.
    pub fn deref_ref<T: Component>(
        &self,
        reference: &str,
        at: &JsonPointer,
    ) -> Result<(Cow<'_, T>, JsonPointer), SpecError> {
        let mut reference = reference.to_owned();
        let mut pointer = at.clone();
        for _ in 0..MAX_REF_CHAIN {
            let target = JsonPointer::from_ref(&reference)
                .ok_or_else(|| self.error(&pointer, format!("`$ref` `{reference}` is not a local reference")))?;
            let named = target.as_str().strip_prefix(&format!("#/components/{}/", T::KIND));
            let found = match (named, &self.doc.components) {
                (Some(name), Some(components)) if !name.contains('/') => {
                    let name = name.replace("~1", "/").replace("~0", "~");
                    T::lookup(components, &name).map(Cow::Borrowed)
                }
                _ => None,
            };
            let found = match found {
                Some(found) => found,
                None => {
                    let node = self
                        .targets
                        .get(target.as_str())
                        .ok_or_else(|| self.error(&pointer, format!("`$ref` `{reference}` points to nothing")))?;
                    let parsed: ReferenceOr<T> = serde_json::from_value(node.clone()).map_err(|e| {
                        self.error(&target, format!("is not a valid {} entry: {e}", T::KIND.trim_end_matches('s')))
                    })?;
                    Cow::Owned(parsed)
                }
            };
            pointer = target;
            match found {
                Cow::Borrowed(ReferenceOr::Item(item)) => return Ok((Cow::Borrowed(item), pointer)),
                Cow::Owned(ReferenceOr::Item(item)) => return Ok((Cow::Owned(item), pointer)),
                Cow::Borrowed(ReferenceOr::Reference { reference: next }) => reference = next.clone(),
                Cow::Owned(ReferenceOr::Reference { reference: next }) => reference = next,
            }
        }
        Err(self.error(at, format!("`$ref` chain longer than {MAX_REF_CHAIN} (a cycle of references?)")))
    }
}

/// Path items can be `$ref`ed (to other files, in practice); OpenAPI 3.0 has no
/// `components/pathItems`, so they are always read from the nodes `$ref`s point at.
impl Component for openapiv3::PathItem {
    const KIND: &'static str = "pathItems";
    fn lookup<'a>(_: &'a Components, _: &str) -> Option<&'a ReferenceOr<Self>> {
        None
    }
}
