//! Schemas to types: allOf merged into one struct, oneOf/anyOf into unions (null branches become
//! nullability), string enums into open enums, inline schemas named after where they stand.

use std::borrow::Cow;
use std::collections::BTreeMap;

use openapiv3::{AdditionalProperties, Schema};
use serde_json::Value;

use super::Lowerer;
use super::view::{SchemaRef, View};
use crate::ir::naming::places::{self, collision};
use crate::ir::naming::{Candidate, Case, Scope, style};
use crate::ir::{
    Access, Constraints, Docs, EnumVariant, Field, Home, Presence, Scalar, StringEnum, Struct, TypeDef, TypeId,
    TypeKind, TypeRef, Union, UnionVariant, Usage,
};
use crate::load::Spec;
use crate::pointer::JsonPointer;

/// Where a type made at this spot would live and what it would be called.
#[derive(Clone, Debug)]
pub struct NameCtx {
    /// The PascalCase name a type created here asks for.
    pub wanted: String,
    /// Where that type goes.
    pub home: HomeCtx,
    /// Collision rank (lower keeps its name).
    pub rank: u8,
    /// Prefix for the names of nested types.
    pub child_prefix: String,
    /// Suffix for the names of types nested here (`Field` in the `box` style; none for the
    /// direct parts of an operation, `CreateGroupMembershipUser`).
    pub child_suffix: &'static str,
    /// Suffix for the names of types nested inside a named type: the style's.
    pub nested_suffix: &'static str,
    /// This spot is a component schema itself: even a plain type gets a named alias here.
    pub component: bool,
}

/// Where a type goes, before its model file has a name.
#[derive(Clone, Debug)]
pub enum HomeCtx {
    /// The models file of the component schema at this pointer, named after it.
    Component(JsonPointer, String),
    /// The module of an operation group.
    Group(usize),
}

impl NameCtx {
    /// The context of a nested schema at `part` (a property name, `Item`, ...).
    pub fn child(&self, part: &str) -> NameCtx {
        let wanted = places::nested_type(&self.child_prefix, part, self.child_suffix);
        NameCtx {
            child_prefix: places::nested_prefix(&wanted, self.child_suffix).to_owned(),
            wanted,
            home: self.home.clone(),
            rank: self.rank.max(1),
            child_suffix: self.nested_suffix,
            nested_suffix: self.nested_suffix,
            component: false,
        }
    }
}

/// A lowered schema: its type and the facts that decide `Option` around it.
#[derive(Clone, Debug)]
pub struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub constraints: Constraints,
}

/// One property gathered while merging `allOf` parts.
struct RawField {
    wire: String,
    at: JsonPointer,
    lowered: Lowered,
    docs: Docs,
    deprecated: bool,
}

/// A struct field before presence is decided (that needs the type's usage).
pub struct FieldFacts {
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
}

impl<'s> Lowerer<'s> {
    /// The naming context of the component schema at `target`.
    pub fn component_ctx(&self, target: &JsonPointer) -> NameCtx {
        let tokens: Vec<String> = target.tokens().collect();
        let (name, component) = places::schema_type(&tokens, |t| style::component_name(t, &self.fastapi_stems));
        let suffix = self.nested_suffix();
        NameCtx {
            wanted: name.clone(),
            home: HomeCtx::Component(target.clone(), name.clone()),
            rank: if component { 0 } else { 1 },
            child_prefix: name,
            child_suffix: suffix,
            nested_suffix: suffix,
            component,
        }
    }

    /// Lowers a schema reference standing at `at`.
    pub fn schema(&mut self, schema: SchemaRef<'_>, at: &JsonPointer, ctx: &NameCtx) -> Lowered {
        let spec: &'s Spec = self.spec;
        match schema {
            SchemaRef::Ref(reference) => match spec.deref_ref::<Schema>(reference, at) {
                Ok((schema, target)) => {
                    let ctx = self.component_ctx(&target);
                    self.node(&schema, &target, &ctx)
                }
                Err(e) => {
                    self.errors.push(e);
                    Lowered {
                        ty: TypeRef::Scalar(Scalar::Any),
                        nullable: false,
                        read_only: false,
                        write_only: false,
                        constraints: Constraints::default(),
                    }
                }
            },
            SchemaRef::Item(schema) => self.node(schema, at, ctx),
        }
    }

    /// Resolves a reference for inspection only (no lowering); the result borrows the spec, not
    /// the lowerer.
    pub(super) fn peek<'x>(&self, schema: SchemaRef<'x>, at: &JsonPointer) -> Option<(Cow<'x, Schema>, JsonPointer)>
    where
        's: 'x,
    {
        let spec: &'s Spec = self.spec;
        match schema {
            SchemaRef::Ref(reference) => spec.deref_ref::<Schema>(reference, at).ok(),
            SchemaRef::Item(schema) => Some((Cow::Borrowed(schema), at.clone())),
        }
    }

    fn node(&mut self, schema: &Schema, at: &JsonPointer, ctx: &NameCtx) -> Lowered {
        let v = View::of(schema);
        let mut lowered = Lowered {
            ty: TypeRef::Scalar(Scalar::Any),
            nullable: v.data.nullable || v.enumeration.iter().any(Value::is_null),
            read_only: v.data.read_only,
            write_only: v.data.write_only,
            constraints: self.constraints(&v, at),
        };
        // Annotations on allOf parts (`{nullable: true}`, `{readOnly: true}`) apply to the whole.
        for (i, part) in v.all_of.iter().enumerate() {
            if let Some((part, _)) = self.peek(part.into(), &at.join("allOf").join(i.to_string())) {
                let pv = View::of(&part);
                if pv.is_annotation_only() {
                    lowered.nullable |= pv.data.nullable;
                    lowered.read_only |= pv.data.read_only;
                    lowered.write_only |= pv.data.write_only;
                }
            }
        }
        // `oneOf: [X, NullEnum]` is DRF's way of saying "nullable X".
        for (branch_at, branch) in v.alternatives(at) {
            if let Some((branch, _)) = self.peek(branch, &branch_at) {
                lowered.nullable |= View::of(&branch).is_null_only();
            }
        }
        lowered.ty = match self.memo.get(at) {
            Some(ty) => ty.clone(),
            None => self.node_type(&v, at, ctx),
        };
        lowered
    }

    fn node_type(&mut self, v: &View<'_>, at: &JsonPointer, ctx: &NameCtx) -> TypeRef {
        if !self.in_progress.insert(at.clone()) {
            self.warn(at, "a schema refers to itself without an object in between; typed as any JSON value");
            return TypeRef::Scalar(Scalar::Any);
        }
        let ty = self.classify(v, at, ctx);
        let ty = match ty {
            // A component that is another named type (`allOf: [$ref]` with annotations) still
            // gets its own name, as an alias.
            TypeRef::Named(id) if ctx.component && !self.types[id.0].at.is_within(at) => {
                let alias = self.new_type(ctx, at, v);
                self.types[alias.0].kind = TypeKind::Alias(ty);
                TypeRef::Named(alias)
            }
            TypeRef::Named(_) => ty,
            other if ctx.component => {
                let id = self.new_type(ctx, at, v);
                self.types[id.0].kind = TypeKind::Alias(other);
                TypeRef::Named(id)
            }
            other => other,
        };
        self.in_progress.remove(at);
        self.memo.insert(at.clone(), ty.clone());
        ty
    }

    fn classify(&mut self, v: &View<'_>, at: &JsonPointer, ctx: &NameCtx) -> TypeRef {
        let own_shape = v.properties.is_some_and(|p| !p.is_empty())
            || matches!(v.additional, Some(AdditionalProperties::Schema(_)));
        if !v.all_of.is_empty() {
            // Each part: does it shape the value at all, and is that shape an object?
            let parts: Vec<(bool, bool)> = v
                .all_of
                .iter()
                .enumerate()
                .map(|(i, part)| match self.peek(part.into(), &at.join("allOf").join(i.to_string())) {
                    Some((s, _)) => {
                        let pv = View::of(&s);
                        (!pv.is_annotation_only(), pv.is_object_like() || !pv.all_of.is_empty())
                    }
                    None => (true, false),
                })
                .collect();
            let substantive: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].0).collect();
            if let [only] = substantive.as_slice()
                && !own_shape
            {
                return self.schema((&v.all_of[*only]).into(), &at.join("allOf").join(only.to_string()), ctx).ty;
            }
            // Parts that only annotate (Box's metadata values: `allOf: [{}, {example}, {description}]`)
            // leave the schema's own type in charge (any JSON value when it has none), not an empty struct.
            let annotations_only = substantive.is_empty() && !own_shape && !v.is_object_like();
            if !annotations_only {
                if parts.iter().any(|&(shapes, object)| shapes && !object) {
                    self.warn(at, "allOf combines schemas that are not all objects; typed as any JSON value");
                    return TypeRef::Scalar(Scalar::Any);
                }
                return TypeRef::Named(self.object(v, at, ctx));
            }
        }
        let branches: Vec<(JsonPointer, SchemaRef<'_>)> = v
            .alternatives(at)
            .into_iter()
            .filter(|(b_at, b)| !self.peek(*b, b_at).is_some_and(|(s, _)| View::of(&s).is_null_only()))
            .collect();
        if !v.one_of.is_empty() || !v.any_of.is_empty() {
            if own_shape {
                self.warn(at, "properties beside oneOf/anyOf are ignored; the alternatives are used");
            }
            return match branches.as_slice() {
                [] => TypeRef::Scalar(Scalar::Any),
                [(b_at, b)] => self.schema(*b, b_at, ctx).ty,
                _ => match one_scalar(&branches) {
                    // Alternatives that are all one Rust type (DRF's email: a string with a format
                    // or an empty string) are that type, not a union of identical variants.
                    Some(scalar) => TypeRef::Scalar(scalar),
                    None => TypeRef::Named(self.union(v, at, ctx, &branches)),
                },
            };
        }
        let strings: Vec<&str> = v.enumeration.iter().filter_map(Value::as_str).collect();
        if !v.enumeration.is_empty() && matches!(v.typ, None | Some("string")) && !strings.is_empty() {
            return TypeRef::Named(self.string_enum(v, at, ctx, &strings));
        }
        match v.typ {
            Some("array") if v.data.extensions.contains_key(crate::load::PREFIX_ITEMS_KEY) => self.tuple(v, at, ctx),
            Some("array") => {
                let item = match v.items {
                    Some(items) => {
                        let item_ctx = if ctx.component { ctx.child(places::ITEM) } else { ctx.clone() };
                        let lowered = self.schema(items.into(), &at.join("items"), &item_ctx);
                        if lowered.nullable { TypeRef::Nullable(Box::new(lowered.ty)) } else { lowered.ty }
                    }
                    None => TypeRef::Scalar(Scalar::Any),
                };
                TypeRef::List(Box::new(item))
            }
            Some("string" | "integer" | "number" | "boolean") => TypeRef::Scalar(scalar_of(v).unwrap_or(Scalar::Any)),
            _ if v.properties.is_some_and(|p| !p.is_empty()) => TypeRef::Named(self.object(v, at, ctx)),
            _ if v.is_object_like() => match v.additional {
                Some(AdditionalProperties::Schema(value)) => {
                    let value_ctx = if ctx.component { ctx.child(places::VALUE) } else { ctx.clone() };
                    let lowered = self.schema(value.as_ref().into(), &at.join("additionalProperties"), &value_ctx);
                    let value = if lowered.nullable { TypeRef::Nullable(Box::new(lowered.ty)) } else { lowered.ty };
                    TypeRef::Map(Box::new(value))
                }
                _ => TypeRef::Scalar(Scalar::Object),
            },
            _ => TypeRef::Scalar(Scalar::Any),
        }
    }

    /// An array with a schema per position (OpenAPI 3.1 `prefixItems`): a Rust tuple when no
    /// further items may follow, else a list of JSON values.
    fn tuple(&mut self, v: &View<'_>, at: &JsonPointer, ctx: &NameCtx) -> TypeRef {
        let items_at = at.join(crate::load::PREFIX_ITEMS_KEY);
        let prefix = v.data.extensions.get(crate::load::PREFIX_ITEMS_KEY).cloned().unwrap_or_default();
        let schemas: Vec<openapiv3::ReferenceOr<Schema>> = match serde_json::from_value(prefix) {
            Ok(schemas) => schemas,
            Err(e) => {
                self.error(&items_at, format!("is not a list of schemas: {e}"));
                return TypeRef::Scalar(Scalar::Any);
            }
        };
        let closed =
            v.data.extensions.contains_key(crate::load::CLOSED_TUPLE_KEY) || v.max_items == Some(schemas.len());
        if !closed || schemas.is_empty() {
            self.warn(at, "a tuple that allows more items than `prefixItems` names; typed as a list of JSON values");
            return TypeRef::List(Box::new(TypeRef::Scalar(Scalar::Any)));
        }
        let items = schemas
            .iter()
            .enumerate()
            .map(|(i, schema)| {
                let item_ctx = if ctx.component { ctx.child(&places::tuple_item(i + 1)) } else { ctx.clone() };
                let lowered = self.schema(schema.into(), &items_at.join(i.to_string()), &item_ctx);
                if lowered.nullable { TypeRef::Nullable(Box::new(lowered.ty)) } else { lowered.ty }
            })
            .collect();
        TypeRef::Tuple(items)
    }

    /// Registers a new named type for the schema at `at`, memoised so that recursion finds it.
    fn new_type(&mut self, ctx: &NameCtx, at: &JsonPointer, v: &View<'_>) -> TypeId {
        let name = self.namer.add(Candidate {
            scope: Scope::Types,
            at: at.clone(),
            wanted: ctx.wanted.clone(),
            case: Case::Pascal,
            pinned: false,
            rank: ctx.rank,
            suffixes: Vec::new(),
        });
        let home = match &ctx.home {
            HomeCtx::Group(g) => Home::Group(*g),
            HomeCtx::Component(component, file_name) => {
                let file = match self.model_files.get(component) {
                    Some(file) => *file,
                    None => {
                        let file = self.namer.simple(Scope::ModelFiles, component, file_name.clone(), Case::Snake);
                        self.model_files.insert(component.clone(), file);
                        file
                    }
                };
                Home::Models { file }
            }
        };
        let id = TypeId(self.types.len());
        self.types.push(TypeDef {
            name,
            at: at.clone(),
            docs: Docs::from_parts([v.data.title.as_deref(), v.data.description.as_deref()]).or_undocumented(
                &if ctx.component { format!("The `{}` schema", ctx.wanted) } else { "An inline schema".to_owned() },
                &self.origin(at),
            ),
            deprecated: v.data.deprecated,
            kind: TypeKind::Alias(TypeRef::Scalar(Scalar::Any)),
            home,
            usage: Usage::default(),
        });
        self.memo.insert(at.clone(), TypeRef::Named(id));
        id
    }

    /// An object schema (with its allOf parts merged) as a struct.
    fn object(&mut self, v: &View<'_>, at: &JsonPointer, ctx: &NameCtx) -> TypeId {
        let id = self.new_type(ctx, at, v);
        let mut raw = Vec::new();
        let mut required = BTreeMap::new();
        let mut additional = None;
        self.merge_object(v, at, ctx, &mut raw, &mut required, &mut additional, 0);
        let mut fields = Vec::new();
        for field in raw {
            let name = self.namer.add(Candidate {
                scope: Scope::Fields(id.0),
                at: field.at.clone(),
                wanted: field.wire.clone(),
                case: Case::Snake,
                pinned: false,
                rank: 0,
                suffixes: collision::owned(collision::FIELD),
            });
            self.field_facts.insert(
                (id.0, fields.len()),
                FieldFacts {
                    required: required.contains_key(&field.wire),
                    nullable: field.lowered.nullable,
                    read_only: field.lowered.read_only,
                    write_only: field.lowered.write_only,
                },
            );
            fields.push(Field {
                name,
                required: required.contains_key(&field.wire),
                wire: field.wire,
                docs: field.docs,
                ty: field.lowered.ty,
                presence: Presence::Optional,
                boxed: false,
                deprecated: field.deprecated,
                access: match (field.lowered.read_only, field.lowered.write_only) {
                    (true, false) => Access::ReadOnly,
                    (false, true) => Access::WriteOnly,
                    _ => Access::ReadWrite,
                },
                constraints: field.lowered.constraints,
                at: field.at,
            });
        }
        let missing: Vec<(String, JsonPointer)> =
            required.into_iter().filter(|(r, _)| !fields.iter().any(|f| f.wire == *r)).collect();
        for (name, listed_at) in missing {
            self.warn(&listed_at, format!("`required` lists `{name}`, which is not a property; ignored"));
        }
        let additional = additional.map(|ty| {
            let name = self.namer.add(Candidate {
                scope: Scope::Fields(id.0),
                at: at.join("additionalProperties"),
                wanted: places::ADDITIONAL_FIELD.to_owned(),
                case: Case::Snake,
                pinned: false,
                rank: 9,
                suffixes: collision::owned(collision::ADDITIONAL_FIELD),
            });
            (name, ty)
        });
        self.types[id.0].kind = TypeKind::Struct(Struct { fields, additional });
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn merge_object(
        &mut self,
        v: &View<'_>,
        at: &JsonPointer,
        ctx: &NameCtx,
        fields: &mut Vec<RawField>,
        required: &mut BTreeMap<String, JsonPointer>,
        additional: &mut Option<TypeRef>,
        depth: usize,
    ) {
        if depth > 16 {
            self.warn(at, "allOf nested deeper than 16 levels; the rest is ignored");
            return;
        }
        for (i, part) in v.all_of.iter().enumerate() {
            let part_at = at.join("allOf").join(i.to_string());
            let Some((schema, target)) = self.peek(part.into(), &part_at) else {
                self.errors.push(self.spec.error(&part_at, "this allOf part cannot be resolved"));
                continue;
            };
            let pv = View::of(&schema);
            if pv.is_annotation_only() {
                continue;
            }
            let part_ctx = if target == part_at { ctx.clone() } else { self.component_ctx(&target) };
            self.merge_object(&pv, &target, &part_ctx, fields, required, additional, depth + 1);
        }
        for name in v.required {
            required.entry(name.clone()).or_insert_with(|| at.join("required"));
        }
        if let Some(properties) = v.properties {
            for (wire, prop) in properties {
                let prop_at = at.join("properties").join(wire);
                let lowered = self.schema(prop.into(), &prop_at, &ctx.child(wire));
                let (docs, deprecated) = match prop {
                    openapiv3::ReferenceOr::Item(s) => (
                        Docs::from_parts([s.schema_data.title.as_deref(), s.schema_data.description.as_deref()]),
                        s.schema_data.deprecated,
                    ),
                    openapiv3::ReferenceOr::Reference { .. } => (Docs::default(), false),
                };
                let docs = docs.or_undocumented(&format!("The `{wire}` property"), &self.origin(&prop_at));
                let field = RawField { wire: wire.clone(), at: prop_at, lowered, docs, deprecated };
                match fields.iter_mut().find(|f| f.wire == *wire) {
                    // A later allOf part refines a property: its definition wins, in place.
                    Some(existing) => *existing = field,
                    None => fields.push(field),
                }
            }
        }
        if let Some(AdditionalProperties::Schema(value)) = v.additional {
            let lowered =
                self.schema(value.as_ref().into(), &at.join("additionalProperties"), &ctx.child(places::VALUE));
            *additional = Some(if lowered.nullable { TypeRef::Nullable(Box::new(lowered.ty)) } else { lowered.ty });
        }
    }

    fn union(
        &mut self,
        v: &View<'_>,
        at: &JsonPointer,
        ctx: &NameCtx,
        branches: &[(JsonPointer, SchemaRef<'_>)],
    ) -> TypeId {
        let id = self.new_type(ctx, at, v);
        let mut variants = Vec::new();
        for (n, (b_at, branch)) in branches.iter().enumerate() {
            let (title, description, target) = match self.peek(*branch, b_at) {
                Some((s, target)) => (s.schema_data.title.clone(), s.schema_data.description.clone(), target),
                None => (None, None, b_at.clone()),
            };
            let is_ref = matches!(branch, SchemaRef::Ref(_));
            let lowered = self.schema(*branch, b_at, &ctx.child(&places::union_alternative(n + 1)));
            let alternative = if is_ref {
                self.component_ctx(&target).wanted
            } else if let Some(title) = title {
                title
            } else {
                places::alternative_variant(&lowered.ty).to_owned()
            };
            let wanted = places::union_variant(&ctx.wanted, &alternative);
            // An inline alternative's own description; a `$ref`'s type documents itself.
            let docs = match is_ref {
                false => Docs::from_text(description.as_deref()),
                true => Docs::default(),
            }
            .or_else(format!("The `{alternative}` alternative (`{}`).", self.origin(b_at)));
            let name = self.namer.add(Candidate {
                scope: Scope::Variants(id.0),
                at: b_at.clone(),
                wanted,
                case: Case::Pascal,
                pinned: false,
                rank: 0,
                suffixes: Vec::new(),
            });
            let mut tag_values = Vec::new();
            if let (Some(d), SchemaRef::Ref(reference)) = (&v.data.discriminator, branch) {
                tag_values.extend(
                    d.mapping.iter().filter(|(_, target)| *target == reference).map(|(value, _)| value.clone()),
                );
                if tag_values.is_empty() {
                    tag_values.push(target.last().unwrap_or_default());
                }
            }
            variants.push(UnionVariant {
                name,
                ty: lowered.ty,
                boxed: false,
                tag_values,
                docs,
                constraints: lowered.constraints,
            });
        }
        if let Some(d) = &v.data.discriminator {
            self.discriminators.insert(id.0, d.property_name.clone());
        }
        // The tag is settled once every type is lowered (`finish`): it may come from the variants.
        self.types[id.0].kind = TypeKind::Union(Union { variants, tag: None });
        id
    }

    fn string_enum(&mut self, v: &View<'_>, at: &JsonPointer, ctx: &NameCtx, values: &[&str]) -> TypeId {
        let id = self.new_type(ctx, at, v);
        let mut variants: Vec<EnumVariant> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            if variants.iter().any(|existing| existing.wire == *value) {
                continue;
            }
            let wanted = places::enum_variant(value);
            let name = self.namer.add(Candidate {
                scope: Scope::Variants(id.0),
                at: at.join("enum").join(i.to_string()),
                wanted: wanted.to_owned(),
                case: Case::Pascal,
                pinned: false,
                rank: 0,
                suffixes: Vec::new(),
            });
            variants.push(EnumVariant { name, wire: (*value).to_owned() });
        }
        let fallback = self.namer.add(Candidate {
            scope: Scope::Variants(id.0),
            at: at.join("enum"),
            wanted: places::UNKNOWN_VARIANT.to_owned(),
            case: Case::Pascal,
            pinned: false,
            rank: 9,
            suffixes: collision::owned(collision::UNKNOWN_VARIANT),
        });
        self.types[id.0].kind = TypeKind::Enum(StringEnum { variants, fallback });
        id
    }
}

/// The scalar every alternative is, when each is a plain inline scalar schema (no enum).
fn one_scalar(branches: &[(JsonPointer, SchemaRef<'_>)]) -> Option<Scalar> {
    let mut scalars = branches.iter().map(|(_, branch)| match branch {
        SchemaRef::Item(schema) => {
            Some(View::of(schema)).filter(|v| v.enumeration.is_empty()).and_then(|v| scalar_of(&v))
        }
        SchemaRef::Ref(_) => None,
    });
    let first = scalars.next()??;
    scalars.all(|s| s == Some(first)).then_some(first)
}

/// The scalar a plain `string`, `integer`, `number` or `boolean` schema is.
fn scalar_of(v: &View<'_>) -> Option<Scalar> {
    Some(match v.typ? {
        "string" => match v.format {
            Some("date-time") => Scalar::DateTime,
            Some("date") => Scalar::Date,
            Some("uuid") => Scalar::Uuid,
            Some("binary") => Scalar::Binary,
            _ => Scalar::String,
        },
        "integer" if v.format == Some("int32") => Scalar::I32,
        "integer" => Scalar::I64,
        "number" => Scalar::F64,
        "boolean" => Scalar::Bool,
        _ => return None,
    })
}
