//! The intermediate representation: everything the emitters need, resolved and named, and nothing
//! that needs the spec again. Types are referred to by [`TypeId`]; every identifier is a
//! [`NameId`] resolved by [`naming`]. Order is spec order (or sorted), never hash order.
//!
//! It is public, for tools that work with a generated crate ([`crate::lower`] returns it): what
//! each request builder takes ([`Operation::inputs`]), how another crate names a type
//! ([`Api::type_tokens`] with [`Place::Outside`]), and what values the spec allows where
//! ([`Constraints`]). The peer suite builds its calls to every operation from it.

pub mod docs;
mod inputs;
pub mod lower;
pub mod naming;
mod oauth2;
pub mod only;
pub mod reach;
pub(crate) mod rust;

use crate::error::Warning;
use crate::pointer::JsonPointer;
pub use docs::Docs;
pub use inputs::{Input, InputKind};
pub use naming::{NameId, Names, Naming};
pub use oauth2::{OAuth2, OAuth2Flow, OAuth2Grant};
pub use only::Only;
pub use reach::{Feature, FeatureGates};
pub use rust::Place;

/// A whole API, ready to emit.
#[derive(Debug)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub docs: Docs,
    /// The spec path as the manifest names it, for the `@generated` header.
    pub source: String,
    /// The first `servers` URL, if the spec has one.
    pub default_base_url: Option<String>,
    /// The naming style the names were made with.
    pub style: Naming,
    /// `components/securitySchemes`, in spec order.
    pub schemes: Vec<SecurityScheme>,
    /// The distinct security requirements of the operations, in order of first use: each a list
    /// of alternatives of scheme indices into `schemes`. Operations refer to them by index, so
    /// that the generated crate writes each list once; a filtered crate keeps the whole spec's
    /// list, so that its operations read as in the whole crate.
    pub requirements: Vec<Vec<Vec<usize>>>,
    /// Every generated type; `TypeId` indexes this.
    pub types: Vec<TypeDef>,
    /// Operation groups in order of first appearance.
    pub groups: Vec<Group>,
    /// Resolved identifiers for every `NameId`.
    pub names: Names,
    /// Renames and ignored constructs worth reporting.
    pub warnings: Vec<Warning>,
    /// The page types of list operations.
    pub pages: std::collections::BTreeMap<TypeId, PageShape>,
    /// Requests the API sends to its users' servers (OpenAPI 3.1 `webhooks`).
    pub webhooks: Vec<Webhook>,
    /// The description format the spec is written in: `OpenAPI 3.1`.
    pub format: &'static str,
    /// The operation filter the IR was cut down with ([`only::prune`]); empty for the whole spec.
    pub only: Vec<Only>,
}

impl Api {
    /// The resolved identifier text of `name` (possibly a raw identifier such as `r#type`).
    pub fn name(&self, name: NameId) -> &str {
        self.names.get(name)
    }

    /// The type behind `id`.
    pub fn ty(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// Every operation with its group, in order.
    pub fn operations(&self) -> impl Iterator<Item = (&Group, &Operation)> {
        self.groups.iter().flat_map(|g| g.operations.iter().map(move |op| (g, op)))
    }
}

/// The index of `requirement` in `requirements`, added when it is new; `None` for an empty one
/// (no credentials).
pub(crate) fn requirement_index(
    requirements: &mut Vec<Vec<Vec<usize>>>,
    requirement: Vec<Vec<usize>>,
) -> Option<usize> {
    if requirement.is_empty() {
        return None;
    }
    match requirements.iter().position(|known| *known == requirement) {
        Some(i) => Some(i),
        None => {
            requirements.push(requirement);
            Some(requirements.len() - 1)
        }
    }
}

/// A request the API sends to a server of its user (an OpenAPI 3.1 webhook): no client method, but
/// a payload type to decode what arrives.
#[derive(Debug)]
pub struct Webhook {
    /// The key under `webhooks`.
    pub name: String,
    /// The HTTP method it arrives with.
    pub method: HttpMethod,
    /// Summary and description.
    pub docs: Docs,
    /// The type of its JSON body, if it declares one.
    pub payload: Option<TypeRef>,
}

/// A handle on a generated type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// Where a type's definition is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Home {
    /// In `models/<file>.rs`; the file is named after the component schema that owns the type.
    Models {
        /// The module (file) name.
        file: NameId,
    },
    /// In the module of an operation group (types made for one operation: inline bodies and
    /// parameters, multi-status responses); the index into [`Api::groups`].
    Group(usize),
}

/// Which way a type travels; decides optionality of readOnly/writeOnly fields, whether an
/// optional nullable field distinguishes `null` from absent, and which serde directions a model
/// has in every build (the generated crate's `serde-both-ways` feature adds the other one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Sent in a request body.
    pub request: bool,
    /// Received in a response body.
    pub response: bool,
}

/// A generated type.
#[derive(Debug)]
pub struct TypeDef {
    /// The type's identifier.
    pub name: NameId,
    /// The schema it comes from.
    pub at: JsonPointer,
    /// Its documentation.
    pub docs: Docs,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// Its shape.
    pub kind: TypeKind,
    /// Where it is defined.
    pub home: Home,
    /// Which way it travels.
    pub usage: Usage,
}

/// The shape of a generated type.
#[derive(Debug)]
pub enum TypeKind {
    /// An object schema.
    Struct(Struct),
    /// A string enum with a catch-all for unknown values.
    Enum(StringEnum),
    /// `oneOf` / `anyOf`.
    Union(Union),
    /// A name for another type expression (`pub type Tags = Vec<String>;`).
    Alias(TypeRef),
    /// The success outcomes of an operation that declares several 2xx responses.
    Outcomes(Vec<Outcome>),
}

/// An object schema.
#[derive(Debug)]
pub struct Struct {
    /// Properties in spec order (allOf parts merged in order).
    pub fields: Vec<Field>,
    /// `additionalProperties` with a schema: collected into a map beside the fields.
    pub additional: Option<(NameId, TypeRef)>,
}

/// One property.
#[derive(Debug)]
pub struct Field {
    /// The Rust field name.
    pub name: NameId,
    /// The JSON property name.
    pub wire: String,
    /// Property docs.
    pub docs: Docs,
    /// The value type (without the `Option` that `presence` adds).
    pub ty: TypeRef,
    /// Required, optional, nullable.
    pub presence: Presence,
    /// Boxed to break a cycle of direct containment.
    pub boxed: bool,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `readOnly` / `writeOnly`.
    pub access: Access,
    /// Listed in the object schema's `required` (its allOf parts included). `presence` is what
    /// that means for the way the type travels: a readOnly property is not required when sent.
    pub required: bool,
    /// What the property schema asks of a value beyond its type.
    pub constraints: Constraints,
    /// Where the property schema stands.
    pub at: JsonPointer,
}

/// What a schema asks of a value beyond its Rust type: its format, lengths, ranges and pattern, and
/// the example and default it gives. Lowering keeps these for tools that build or check values (the
/// conformance suite samples request arguments from them); the generated code does not use them.
///
/// They are the keywords of the schema that stands at the place (a property, a parameter, a union
/// alternative or an array's items), its `$ref` followed. A schema that only wraps another (`allOf`
/// with one part that says more than annotations, a `oneOf` or `anyOf` whose first alternative
/// that is not `null` decides) has the constraints of the schema it wraps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Constraints {
    /// `format`, as written (`email`, `uri`, `date-time`, `int64`, ...).
    pub format: Option<String>,
    /// `pattern`: a regular expression the whole text must match somewhere (ECMA 262).
    pub pattern: Option<String>,
    /// `minLength`, in characters.
    pub min_length: Option<usize>,
    /// `maxLength`, in characters.
    pub max_length: Option<usize>,
    /// `minimum` (with `exclusiveMinimum`).
    pub minimum: Option<Bound>,
    /// `maximum` (with `exclusiveMaximum`).
    pub maximum: Option<Bound>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `example` (for a parameter, its own `example` when it has one, else its schema's).
    pub example: Option<serde_json::Value>,
    /// `default`.
    pub default: Option<serde_json::Value>,
    /// The constraints of an array's `items`.
    pub items: Option<Box<Constraints>>,
}

/// A numeric bound: `minimum` or `maximum`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bound {
    /// The limit.
    pub value: f64,
    /// Whether the limit itself is excluded (`exclusiveMinimum: true`).
    pub exclusive: bool,
}

/// Which way a property travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Both ways.
    ReadWrite,
    /// `readOnly`: set by the server.
    ReadOnly,
    /// `writeOnly`: never returned.
    WriteOnly,
}

/// How a field may be missing or null.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null: `T`.
    Required,
    /// Always present, may be null: `Option<T>`, sent as `null`.
    RequiredNullable,
    /// May be absent: `Option<T>`, left out when `None`.
    Optional,
    /// May be absent or null, and the difference matters (request bodies): `Option<Option<T>>`.
    OptionalNullable,
}

/// A string enum.
#[derive(Debug)]
pub struct StringEnum {
    /// Known values in spec order.
    pub variants: Vec<EnumVariant>,
    /// The catch-all variant that keeps unknown values.
    pub fallback: NameId,
}

/// One enum value.
#[derive(Debug)]
pub struct EnumVariant {
    /// The Rust variant name.
    pub name: NameId,
    /// The wire value.
    pub wire: String,
}

/// `oneOf` / `anyOf`.
#[derive(Debug)]
pub struct Union {
    /// Alternatives in spec order.
    pub variants: Vec<UnionVariant>,
    /// The property that tells the variants apart, when every variant has one (a discriminator,
    /// or a one-value string property found in every variant). Without it the union is
    /// untagged: a value is the first alternative it decodes as.
    pub tag: Option<Tag>,
}

/// The property that tells the variants of a [`Union`] apart.
#[derive(Debug)]
pub struct Tag {
    /// The JSON property name (`type`).
    pub property: String,
    /// The catch-all variant for a value whose tag no variant declares (a kind of object newer
    /// than the spec): it keeps the whole JSON value, which serializes back unchanged.
    pub unknown: NameId,
}

/// One alternative of a union.
#[derive(Debug)]
pub struct UnionVariant {
    /// The Rust variant name.
    pub name: NameId,
    /// The variant's type.
    pub ty: TypeRef,
    /// Boxed to break a cycle.
    pub boxed: bool,
    /// The tag values that select this variant (with `Union::tag`).
    pub tag_values: Vec<String>,
    /// What the alternative is.
    pub docs: Docs,
    /// What the alternative's schema asks of a value beyond its type.
    pub constraints: Constraints,
}

/// One success status of a multi-status operation.
#[derive(Debug)]
pub struct Outcome {
    /// The variant name (`Created`, `Accepted`).
    pub name: NameId,
    /// The status code.
    pub status: u16,
    /// What the body holds.
    pub body: ResponseBody,
    /// The response description.
    pub docs: Docs,
}

/// A type expression.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A generated type.
    Named(TypeId),
    /// A built-in scalar.
    Scalar(Scalar),
    /// `Vec<T>`.
    List(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>` inside a list or map (nullable items).
    Nullable(Box<TypeRef>),
    /// `(A, B, ..)`: an array of a fixed length with a type per position (`prefixItems`).
    Tuple(Vec<TypeRef>),
}

/// Built-in value types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scalar {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `chrono::DateTime<Utc>`.
    DateTime,
    /// `chrono::NaiveDate`.
    Date,
    /// `uuid::Uuid`.
    Uuid,
    /// `serde_json::Value`: a schema that allows anything.
    Any,
    /// `serde_json::Map<String, Value>`: a free-form object.
    Object,
    /// `FilePart`: file content (`format: binary`), sent as a multipart file part or a binary body.
    Binary,
}

/// The spec's security schemes.
#[derive(Debug)]
pub struct SecurityScheme {
    /// The key in `components/securitySchemes`.
    pub key: String,
    /// What it expects.
    pub kind: SchemeKind,
    /// Its description.
    pub docs: Docs,
    /// The flows of an `oauth2` scheme (a [`SchemeKind::Bearer`] on the wire); `None` for the
    /// other kinds.
    pub oauth2: Option<OAuth2>,
}

/// What a security scheme expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP basic.
    Basic,
    /// HTTP bearer, OAuth2 or OpenID Connect.
    Bearer,
    /// An API key.
    ApiKey {
        /// Where it goes.
        location: ParamLocation,
        /// The header, query parameter or cookie name.
        param: String,
        /// `x-token-prefix`, such as CVAT's `Token`.
        prefix: Option<String>,
    },
}

/// Operations that share an API type (`UsersApi`, `MembershipsManager`).
#[derive(Debug)]
pub struct Group {
    /// The group key (tag or `x-box-tag`) as the spec writes it.
    pub key: String,
    /// The module under `apis::`.
    pub module: NameId,
    /// The API type.
    pub api_type: NameId,
    /// The accessor on `Client`.
    pub accessor: NameId,
    /// The crate's Cargo feature that compiles the group (named like its module but for the
    /// crate's own features, such as `tracing`; spelled without `r#`).
    pub feature: NameId,
    /// The tag description.
    pub docs: Docs,
    /// Operations in spec order.
    pub operations: Vec<Operation>,
}

/// HTTP methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpMethod {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl HttpMethod {
    /// The method as it goes on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// The operationId (or `METHOD path` when the spec has none).
    pub id: String,
    /// Where the operation object stands.
    pub at: JsonPointer,
    /// Its group: an index into `Api::groups`.
    pub group: usize,
    /// The HTTP method.
    pub method: HttpMethod,
    /// The path template, without any `#fragment`.
    pub path: String,
    /// The method on the group's API type.
    pub method_name: NameId,
    /// The builder type.
    pub builder: NameId,
    /// Summary and description.
    pub docs: Docs,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// Parameters: path ones in template order, then the rest in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// The success output.
    pub output: Output,
    /// Its security requirement, an index into `Api::requirements`; `None` sends no credentials.
    pub security: Option<usize>,
    /// The `Accept` header value.
    pub accept: Option<String>,
    /// The declared error bodies with a JSON schema, by status.
    pub errors: Vec<(ErrorStatus, TypeRef)>,
    /// How the operation pages, when its response is one page of a list.
    pub pager: Option<Pager>,
    /// The `{path}_{method}` suffix of a FastAPI default operationId, left out of the names.
    pub fastapi_suffix: Option<String>,
}

/// The statuses a declared error response covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorStatus {
    /// One status.
    Code(u16),
    /// A class: `4XX` is `Range(4)`.
    Range(u16),
    /// `default`.
    Default,
}

/// The query parameters (wire names) a list operation pages with, and its page type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pager {
    /// The page type (a struct with a [`PageShape`]).
    pub page_type: TypeId,
    /// `page` (numbered pages with a `next` link).
    pub page: Option<String>,
    /// `offset`.
    pub offset: Option<String>,
    /// `marker`.
    pub marker: Option<String>,
}

/// The fields of a page type (indices into its struct's fields).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageShape {
    /// The list of items (`results`, `entries`).
    pub items: usize,
    /// The item type.
    pub item: TypeRef,
    /// The `next` link.
    pub next_link: Option<usize>,
    /// `total_count`.
    pub total: Option<usize>,
    /// `next_marker`.
    pub next_marker: Option<usize>,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    /// A `{name}` in the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// One parameter.
#[derive(Debug)]
pub struct Param {
    /// The argument or setter name.
    pub name: NameId,
    /// The name on the wire.
    pub wire: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Required parameters are builder-constructor arguments; the rest are setters.
    pub required: bool,
    /// The value type; a list for array parameters.
    pub ty: TypeRef,
    /// How the value becomes text.
    pub encoding: ParamEncoding,
    /// Parameter docs.
    pub docs: Docs,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// What the parameter's schema asks of a value beyond its type.
    pub constraints: Constraints,
}

/// How a parameter value becomes text on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamEncoding {
    /// A scalar or enum as its text; a list comma-joined, or repeated (`a=1&a=2`) when `explode`.
    Plain {
        /// Repeat the name for every list item.
        explode: bool,
    },
    /// A list joined by a delimiter: `spaceDelimited` (' ') and `pipeDelimited` ('|').
    Delimited(char),
    /// An object as `name[key]=value` pairs (`style: deepObject`).
    DeepObject,
    /// JSON text, strings unquoted: objects, unions and lists of objects (Box's `mdfilters`), and
    /// parameters described by `content: application/json`.
    Json,
}

/// A request body.
#[derive(Debug)]
pub struct Body {
    /// Whether the spec requires it: an argument if so, a setter otherwise.
    pub required: bool,
    /// The encodings the operation accepts with their media types, the default (JSON when
    /// declared) first.
    pub encodings: Vec<(BodyEncoding, String)>,
    /// What the caller passes.
    pub kind: BodyKind,
    /// Docs of the body.
    pub docs: Docs,
}

impl Body {
    /// The media type of the default encoding.
    pub fn media_type(&self) -> &str {
        self.encodings.first().map_or("application/json", |(_, m)| m.as_str())
    }
}

/// How a body goes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyEncoding {
    /// JSON (vendor `+json` types included).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Raw content: a `FilePart` (`application/octet-stream`, images, text).
    Binary,
}

impl BodyEncoding {
    /// The builder setter that picks this encoding when it is not the operation's default.
    pub fn setter(self) -> &'static str {
        match self {
            BodyEncoding::Json => "json",
            BodyEncoding::Form => "form",
            BodyEncoding::Multipart => "multipart",
            BodyEncoding::Binary => "file_body",
        }
    }
}

/// How the caller supplies a body.
#[derive(Debug)]
pub enum BodyKind {
    /// One value, passed whole (a `FilePart` for binary bodies).
    Json {
        /// The argument or setter name.
        name: NameId,
        /// Its type.
        ty: TypeRef,
    },
    /// An inline object whose properties become arguments and setters of the builder
    /// (the `box` style: `create_group_membership(user, group).role(..)`).
    Fields {
        /// The generated body struct.
        ty: TypeId,
        /// One argument or setter per field of the struct, in field order.
        accessors: Vec<NameId>,
    },
}

/// What a success response body holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    /// Nothing.
    Empty,
    /// JSON of a type.
    Json(TypeRef),
    /// Anything else: bytes.
    Bytes,
}

/// What awaiting an operation yields.
#[derive(Debug)]
pub enum Output {
    /// One body kind for every success status.
    Single(ResponseBody),
    /// Several success statuses with different bodies: a generated enum.
    Outcomes(TypeId),
}
