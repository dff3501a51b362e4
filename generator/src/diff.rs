//! What changed for the users of a generated crate between two versions of its spec: operations
//! and types added, removed and changed, named as the crate names them. It compares two IRs
//! ([`crate::lower`] in one naming style), never the spec documents, so a Swagger 2.0, OpenAPI
//! 3.0 or 3.1 spelling of one API compares equal; it reads no files and holds no state.
//!
//! ```
//! use std::collections::BTreeMap;
//! use std::path::Path;
//!
//! let report = generator::diff(
//!     Path::new("../specs/cvat-seed.yaml"),
//!     Path::new("../specs/versions/cvat-seed-next.yaml"),
//!     generator::Naming::Tagged,
//!     &BTreeMap::new(),
//! )?;
//! assert!(report.operations_added.iter().any(|op| op.call == "client.invitations_api().accept(key)"));
//! println!("{}", report.to_markdown());
//! # Ok::<(), generator::Error>(())
//! ```

use std::fmt::Write as _;

use crate::ir::naming::ident::unraw;
use crate::ir::{
    Access, Api, ErrorStatus, Field, Home, HttpMethod, InputKind, Naming, Operation, Output, ParamLocation, Presence,
    ResponseBody, Scalar, TypeDef, TypeKind, TypeRef,
};

/// Everything that changed for users between two versions of an API, in the order of the specs
/// (what was added or changed in the new one's order, what was removed in the old one's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The old spec's title, version and format.
    pub old: ApiSummary,
    /// The new spec's.
    pub new: ApiSummary,
    /// The naming style both were lowered in.
    pub style: Naming,
    /// `DEFAULT_BASE_URL`, when it changed: (old, new).
    pub base_url: Option<(Option<String>, Option<String>)>,
    /// Operations only the new spec has.
    pub operations_added: Vec<OperationSummary>,
    /// Operations only the old spec has.
    pub operations_removed: Vec<OperationSummary>,
    /// Operations of both whose use changed.
    pub operations_changed: Vec<OperationChanges>,
    /// Types only the new crate has.
    pub types_added: Vec<TypeSummary>,
    /// Types only the old crate has.
    pub types_removed: Vec<TypeSummary>,
    /// Types of both whose shape changed.
    pub types_changed: Vec<TypeChanges>,
}

/// What the header of a report says about one side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiSummary {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The description format: `OpenAPI 3.1`, `Swagger 2.0`.
    pub format: &'static str,
    /// The spec as it was named.
    pub source: String,
}

/// An operation as a user meets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationSummary {
    /// How it is called, required arguments included: `client.users_api().retrieve(id)`.
    pub call: String,
    /// The HTTP method.
    pub method: HttpMethod,
    /// The path template.
    pub path: String,
    /// The operationId (or `METHOD path` when the spec gives none).
    pub operation_id: String,
}

/// An operation of both specs and what changed about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationChanges {
    /// The operation as the new spec has it.
    pub operation: OperationSummary,
    /// What changed, in a fixed order: names, inputs, body, output, errors, paging, deprecation.
    pub changes: Vec<OperationChange>,
}

/// One change to an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OperationChange {
    /// Its group accessor or method name changed: the old call.
    Renamed {
        /// The call as it was.
        old_call: String,
    },
    /// Its HTTP method or path changed.
    Moved {
        /// The old method.
        old_method: HttpMethod,
        /// The old path.
        old_path: String,
    },
    /// Its operationId changed (the operations were matched by method and path).
    IdChanged {
        /// The old operationId.
        old_id: String,
    },
    /// A new argument or setter.
    InputAdded(InputSummary),
    /// An argument or setter that is gone.
    InputRemoved(InputSummary),
    /// An argument or setter whose name, type or requiredness changed.
    InputChanged {
        /// As it was.
        old: InputSummary,
        /// As it is.
        new: InputSummary,
    },
    /// The media types the body can be sent as changed (setters such as `.form()` come or go).
    BodyMediaTypes {
        /// As they were, the default first.
        old: Vec<String>,
        /// As they are.
        new: Vec<String>,
    },
    /// What awaiting the call yields changed.
    OutputChanged {
        /// The old output type (`()` for no body, `Bytes` for raw content).
        old: String,
        /// The new one.
        new: String,
    },
    /// A declared error body is new.
    ErrorAdded {
        /// `404`, `4XX` or `default`.
        status: String,
        /// Its type.
        ty: String,
    },
    /// A declared error body is gone.
    ErrorRemoved {
        /// `404`, `4XX` or `default`.
        status: String,
        /// Its type.
        ty: String,
    },
    /// A declared error body has another type.
    ErrorRetyped {
        /// `404`, `4XX` or `default`.
        status: String,
        /// The old type.
        old: String,
        /// The new type.
        new: String,
    },
    /// The operation pages now (`into_stream()`), or no longer does.
    Paging {
        /// Whether it pages now.
        now: bool,
    },
    /// The operation became deprecated, or no longer is.
    Deprecated {
        /// Whether it is deprecated now.
        now: bool,
    },
}

/// One input of an operation: an argument of the method that makes the builder when required,
/// else a setter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputSummary {
    /// The argument or setter name.
    pub name: String,
    /// Where it goes.
    pub place: InputPlace,
    /// Whether it is an argument (else a setter).
    pub required: bool,
    /// The type it takes.
    pub ty: String,
}

/// Where an input goes on the wire; what inputs are matched by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum InputPlace {
    /// A parameter, by location and wire name.
    Param(ParamLocation, String),
    /// The whole body.
    Body,
    /// A field of a body taken field by field, by wire name.
    BodyField(String),
}

/// A type as a user meets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeSummary {
    /// The type's name (unique in the crate).
    pub name: String,
    /// Its path from the crate root: `models::User`, `apis::users::ListRole`.
    pub path: String,
    /// `struct`, `enum`, `union`, `alias` or `outcomes`.
    pub kind: &'static str,
    /// The schema it comes from.
    pub at: String,
}

/// A type of both crates and what changed about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeChanges {
    /// The type as the new crate has it.
    pub ty: TypeSummary,
    /// What changed.
    pub changes: Vec<TypeChange>,
}

/// One change to a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeChange {
    /// The type moved to another module: its old path.
    Moved {
        /// The old path.
        old_path: String,
    },
    /// It is another kind of type now (a struct became a union): the old kind.
    KindChanged {
        /// The old kind.
        old_kind: &'static str,
    },
    /// A new struct field.
    FieldAdded(FieldSummary),
    /// A struct field that is gone.
    FieldRemoved(FieldSummary),
    /// A struct field whose name, type, presence or direction changed.
    FieldChanged {
        /// As it was.
        old: FieldSummary,
        /// As it is.
        new: FieldSummary,
    },
    /// The map of properties beyond the declared ones changed: its field and type, if any.
    ExtraProperties {
        /// As it was.
        old: Option<String>,
        /// As it is.
        new: Option<String>,
    },
    /// A new enum value, union alternative or outcome: the variant as `Name` plus its detail.
    VariantAdded(VariantSummary),
    /// A variant that is gone.
    VariantRemoved(VariantSummary),
    /// A union alternative or outcome whose type changed.
    VariantChanged {
        /// As it was.
        old: VariantSummary,
        /// As it is.
        new: VariantSummary,
    },
    /// The property that tells a union's alternatives apart changed.
    UnionTag {
        /// As it was.
        old: Option<String>,
        /// As it is.
        new: Option<String>,
    },
    /// What an alias names changed.
    AliasChanged {
        /// The old type expression.
        old: String,
        /// The new one.
        new: String,
    },
    /// The type became deprecated, or no longer is.
    Deprecated {
        /// Whether it is deprecated now.
        now: bool,
    },
}

/// One struct field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSummary {
    /// The Rust field name.
    pub name: String,
    /// The JSON property name (what fields are matched by).
    pub wire: String,
    /// Its Rust type, `Option`s and `Box` included.
    pub ty: String,
    /// Required, optional, nullable.
    pub presence: Presence,
    /// Read-only, write-only or both ways.
    pub access: Access,
}

/// One variant of an enum, union or outcomes type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariantSummary {
    /// The Rust variant name.
    pub name: String,
    /// What it holds: the wire value of an enum variant (`"owner"`), the type of a union
    /// alternative, the status and body type of an outcome (`201: User`).
    pub detail: String,
}

/// Compares two lowered APIs. Both should be lowered in the same naming style with the same
/// overrides; operations are matched by operationId, then by method and path, types by name,
/// fields by JSON property, inputs by where they go on the wire.
pub fn compare(old: &Api, new: &Api) -> Report {
    let (operations_added, operations_removed, operations_changed) = compare_operations(old, new);
    let (types_added, types_removed, types_changed) = compare_types(old, new);
    Report {
        old: api_summary(old),
        new: api_summary(new),
        style: new.style,
        base_url: (old.default_base_url != new.default_base_url)
            .then(|| (old.default_base_url.clone(), new.default_base_url.clone())),
        operations_added,
        operations_removed,
        operations_changed,
        types_added,
        types_removed,
        types_changed,
    }
}

fn api_summary(api: &Api) -> ApiSummary {
    ApiSummary {
        title: api.title.clone(),
        version: api.version.clone(),
        format: api.format,
        source: api.source.clone(),
    }
}

type OperationLists = (Vec<OperationSummary>, Vec<OperationSummary>, Vec<OperationChanges>);

fn compare_operations(old: &Api, new: &Api) -> OperationLists {
    let old_ops: Vec<&Operation> = old.operations().map(|(_, op)| op).collect();
    let new_ops: Vec<&Operation> = new.operations().map(|(_, op)| op).collect();
    // Pairs of (old index, new index): first by operationId, then what is left by method and path
    // (an operationId renamed in place is the same operation under another id).
    let mut old_of_new: Vec<Option<usize>> =
        new_ops.iter().map(|n| old_ops.iter().position(|o| o.id == n.id)).collect();
    for (n, new_op) in new_ops.iter().enumerate() {
        if old_of_new[n].is_some() {
            continue;
        }
        let free = |o: &usize| !old_of_new.contains(&Some(*o));
        old_of_new[n] = (0..old_ops.len())
            .filter(free)
            .find(|&o| old_ops[o].method == new_op.method && old_ops[o].path == new_op.path);
    }
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (n, new_op) in new_ops.iter().enumerate() {
        match old_of_new[n] {
            None => added.push(operation_summary(new, new_op)),
            Some(o) => {
                let changes = operation_changes(old, old_ops[o], new, new_op);
                if !changes.is_empty() {
                    changed.push(OperationChanges { operation: operation_summary(new, new_op), changes });
                }
            }
        }
    }
    let removed = (0..old_ops.len())
        .filter(|o| !old_of_new.contains(&Some(*o)))
        .map(|o| operation_summary(old, old_ops[o]))
        .collect();
    (added, removed, changed)
}

/// `client.users_api().retrieve(id)`: the accessor, the method and the required arguments.
fn call_text(api: &Api, op: &Operation) -> String {
    let accessor = api.groups.get(op.group).map_or("", |g| api.name(g.accessor));
    let arguments: Vec<&str> = op.inputs(api).iter().filter(|i| i.required).map(|i| api.name(*i.name)).collect();
    format!("client.{accessor}().{}({})", api.name(op.method_name), arguments.join(", "))
}

fn operation_summary(api: &Api, op: &Operation) -> OperationSummary {
    OperationSummary { call: call_text(api, op), method: op.method, path: op.path.clone(), operation_id: op.id.clone() }
}

fn operation_changes(old_api: &Api, old: &Operation, new_api: &Api, new: &Operation) -> Vec<OperationChange> {
    let mut changes = Vec::new();
    let old_accessor = old_api.groups.get(old.group).map(|g| old_api.name(g.accessor));
    let new_accessor = new_api.groups.get(new.group).map(|g| new_api.name(g.accessor));
    if old_accessor != new_accessor || old_api.name(old.method_name) != new_api.name(new.method_name) {
        changes.push(OperationChange::Renamed { old_call: call_text(old_api, old) });
    }
    if old.method != new.method || old.path != new.path {
        changes.push(OperationChange::Moved { old_method: old.method, old_path: old.path.clone() });
    }
    if old.id != new.id {
        changes.push(OperationChange::IdChanged { old_id: old.id.clone() });
    }

    let old_inputs = inputs(old_api, old);
    let new_inputs = inputs(new_api, new);
    for input in &new_inputs {
        match old_inputs.iter().find(|o| o.place == input.place) {
            None => changes.push(OperationChange::InputAdded(input.clone())),
            Some(o) if o != input => changes.push(OperationChange::InputChanged { old: o.clone(), new: input.clone() }),
            Some(_) => {}
        }
    }
    for input in &old_inputs {
        if !new_inputs.iter().any(|n| n.place == input.place) {
            changes.push(OperationChange::InputRemoved(input.clone()));
        }
    }
    let media_types = |op: &Operation| -> Vec<String> {
        op.body.as_ref().map(|b| b.encodings.iter().map(|(_, m)| m.clone()).collect()).unwrap_or_default()
    };
    let (old_media, new_media) = (media_types(old), media_types(new));
    // A body that comes or goes is an input added or removed; only a body kept in both can change
    // its media types on its own.
    if old.body.is_some() && new.body.is_some() && old_media != new_media {
        changes.push(OperationChange::BodyMediaTypes { old: old_media, new: new_media });
    }

    let (old_output, new_output) = (output_text(old_api, &old.output), output_text(new_api, &new.output));
    if old_output != new_output {
        changes.push(OperationChange::OutputChanged { old: old_output, new: new_output });
    }

    let errors = |api: &Api, op: &Operation| -> Vec<(ErrorStatus, String)> {
        op.errors.iter().map(|(status, ty)| (*status, type_text(api, ty))).collect()
    };
    let (old_errors, new_errors) = (errors(old_api, old), errors(new_api, new));
    for (status, ty) in &new_errors {
        match old_errors.iter().find(|(s, _)| s == status) {
            None => changes.push(OperationChange::ErrorAdded { status: status_text(*status), ty: ty.clone() }),
            Some((_, old_ty)) if old_ty != ty => changes.push(OperationChange::ErrorRetyped {
                status: status_text(*status),
                old: old_ty.clone(),
                new: ty.clone(),
            }),
            Some(_) => {}
        }
    }
    for (status, ty) in &old_errors {
        if !new_errors.iter().any(|(s, _)| s == status) {
            changes.push(OperationChange::ErrorRemoved { status: status_text(*status), ty: ty.clone() });
        }
    }

    if old.pager.is_some() != new.pager.is_some() {
        changes.push(OperationChange::Paging { now: new.pager.is_some() });
    }
    if old.deprecated != new.deprecated {
        changes.push(OperationChange::Deprecated { now: new.deprecated });
    }
    changes
}

fn inputs(api: &Api, op: &Operation) -> Vec<InputSummary> {
    op.inputs(api)
        .iter()
        .map(|input| {
            let (place, ty) = match input.kind {
                InputKind::Param(p) => (InputPlace::Param(p.location, p.wire.clone()), type_text(api, &p.ty)),
                InputKind::Body { ty, .. } => (InputPlace::Body, type_text(api, ty)),
                InputKind::BodyField(f) => {
                    let ty = boxed_text(api, f);
                    // A nullable field takes an `Option`, so that `None` sends `null`.
                    let ty = match f.presence {
                        Presence::RequiredNullable | Presence::OptionalNullable => format!("Option<{ty}>"),
                        Presence::Required | Presence::Optional => ty,
                    };
                    (InputPlace::BodyField(f.wire.clone()), ty)
                }
            };
            InputSummary { name: api.name(*input.name).to_owned(), place, required: input.required, ty }
        })
        .collect()
}

fn output_text(api: &Api, output: &Output) -> String {
    match output {
        Output::Single(body) => response_text(api, body),
        Output::Outcomes(id) => type_name(api, *id),
    }
}

fn response_text(api: &Api, body: &ResponseBody) -> String {
    match body {
        ResponseBody::Empty => "()".to_owned(),
        ResponseBody::Json(ty) => type_text(api, ty),
        ResponseBody::Bytes => "Bytes".to_owned(),
    }
}

fn status_text(status: ErrorStatus) -> String {
    match status {
        ErrorStatus::Code(code) => code.to_string(),
        ErrorStatus::Range(class) => format!("{class}XX"),
        ErrorStatus::Default => "default".to_owned(),
    }
}

type TypeLists = (Vec<TypeSummary>, Vec<TypeSummary>, Vec<TypeChanges>);

fn compare_types(old: &Api, new: &Api) -> TypeLists {
    // Type names are unique in a crate (one naming scope), and they are what users write.
    fn find<'a>(api: &'a Api, name: &str) -> Option<&'a TypeDef> {
        api.types.iter().find(|t| api.name(t.name) == name)
    }
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for ty in &new.types {
        match find(old, new.name(ty.name)) {
            None => added.push(type_summary(new, ty)),
            Some(old_ty) => {
                let changes = type_changes(old, old_ty, new, ty);
                if !changes.is_empty() {
                    changed.push(TypeChanges { ty: type_summary(new, ty), changes });
                }
            }
        }
    }
    let removed =
        old.types.iter().filter(|t| find(new, old.name(t.name)).is_none()).map(|t| type_summary(old, t)).collect();
    (added, removed, changed)
}

fn type_summary(api: &Api, ty: &TypeDef) -> TypeSummary {
    TypeSummary {
        name: unraw(api.name(ty.name)).to_owned(),
        path: type_path(api, ty),
        kind: kind_word(&ty.kind),
        at: ty.at.to_string(),
    }
}

fn type_path(api: &Api, ty: &TypeDef) -> String {
    let name = api.name(ty.name);
    match ty.home {
        Home::Models { .. } => format!("models::{name}"),
        Home::Group(g) => match api.groups.get(g) {
            Some(group) => format!("apis::{}::{name}", api.name(group.module)),
            None => name.to_owned(),
        },
    }
}

fn kind_word(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Union(_) => "union",
        TypeKind::Alias(_) => "alias",
        TypeKind::Outcomes(_) => "outcomes",
    }
}

fn type_changes(old_api: &Api, old: &TypeDef, new_api: &Api, new: &TypeDef) -> Vec<TypeChange> {
    let mut changes = Vec::new();
    let old_path = type_path(old_api, old);
    if old_path != type_path(new_api, new) {
        changes.push(TypeChange::Moved { old_path });
    }
    match (&old.kind, &new.kind) {
        (TypeKind::Struct(o), TypeKind::Struct(n)) => {
            let fields = |api: &Api, fields: &[Field]| -> Vec<FieldSummary> {
                fields.iter().map(|f| field_summary(api, f)).collect()
            };
            let (old_fields, new_fields) = (fields(old_api, &o.fields), fields(new_api, &n.fields));
            for field in &new_fields {
                match old_fields.iter().find(|f| f.wire == field.wire) {
                    None => changes.push(TypeChange::FieldAdded(field.clone())),
                    Some(f) if f != field => {
                        changes.push(TypeChange::FieldChanged { old: f.clone(), new: field.clone() })
                    }
                    Some(_) => {}
                }
            }
            for field in &old_fields {
                if !new_fields.iter().any(|f| f.wire == field.wire) {
                    changes.push(TypeChange::FieldRemoved(field.clone()));
                }
            }
            let extra = |api: &Api, additional: &Option<(crate::ir::NameId, TypeRef)>| {
                additional
                    .as_ref()
                    .map(|(name, ty)| format!("{}: BTreeMap<String, {}>", api.name(*name), type_text(api, ty)))
            };
            let (old_extra, new_extra) = (extra(old_api, &o.additional), extra(new_api, &n.additional));
            if old_extra != new_extra {
                changes.push(TypeChange::ExtraProperties { old: old_extra, new: new_extra });
            }
        }
        (TypeKind::Enum(o), TypeKind::Enum(n)) => {
            let variants = |api: &Api, e: &crate::ir::StringEnum| -> Vec<VariantSummary> {
                e.variants
                    .iter()
                    .map(|v| VariantSummary { name: api.name(v.name).to_owned(), detail: format!("{:?}", v.wire) })
                    .collect()
            };
            compare_variants(&variants(old_api, o), &variants(new_api, n), |v| v.detail.clone(), &mut changes);
        }
        (TypeKind::Union(o), TypeKind::Union(n)) => {
            let property = |u: &crate::ir::Union| u.tag.as_ref().map(|tag| tag.property.clone());
            if property(o) != property(n) {
                changes.push(TypeChange::UnionTag { old: property(o), new: property(n) });
            }
            let variants = |api: &Api, u: &crate::ir::Union| -> Vec<VariantSummary> {
                u.variants
                    .iter()
                    .map(|v| {
                        let ty = type_text(api, &v.ty);
                        let detail = if v.tag_values.is_empty() {
                            ty
                        } else {
                            let tags: Vec<String> = v.tag_values.iter().map(|t| format!("{t:?}")).collect();
                            format!("{ty} (tag {})", tags.join(", "))
                        };
                        VariantSummary { name: api.name(v.name).to_owned(), detail }
                    })
                    .collect()
            };
            compare_variants(&variants(old_api, o), &variants(new_api, n), |v| v.name.clone(), &mut changes);
        }
        (TypeKind::Outcomes(o), TypeKind::Outcomes(n)) => {
            let variants = |api: &Api, outcomes: &[crate::ir::Outcome]| -> Vec<VariantSummary> {
                outcomes
                    .iter()
                    .map(|v| VariantSummary {
                        name: api.name(v.name).to_owned(),
                        detail: format!("{}: {}", v.status, response_text(api, &v.body)),
                    })
                    .collect()
            };
            compare_variants(&variants(old_api, o), &variants(new_api, n), |v| v.name.clone(), &mut changes);
        }
        (TypeKind::Alias(o), TypeKind::Alias(n)) => {
            let (old_ty, new_ty) = (type_text(old_api, o), type_text(new_api, n));
            if old_ty != new_ty {
                changes.push(TypeChange::AliasChanged { old: old_ty, new: new_ty });
            }
        }
        (o, n) => {
            if kind_word(o) != kind_word(n) {
                changes.push(TypeChange::KindChanged { old_kind: kind_word(o) });
            }
        }
    }
    if old.deprecated != new.deprecated {
        changes.push(TypeChange::Deprecated { now: new.deprecated });
    }
    changes
}

/// Variants matched by `key`: added in new order, changed, then removed in old order.
fn compare_variants(
    old: &[VariantSummary],
    new: &[VariantSummary],
    key: impl Fn(&VariantSummary) -> String,
    changes: &mut Vec<TypeChange>,
) {
    for variant in new {
        match old.iter().find(|o| key(o) == key(variant)) {
            None => changes.push(TypeChange::VariantAdded(variant.clone())),
            Some(o) if o != variant => {
                changes.push(TypeChange::VariantChanged { old: o.clone(), new: variant.clone() })
            }
            Some(_) => {}
        }
    }
    for variant in old {
        if !new.iter().any(|n| key(n) == key(variant)) {
            changes.push(TypeChange::VariantRemoved(variant.clone()));
        }
    }
}

fn field_summary(api: &Api, field: &Field) -> FieldSummary {
    let inner = boxed_text(api, field);
    let ty = match field.presence {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => format!("Option<{inner}>"),
        Presence::OptionalNullable => format!("Option<Option<{inner}>>"),
    };
    FieldSummary {
        name: api.name(field.name).to_owned(),
        wire: field.wire.clone(),
        ty,
        presence: field.presence,
        access: field.access,
    }
}

/// A field's value type, `Box` included (without the `Option`s of its presence).
fn boxed_text(api: &Api, field: &Field) -> String {
    let ty = type_text(api, &field.ty);
    if field.boxed { format!("Box<{ty}>") } else { ty }
}

fn type_name(api: &Api, id: crate::ir::TypeId) -> String {
    unraw(api.name(api.ty(id).name)).to_owned()
}

/// A type expression as short Rust text: generated types by name (unique in the crate), library
/// types by their last path segments (`DateTime<Utc>`, `FilePart`).
fn type_text(api: &Api, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(id) => type_name(api, *id),
        TypeRef::Scalar(scalar) => scalar_text(*scalar).to_owned(),
        TypeRef::List(inner) => format!("Vec<{}>", type_text(api, inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", type_text(api, inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", type_text(api, inner)),
        TypeRef::Tuple(items) => {
            let items: Vec<String> = items.iter().map(|item| type_text(api, item)).collect();
            if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) }
        }
    }
}

fn scalar_text(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::String => "String",
        Scalar::Bool => "bool",
        Scalar::I32 => "i32",
        Scalar::I64 => "i64",
        Scalar::F32 => "f32",
        Scalar::F64 => "f64",
        Scalar::DateTime => "DateTime<Utc>",
        Scalar::Date => "NaiveDate",
        Scalar::Uuid => "Uuid",
        Scalar::Any => "serde_json::Value",
        Scalar::Object => "serde_json::Map<String, Value>",
        Scalar::Binary => "FilePart",
    }
}

// Rendering. Both formats are made from one list of lines of spans, code or prose, so that they
// cannot say different things: Markdown puts code in backticks and sections under bold labels (a
// report goes into pull request bodies and under any heading); text prints it as it is.

enum Span {
    Text(String),
    Code(String),
}

fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

fn code(s: impl Into<String>) -> Span {
    Span::Code(s.into())
}

/// A section of the report: a label and its entries, each a line with sub-lines.
struct Section {
    label: &'static str,
    entries: Vec<(Vec<Span>, Vec<Vec<Span>>)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Text,
}

impl Report {
    /// Whether nothing changed for users.
    pub fn is_empty(&self) -> bool {
        self.base_url.is_none()
            && self.operations_added.is_empty()
            && self.operations_removed.is_empty()
            && self.operations_changed.is_empty()
            && self.types_added.is_empty()
            && self.types_removed.is_empty()
            && self.types_changed.is_empty()
    }

    /// The report in Markdown: a header line, counts, then one bulleted section per kind of
    /// change under a bold label (no headings, so it fits under any heading of a larger page).
    pub fn to_markdown(&self) -> String {
        self.render(Format::Markdown)
    }

    /// The report as plain text, indented, for a terminal.
    pub fn to_text(&self) -> String {
        self.render(Format::Text)
    }

    fn render(&self, format: Format) -> String {
        let spans = |spans: &[Span]| -> String {
            spans
                .iter()
                .map(|span| match (span, format) {
                    (Span::Text(t), _) | (Span::Code(t), Format::Text) => t.clone(),
                    (Span::Code(c), Format::Markdown) => format!("`{c}`"),
                })
                .collect()
        };
        let mut out = String::new();
        let (old, new) = (&self.old, &self.new);
        let title = if old.title == new.title { new.title.clone() } else { format!("{} → {}", old.title, new.title) };
        let version = if old.version == new.version {
            new.version.clone()
        } else {
            format!("{} → {}", old.version, new.version)
        };
        let spec_format =
            if old.format == new.format { new.format.to_owned() } else { format!("{} → {}", old.format, new.format) };
        let header = match format {
            Format::Markdown => format!("**{title}** {version} ({spec_format}, naming style `{}`)", self.style),
            Format::Text => format!("{title} {version} ({spec_format}, naming style {})", self.style),
        };
        let _ = writeln!(out, "{header}\n");
        if self.is_empty() {
            let _ = writeln!(out, "No changes for users.");
            return out;
        }
        let _ = writeln!(out, "{}", self.counts());
        let (bullet, sub_bullet) = match format {
            Format::Markdown => ("- ", "  - "),
            Format::Text => ("  ", "      "),
        };
        for section in self.sections() {
            if section.entries.is_empty() {
                continue;
            }
            match format {
                Format::Markdown => {
                    let _ = writeln!(out, "\n**{}**\n", section.label);
                }
                Format::Text => {
                    let _ = writeln!(out, "\n{}:", section.label);
                }
            }
            for (line, details) in &section.entries {
                let _ = writeln!(out, "{bullet}{}", spans(line));
                for detail in details {
                    let _ = writeln!(out, "{sub_bullet}{}", spans(detail));
                }
            }
        }
        out
    }

    /// `Operations: 1 added, 1 removed, 2 changed. Types: 1 added, 1 removed, 3 changed.`
    pub fn counts(&self) -> String {
        format!(
            "Operations: {} added, {} removed, {} changed. Types: {} added, {} removed, {} changed.",
            self.operations_added.len(),
            self.operations_removed.len(),
            self.operations_changed.len(),
            self.types_added.len(),
            self.types_removed.len(),
            self.types_changed.len()
        )
    }

    fn sections(&self) -> Vec<Section> {
        let operation_line = |op: &OperationSummary| {
            vec![
                code(&op.call),
                text(": "),
                code(format!("{} {}", op.method.as_str(), op.path)),
                text(" ("),
                code(&op.operation_id),
                text(")"),
            ]
        };
        let type_line =
            |ty: &TypeSummary| vec![code(&ty.path), text(format!(" ({}, ", ty.kind)), code(&ty.at), text(")")];
        let mut base_url = Vec::new();
        if let Some((old, new)) = &self.base_url {
            let url = |u: &Option<String>| u.as_deref().map_or_else(|| text("none"), code);
            base_url.push((vec![url(new), text(", was "), url(old)], Vec::new()));
        }
        vec![
            Section { label: "Default base URL", entries: base_url },
            Section {
                label: "Operations added",
                entries: self.operations_added.iter().map(|op| (operation_line(op), Vec::new())).collect(),
            },
            Section {
                label: "Operations removed",
                entries: self.operations_removed.iter().map(|op| (operation_line(op), Vec::new())).collect(),
            },
            Section {
                label: "Operations changed",
                entries: self
                    .operations_changed
                    .iter()
                    .map(|op| (operation_line(&op.operation), op.changes.iter().map(operation_change_line).collect()))
                    .collect(),
            },
            Section {
                label: "Types added",
                entries: self.types_added.iter().map(|ty| (type_line(ty), Vec::new())).collect(),
            },
            Section {
                label: "Types removed",
                entries: self.types_removed.iter().map(|ty| (type_line(ty), Vec::new())).collect(),
            },
            Section {
                label: "Types changed",
                entries: self
                    .types_changed
                    .iter()
                    .map(|ty| (type_line(&ty.ty), ty.changes.iter().map(type_change_line).collect()))
                    .collect(),
            },
        ]
    }
}

fn input_line(input: &InputSummary) -> Vec<Span> {
    let place = match &input.place {
        InputPlace::Param(location, wire) => {
            let location = match location {
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
                ParamLocation::Header => "header",
                ParamLocation::Cookie => "cookie",
            };
            vec![text(format!(" ({location} ")), code(wire), text(")")]
        }
        InputPlace::Body => vec![text(" (body)")],
        InputPlace::BodyField(wire) => vec![text(" (body field "), code(wire), text(")")],
    };
    let mut line = vec![input_code(input)];
    line.extend(place);
    line
}

/// An argument as `name: Type`, a setter as `.name(Type)`.
fn input_code(input: &InputSummary) -> Span {
    if input.required {
        code(format!("{}: {}", input.name, input.ty))
    } else {
        code(format!(".{}({})", input.name, input.ty))
    }
}

fn input_word(input: &InputSummary) -> &'static str {
    if input.required { "argument" } else { "setter" }
}

fn operation_change_line(change: &OperationChange) -> Vec<Span> {
    match change {
        OperationChange::Renamed { old_call } => vec![text("renamed, was "), code(old_call)],
        OperationChange::Moved { old_method, old_path } => {
            vec![text("moved, was "), code(format!("{} {old_path}", old_method.as_str()))]
        }
        OperationChange::IdChanged { old_id } => vec![text("operationId changed, was "), code(old_id)],
        OperationChange::InputAdded(input) => {
            let mut line = vec![text(format!("{} added: ", input_word(input)))];
            line.extend(input_line(input));
            line
        }
        OperationChange::InputRemoved(input) => {
            let mut line = vec![text(format!("{} removed: ", input_word(input)))];
            line.extend(input_line(input));
            line
        }
        OperationChange::InputChanged { old, new } => {
            let what = if old.name != new.name {
                "renamed"
            } else if old.ty != new.ty {
                "retyped"
            } else {
                "changed"
            };
            let mut line = vec![text(format!("{} {what}: ", input_word(new)))];
            line.extend(input_line(new));
            line.push(text(", was "));
            line.push(input_code(old));
            if old.required != new.required {
                line.push(text(format!(" (now {})", if new.required { "an argument" } else { "a setter" })));
            }
            line
        }
        OperationChange::BodyMediaTypes { old, new } => {
            vec![text("body media types: "), code(new.join(", ")), text(", was "), code(old.join(", "))]
        }
        OperationChange::OutputChanged { old, new } => vec![text("returns "), code(new), text(", was "), code(old)],
        OperationChange::ErrorAdded { status, ty } => {
            vec![text(format!("error body added: {status} ")), code(ty)]
        }
        OperationChange::ErrorRemoved { status, ty } => {
            vec![text(format!("error body removed: {status} ")), code(ty)]
        }
        OperationChange::ErrorRetyped { status, old, new } => {
            vec![text(format!("error body retyped: {status} ")), code(new), text(", was "), code(old)]
        }
        OperationChange::Paging { now: true } => vec![text("pages now: "), code("into_stream()"), text(" added")],
        OperationChange::Paging { now: false } => {
            vec![text("no longer pages: "), code("into_stream()"), text(" removed")]
        }
        OperationChange::Deprecated { now: true } => vec![text("deprecated")],
        OperationChange::Deprecated { now: false } => vec![text("no longer deprecated")],
    }
}

fn presence_words(presence: Presence) -> &'static str {
    match presence {
        Presence::Required => "required",
        Presence::RequiredNullable => "required, nullable",
        Presence::Optional => "optional",
        Presence::OptionalNullable => "optional, nullable",
    }
}

fn access_words(access: Access) -> &'static str {
    match access {
        Access::ReadWrite => "read-write",
        Access::ReadOnly => "read-only",
        Access::WriteOnly => "write-only",
    }
}

fn field_code(field: &FieldSummary) -> Span {
    code(format!("{}: {}", field.name, field.ty))
}

/// `(optional, nullable; read-only)`: how a field may be missing and which way it travels.
fn field_notes(field: &FieldSummary) -> String {
    match field.access {
        Access::ReadWrite => format!(" ({})", presence_words(field.presence)),
        access => format!(" ({}; {})", presence_words(field.presence), access_words(access)),
    }
}

fn type_change_line(change: &TypeChange) -> Vec<Span> {
    match change {
        TypeChange::Moved { old_path } => vec![text("moved, was "), code(old_path)],
        TypeChange::KindChanged { old_kind } => vec![text(format!("kind changed, was {old_kind}"))],
        TypeChange::FieldAdded(field) => vec![text("field added: "), field_code(field), text(field_notes(field))],
        TypeChange::FieldRemoved(field) => vec![text("field removed: "), field_code(field)],
        TypeChange::FieldChanged { old, new } => {
            let what = if old.name != new.name {
                "renamed"
            } else if old.ty != new.ty {
                "retyped"
            } else {
                "changed"
            };
            let mut line = vec![text(format!("field {what}: ")), field_code(new), text(", was "), field_code(old)];
            let mut notes = Vec::new();
            if old.presence != new.presence {
                notes.push(format!("{} → {}", presence_words(old.presence), presence_words(new.presence)));
            }
            if old.access != new.access {
                notes.push(format!("{} → {}", access_words(old.access), access_words(new.access)));
            }
            if old.wire != new.wire {
                notes.push(format!("JSON {:?} → {:?}", old.wire, new.wire));
            }
            if !notes.is_empty() {
                line.push(text(format!(" ({})", notes.join("; "))));
            }
            line
        }
        TypeChange::ExtraProperties { old, new } => {
            let shown = |x: &Option<String>| x.as_deref().map_or_else(|| text("none"), code);
            vec![text("extra properties: "), shown(new), text(", was "), shown(old)]
        }
        TypeChange::VariantAdded(v) => vec![text("variant added: "), code(&v.name), text(" "), code(&v.detail)],
        TypeChange::VariantRemoved(v) => vec![text("variant removed: "), code(&v.name), text(" "), code(&v.detail)],
        TypeChange::VariantChanged { old, new } => vec![
            text("variant changed: "),
            code(&new.name),
            text(" "),
            code(&new.detail),
            text(", was "),
            code(&old.name),
            text(" "),
            code(&old.detail),
        ],
        TypeChange::UnionTag { old, new } => {
            let shown = |x: &Option<String>| x.as_deref().map_or_else(|| text("none"), code);
            vec![text("tag property: "), shown(new), text(", was "), shown(old)]
        }
        TypeChange::AliasChanged { old, new } => vec![text("now "), code(new), text(", was "), code(old)],
        TypeChange::Deprecated { now: true } => vec![text("deprecated")],
        TypeChange::Deprecated { now: false } => vec![text("no longer deprecated")],
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// A small API with a bit of everything a change can touch: parameters, a body, success and
    /// error responses, a struct, an enum and a union.
    const BASE: &str = r##"
openapi: 3.0.3
info: {title: Pets, version: '1'}
servers: [{url: 'https://pets.example.com'}]
paths:
  /pets:
    get:
      operationId: pets_list
      tags: [pets]
      parameters:
      - {name: limit, in: query, schema: {type: integer}}
      - {name: X-Trace, in: header, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        '404': {description: none, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
    post:
      operationId: pets_create
      tags: [pets]
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/Pet'}}
          multipart/form-data: {schema: {$ref: '#/components/schemas/Pet'}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /pets/{id}:
    get:
      operationId: pets_retrieve
      tags: [pets]
      parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
components:
  schemas:
    Pet:
      type: object
      required: [name, kind]
      properties:
        name: {type: string}
        tag: {type: string}
        kind: {$ref: '#/components/schemas/Kind'}
        owner: {$ref: '#/components/schemas/Owner'}
    Kind: {type: string, enum: [cat, dog]}
    Owner:
      oneOf:
      - {$ref: '#/components/schemas/Person'}
      - {type: string}
    Person: {type: object, properties: {email: {type: string}}}
    Problem: {type: object, properties: {detail: {type: string}}}
    Spare: {type: object, properties: {detail: {type: string}}}
"##;

    fn lowered(yaml: &str) -> Api {
        static N: AtomicUsize = AtomicUsize::new(0);
        // A folder per call (tests run on several threads), removed once the spec is lowered.
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir: PathBuf = std::env::temp_dir().join(format!("generator-diff-test-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp folder");
        let path = dir.join("spec.yaml");
        std::fs::write(&path, yaml).expect("a spec file");
        let lowered = crate::lower(&path, Naming::Tagged, &BTreeMap::new(), Some("spec.yaml"));
        let _ = std::fs::remove_dir_all(&dir);
        lowered.expect("the spec lowers").1
    }

    /// The text report of BASE against BASE with `from` replaced by `to` (exactly once).
    fn report_of(from: &str, to: &str) -> String {
        assert_eq!(BASE.matches(from).count(), 1, "`{from}` must occur once in BASE");
        compare(&lowered(BASE), &lowered(&BASE.replace(from, to))).to_text()
    }

    #[test]
    fn the_same_spec_has_no_changes() {
        let report = compare(&lowered(BASE), &lowered(BASE));
        assert!(report.is_empty());
        assert!(report.to_markdown().ends_with("No changes for users.\n"), "{}", report.to_markdown());
    }

    /// One change to the spec per row, and a line the text report must hold for it.
    #[test]
    fn each_change_is_reported_in_users_terms() {
        let cases: &[(&str, &str, &str)] = &[
            // Parameters: added, removed, retyped, made required.
            (
                "      - {name: X-Trace, in: header, schema: {type: string}}\n",
                "      - {name: X-Trace, in: header, schema: {type: string}}\n      - {name: kind, in: query, schema: {type: string}}\n",
                "setter added: .kind(String) (query kind)",
            ),
            (
                "      - {name: X-Trace, in: header, schema: {type: string}}\n",
                "",
                "setter removed: .x_trace(String) (header X-Trace)",
            ),
            (
                "{name: limit, in: query, schema: {type: integer}}",
                "{name: limit, in: query, schema: {type: string}}",
                "setter retyped: .limit(String) (query limit), was .limit(i64)",
            ),
            (
                "{name: limit, in: query, schema: {type: integer}}",
                "{name: limit, in: query, required: true, schema: {type: integer}}",
                "argument changed: limit: i64 (query limit), was .limit(i64) (now an argument)",
            ),
            // The body: retyped, no longer multipart, gone.
            (
                "application/json: {schema: {$ref: '#/components/schemas/Pet'}}\n          multipart",
                "application/json: {schema: {$ref: '#/components/schemas/Person'}}\n          multipart",
                "argument renamed: person: Person (body), was pet: Pet",
            ),
            (
                "          multipart/form-data: {schema: {$ref: '#/components/schemas/Pet'}}\n",
                "",
                "body media types: application/json, was application/json, multipart/form-data",
            ),
            // Outputs and error bodies.
            (
                "'201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}",
                "'201': {description: ok}",
                "returns (), was Pet",
            ),
            (
                "'404': {description: none, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}",
                "'404': {description: none, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}",
                "error body retyped: 404 Person, was Problem",
            ),
            (
                "'404': {description: none, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}",
                "'404': {description: none}",
                "error body removed: 404 Problem",
            ),
            (
                "'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}\ncomponents",
                "'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}\n        default: {description: oops, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}\ncomponents",
                "error body added: default Problem",
            ),
            // Operations: renamed by operationId (matched by method and path), moved, deprecated.
            ("operationId: pets_retrieve", "operationId: pets_get", "renamed, was client.pets_api().retrieve(id)"),
            ("operationId: pets_retrieve", "operationId: pets_get", "operationId changed, was pets_retrieve"),
            ("  /pets/{id}:\n", "  /animals/{id}:\n", "moved, was GET /pets/{id}"),
            ("operationId: pets_create\n", "operationId: pets_create\n      deprecated: true\n", "  deprecated"),
            // Fields: added, removed, retyped, required to optional, nullable, read-only.
            (
                "        tag: {type: string}\n",
                "        tag: {type: string}\n        age: {type: integer}\n",
                "field added: age: Option<i64> (optional)",
            ),
            ("        tag: {type: string}\n", "", "field removed: tag: Option<String>"),
            (
                "tag: {type: string}",
                "tag: {type: array, items: {type: string}}",
                "field retyped: tag: Option<Vec<String>>, was tag: Option<String>",
            ),
            (
                "required: [name, kind]",
                "required: [kind]",
                "field retyped: name: Option<String>, was name: String (required → optional)",
            ),
            (
                "name: {type: string}",
                "name: {type: string, nullable: true}",
                "field retyped: name: Option<String>, was name: String (required → required, nullable)",
            ),
            (
                "name: {type: string}",
                "name: {type: string, readOnly: true}",
                "field retyped: name: Option<String>, was name: String (required → optional; read-write → read-only)",
            ),
            // Enums and unions.
            ("enum: [cat, dog]", "enum: [cat, dog, bird]", "variant added: Bird \"bird\""),
            ("enum: [cat, dog]", "enum: [cat]", "variant removed: Dog \"dog\""),
            ("      - {type: string}\n", "      - {type: integer}\n", "variant added: Integer i64"),
            // Types and the base URL.
            ("    Spare:", "    Extra:", "models::Extra (struct, #/components/schemas/Extra)"),
            ("    Spare:", "    Extra:", "models::Spare (struct, #/components/schemas/Spare)"),
            (
                "https://pets.example.com",
                "https://api.pets.example.com",
                "https://api.pets.example.com, was https://pets.example.com",
            ),
        ];
        let mut failures = Vec::new();
        for (from, to, line) in cases {
            let report = report_of(from, to);
            if !report.lines().any(|l| l.trim_start() == line.trim_start()) {
                failures.push(format!("`{from}` → `{to}`: no line `{line}` in\n{report}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    #[test]
    fn sections_sort_what_is_added_removed_and_changed() {
        let report = compare(
            &lowered(BASE),
            &lowered(
                &BASE.replace("    post:\n      operationId: pets_create", "    put:\n      operationId: pets_replace"),
            ),
        );
        let calls = |ops: &[OperationSummary]| ops.iter().map(|op| op.call.clone()).collect::<Vec<_>>();
        assert_eq!(calls(&report.operations_added), ["client.pets_api().replace(pet)"]);
        assert_eq!(calls(&report.operations_removed), ["client.pets_api().create(pet)"]);
        assert!(report.operations_changed.is_empty());
        let markdown = report.to_markdown();
        assert!(markdown.contains("Operations: 1 added, 1 removed, 0 changed."), "{markdown}");
        assert!(
            markdown.contains(
                "\n**Operations added**\n\n- `client.pets_api().replace(pet)`: `PUT /pets` (`pets_replace`)\n"
            ),
            "{markdown}"
        );
    }
}
