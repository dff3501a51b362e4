//! Operations: group and method names per style, parameters, the request body, the success
//! outputs, security and the `Accept` header.

use std::collections::BTreeMap;

use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle, ReferenceOr, RequestBody,
    Response, StatusCode,
};

use super::Lowerer;
use super::schema::{HomeCtx, NameCtx};
use super::view::{SchemaRef, View};
use crate::ir::naming::places::{self, collision};
use crate::ir::naming::{Candidate, Case, OperationFacts, Scope, style};
use crate::ir::{
    Body, BodyEncoding, BodyKind, Constraints, Docs, ErrorStatus, Group, Home, HttpMethod, NameId, Naming, Operation,
    Outcome, Output, Param, ParamEncoding, ParamLocation, ResponseBody, Scalar, TypeDef, TypeId, TypeKind, TypeRef,
    Usage,
};
use crate::load::Spec;
use crate::media::{self, is_json};
use crate::pointer::JsonPointer;

/// How a media type is encoded.
fn encoding_of(media_type: &str) -> BodyEncoding {
    if is_json(media_type) {
        BodyEncoding::Json
    } else if media::is_url_encoded_form(media_type) {
        BodyEncoding::Form
    } else if media::is_multipart(media_type) {
        BodyEncoding::Multipart
    } else {
        BodyEncoding::Binary
    }
}

pub(super) fn http_method(method: &str) -> HttpMethod {
    match method {
        "put" => HttpMethod::Put,
        "post" => HttpMethod::Post,
        "delete" => HttpMethod::Delete,
        "options" => HttpMethod::Options,
        "head" => HttpMethod::Head,
        "patch" => HttpMethod::Patch,
        "trace" => HttpMethod::Trace,
        _ => HttpMethod::Get,
    }
}

/// The `{name}`s of a path template, in order.
fn template_params(path: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        names.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    names
}

impl<'s> Lowerer<'s> {
    /// Every operation, in path order and then in `PathItem` method order.
    pub(super) fn operations(&mut self) {
        let spec: &'s Spec = self.spec;
        let mut seen: BTreeMap<String, JsonPointer> = BTreeMap::new();
        let paths_at = JsonPointer::root().join("paths");
        self.common_prefix = style::common_path_prefix(spec.doc.paths.paths.keys().map(String::as_str));
        for (path_key, item) in &spec.doc.paths.paths {
            let item_at = paths_at.join(path_key);
            let (item, item_at) = match spec.deref(item, &item_at) {
                Ok(found) => found,
                Err(e) => {
                    self.errors.push(e);
                    continue;
                }
            };
            for (method, op) in item.iter() {
                self.operation(path_key, &item, &item_at, method, op, &mut seen);
            }
        }
    }

    fn group(&mut self, key: &str, at: &JsonPointer) -> usize {
        if let Some(index) = self.groups.iter().position(|g| g.key == key) {
            return index;
        }
        let module = self.namer.simple(Scope::Modules, at, key, Case::Snake);
        let api_type = self.namer.add(Candidate {
            scope: Scope::Types,
            at: at.clone(),
            wanted: style::api_type(self.style, key),
            case: Case::Pascal,
            pinned: false,
            rank: 0,
            suffixes: collision::owned(collision::API_TYPE),
        });
        let accessor = self.namer.simple(Scope::Accessors, at, style::accessor(self.style, key), Case::Snake);
        // Named as the module is, but for the crate's own features: the group of untagged
        // operations, `default`, has the feature `default_group`.
        let feature = self.namer.add(Candidate {
            scope: Scope::Features,
            at: at.clone(),
            wanted: key.to_owned(),
            case: Case::Snake,
            pinned: false,
            rank: 1,
            suffixes: collision::owned(collision::FEATURE),
        });
        let docs = self.spec.doc.tags.iter().find(|t| t.name == key).map(|t| Docs::from_text(t.description.as_deref()));
        self.groups.push(Group {
            key: key.to_owned(),
            module,
            api_type,
            accessor,
            feature,
            docs: docs.unwrap_or_default(),
            operations: Vec::new(),
        });
        self.groups.len() - 1
    }

    fn operation(
        &mut self,
        path_key: &str,
        item: &PathItem,
        item_at: &JsonPointer,
        method: &str,
        op: &openapiv3::Operation,
        seen: &mut BTreeMap<String, JsonPointer>,
    ) {
        let at = item_at.join(method);
        let id = op.operation_id.clone().unwrap_or_else(|| format!("{} {path_key}", method.to_ascii_uppercase()));
        if let Some(first) = seen.get(&id) {
            let message = format!("duplicate operationId `{id}` (first used at {first})");
            self.error(&at.join("operationId"), message);
            return;
        }
        seen.insert(id.clone(), at.clone());
        let common_prefix = self.common_prefix.clone();
        let facts = OperationFacts {
            method,
            path: path_key,
            operation_id: op.operation_id.as_deref(),
            first_tag: op.tags.first().map(String::as_str),
            box_tag: op.extensions.get("x-box-tag").and_then(|v| v.as_str()),
            summary: op.summary.as_deref(),
            common_prefix: &common_prefix,
        };
        let key = style::group_key(self.style, &facts);
        let g = self.group(&key, &at);
        let OperationNames { method_name, builder, types: ctx } = self.operation_names(&facts, &id, g, &at);
        let fastapi_suffix = match self.style {
            Naming::Box => None,
            Naming::Legacy | Naming::Tagged => {
                op.operation_id.as_deref().and_then(|id| style::fastapi_suffix(id, method, path_key))
            }
        };
        let op_index = self.groups.iter().map(|g| g.operations.len()).sum::<usize>();

        let path = path_key.split('#').next().unwrap_or(path_key).to_owned();
        let params = self.parameters(item, item_at, op, &at, &path, &ctx, op_index);
        let body = op.request_body.as_ref().and_then(|rb| self.body(rb, &at.join("requestBody"), &ctx, g, op_index));
        let responses_at = at.join("responses");
        let declared = self.declared_responses(&op.responses, &responses_at);
        let errors = self.error_bodies(&declared.failures, &ctx);
        let output = self.output(&declared.successes, &responses_at, &ctx, g);
        let accept = self.accept(declared.media_types, &output);
        let security = match &op.security {
            Some(requirement) => self.security(requirement, &at.join("security")),
            None => {
                let global = self.spec.doc.security.clone().unwrap_or_default();
                self.security(&global, &JsonPointer::root().join("security"))
            }
        };
        let security = crate::ir::requirement_index(&mut self.requirements, security);
        let mut docs = Docs::from_parts([op.summary.as_deref(), op.description.as_deref()]);
        if docs.is_empty() {
            docs.push_paragraph(format!("`{} {path}`", method.to_ascii_uppercase()));
        }
        self.groups[g].operations.push(Operation {
            id,
            at,
            group: g,
            method: http_method(method),
            path,
            method_name,
            builder,
            docs,
            deprecated: op.deprecated,
            params,
            body,
            output,
            security,
            accept,
            errors,
            pager: None,
            fastapi_suffix,
        });
    }

    /// The method and builder names of an operation in group `g`, and where the types made for it
    /// get their names: after the method in the `box` style (as Box's SDK does), after the
    /// operationId (its stem) otherwise, which is unique across the crate.
    fn operation_names(&mut self, facts: &OperationFacts<'_>, id: &str, g: usize, at: &JsonPointer) -> OperationNames {
        let pinned = self.overrides.get(id).cloned();
        if pinned.is_some() {
            self.used_overrides.insert(id.to_owned());
        }
        let method_wanted = pinned.clone().unwrap_or_else(|| style::method_name(self.style, facts));
        let method_name = self.namer.add(Candidate {
            scope: Scope::Methods(g),
            at: at.clone(),
            wanted: method_wanted.clone(),
            case: Case::Snake,
            pinned: pinned.is_some(),
            rank: 0,
            suffixes: vec![facts.method.to_owned()],
        });
        let builder = self.namer.add(Candidate {
            scope: Scope::Builders(g),
            at: at.clone(),
            wanted: method_wanted.clone(),
            case: Case::Pascal,
            pinned: false,
            rank: 0,
            suffixes: collision::owned(collision::BUILDER),
        });
        let prefix = places::operation_prefix(self.style, &method_wanted, style::operation_stem(facts).unwrap_or(id));
        let types = NameCtx {
            wanted: prefix.clone(),
            home: HomeCtx::Group(g),
            rank: 2,
            child_prefix: prefix,
            child_suffix: "",
            nested_suffix: self.nested_suffix(),
            component: false,
        };
        OperationNames { method_name, builder, types }
    }

    /// Path-level and operation-level parameters merged (the operation's win), path parameters
    /// first in template order.
    #[allow(clippy::too_many_arguments)]
    fn parameters<'p>(
        &mut self,
        item: &'p PathItem,
        item_at: &JsonPointer,
        op: &'p openapiv3::Operation,
        at: &JsonPointer,
        path: &str,
        ctx: &NameCtx,
        op_index: usize,
    ) -> Vec<Param>
    where
        's: 'p,
    {
        let spec: &'s Spec = self.spec;
        let mut merged: Vec<(std::borrow::Cow<'p, Parameter>, JsonPointer)> = Vec::new();
        let sources = item
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (p, item_at.join("parameters").join(i.to_string())))
            .chain(op.parameters.iter().enumerate().map(|(i, p)| (p, at.join("parameters").join(i.to_string()))));
        for (p, p_at) in sources {
            match spec.deref(p, &p_at) {
                Ok((param, param_at)) => {
                    let data = param.parameter_data_ref();
                    let location = location_of(&param);
                    merged.retain(|(q, _)| !(q.parameter_data_ref().name == data.name && location_of(q) == location));
                    merged.push((param, param_at));
                }
                Err(e) => self.errors.push(e),
            }
        }
        let in_template = template_params(path);
        for name in &in_template {
            if !merged
                .iter()
                .any(|(p, _)| location_of(p) == ParamLocation::Path && p.parameter_data_ref().name == *name)
            {
                self.error(at, format!("the path has `{{{name}}}` but no path parameter `{name}` is declared"));
            }
        }
        merged.sort_by_key(|(p, _)| match location_of(p) {
            ParamLocation::Path => in_template.iter().position(|n| *n == p.parameter_data_ref().name).unwrap_or(0),
            _ => usize::MAX,
        });
        let mut params = Vec::new();
        for (param, param_at) in &merged {
            if location_of(param) == ParamLocation::Path
                && !in_template.contains(&param.parameter_data_ref().name.as_str())
            {
                self.warn(param_at, "path parameter does not appear in the path; ignored");
                continue;
            }
            if let Some(p) = self.parameter(param, param_at, ctx, op_index) {
                params.push(p);
            }
        }
        params
    }

    fn parameter(&mut self, param: &Parameter, at: &JsonPointer, ctx: &NameCtx, op_index: usize) -> Option<Param> {
        let data = param.parameter_data_ref();
        let location = location_of(param);
        // The style, as far as it matters before the type is known.
        enum Serialization {
            Form,
            Simple,
            DeepObject,
            Delimited(char),
        }
        // A delimiter 3.0 has no style for (Swagger 2.0's `collectionFormat: tsv`).
        let delimiter = data.extensions.get(crate::load::DELIMITER_KEY).and_then(|d| d.as_str()?.chars().next());
        let style = match param {
            Parameter::Query { .. } if let Some(delimiter) = delimiter => Serialization::Delimited(delimiter),
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => Serialization::Form,
                QueryStyle::DeepObject => Serialization::DeepObject,
                QueryStyle::SpaceDelimited => Serialization::Delimited(' '),
                QueryStyle::PipeDelimited => Serialization::Delimited('|'),
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => Serialization::Simple,
                PathStyle::Matrix => return self.unsupported(at, "style `matrix`"),
                PathStyle::Label => return self.unsupported(at, "style `label`"),
            },
            Parameter::Header { .. } => Serialization::Simple,
            Parameter::Cookie { .. } => Serialization::Form,
        };
        let (schema, schema_at, content_json) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => (Some(schema), at.join("schema"), false),
            // `content` has one media type; its schema types the value, serialised as that type.
            ParameterSchemaOrContent::Content(content) => match content.first() {
                Some((media, m)) => (m.schema.as_ref(), at.join("content").join(media).join("schema"), is_json(media)),
                None => (None, at.join("content"), false),
            },
        };
        let (ty, mut constraints) = match schema {
            Some(schema) => {
                let lowered = self.schema(schema.into(), &schema_at, &ctx.child(&data.name));
                (lowered.ty, lowered.constraints)
            }
            None => (TypeRef::Scalar(Scalar::String), Constraints::default()),
        };
        constraints.example = data.example.clone().or(constraints.example);
        // Parameters are sent: their types need `Serialize` (JSON and deepObject encodings).
        self.request_roots.push(ty.clone());
        let simple = self.is_param_type(&ty, true);
        let list = matches!(ty, TypeRef::List(_));
        let encoding = match style {
            _ if content_json => ParamEncoding::Json,
            Serialization::DeepObject if !simple => ParamEncoding::DeepObject,
            Serialization::Delimited(delimiter) if simple && list => ParamEncoding::Delimited(delimiter),
            _ if !simple => ParamEncoding::Json,
            Serialization::Form | Serialization::DeepObject | Serialization::Delimited(_) => {
                ParamEncoding::Plain { explode: data.explode.unwrap_or(true) }
            }
            Serialization::Simple => ParamEncoding::Plain { explode: data.explode.unwrap_or(false) },
        };
        if location == ParamLocation::Path && !data.required {
            self.warn(at, "path parameters are always required; treated as required");
        }
        let name = self.namer.add(Candidate {
            scope: Scope::Params(op_index),
            at: at.clone(),
            wanted: data.name.clone(),
            case: Case::Snake,
            pinned: false,
            rank: 0,
            suffixes: vec![places::param_suffix(location).to_owned()],
        });
        Some(Param {
            name,
            wire: data.name.clone(),
            location,
            required: data.required || location == ParamLocation::Path,
            ty,
            encoding,
            docs: Docs::from_text(data.description.as_deref()).or_undocumented(
                &format!("The `{}` {} parameter", data.name, places::param_suffix(location)),
                &self.origin(at),
            ),
            deprecated: data.deprecated.unwrap_or(false),
            constraints,
        })
    }

    fn unsupported<T>(&mut self, at: &JsonPointer, what: &str) -> Option<T> {
        self.error(&at.join("style"), format!("{what} is not supported yet"));
        None
    }

    /// Scalars, string enums and (at the top) lists of them can be parameter values.
    fn is_param_type(&self, ty: &TypeRef, top: bool) -> bool {
        match ty {
            TypeRef::Scalar(Scalar::Object | Scalar::Binary) => false,
            TypeRef::Scalar(_) => true,
            TypeRef::List(item) => top && self.is_param_type(item, false),
            TypeRef::Map(_) | TypeRef::Nullable(_) | TypeRef::Tuple(_) => false,
            TypeRef::Named(id) => match &self.types[id.0].kind {
                TypeKind::Enum(_) => true,
                TypeKind::Alias(target) => self.is_param_type(target, top),
                _ => false,
            },
        }
    }

    fn body(
        &mut self,
        rb: &ReferenceOr<RequestBody>,
        at: &JsonPointer,
        ctx: &NameCtx,
        g: usize,
        op_index: usize,
    ) -> Option<Body> {
        let spec: &'s Spec = self.spec;
        let (rb, rb_at) = match spec.deref(rb, at) {
            Ok(found) => found,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let docs = Docs::from_text(rb.description.as_deref()).or_undocumented("The request body", &self.origin(&rb_at));
        // The value's schema comes from JSON if declared, else from a form or multipart type;
        // without one, the body is raw content (a `FilePart`).
        let typed = |wanted: BodyEncoding| rb.content.iter().find(|(media, _)| encoding_of(media) == wanted);
        let primary =
            typed(BodyEncoding::Json).or_else(|| typed(BodyEncoding::Multipart)).or_else(|| typed(BodyEncoding::Form));
        let schema_value = |content: &MediaType| content.schema.as_ref().and_then(|s| serde_json::to_value(s).ok());
        let primary_schema = primary.and_then(|(_, content)| schema_value(content));
        let mut encodings: Vec<(BodyEncoding, String)> = Vec::new();
        let kind = match primary {
            Some((media, content)) => {
                encodings.push((encoding_of(media), media.clone()));
                let schema_at = rb_at.join("content").join(media).join("schema");
                self.json_body(content, &schema_at, ctx, g, op_index)
            }
            None => {
                let name = self.body_name(&rb_at, places::CONTENT_ARGUMENT, op_index);
                BodyKind::Json { name, ty: TypeRef::Scalar(Scalar::Binary) }
            }
        };
        for (media, content) in &rb.content {
            let encoding = encoding_of(media);
            if encodings.iter().any(|(e, _)| *e == encoding) {
                continue;
            }
            // Another structured type must carry the same value; raw content is always an option.
            let same_value =
                encoding == BodyEncoding::Binary || (primary.is_some() && primary_schema == schema_value(content));
            if same_value {
                encodings.push((encoding, media.clone()));
            } else {
                self.warn(&rb_at.join("content").join(media), "a body type with a schema of its own; ignored");
            }
        }
        Some(Body { required: rb.required, encodings, kind, docs })
    }

    fn json_body(
        &mut self,
        content: &MediaType,
        at: &JsonPointer,
        ctx: &NameCtx,
        g: usize,
        op_index: usize,
    ) -> BodyKind {
        let Some(schema) = &content.schema else {
            let name = self.body_name(at, &places::body_argument(None), op_index);
            return BodyKind::Json { name, ty: TypeRef::Scalar(Scalar::Any) };
        };
        let inline_object = match schema {
            ReferenceOr::Item(s) => {
                let v = View::of(s);
                v.properties.is_some_and(|p| !p.is_empty()) && v.one_of.is_empty() && v.any_of.is_empty()
            }
            ReferenceOr::Reference { .. } => false,
        };
        let body_ctx = |child_prefix: String| NameCtx {
            wanted: places::body_type(self.style, &ctx.wanted),
            home: HomeCtx::Group(g),
            rank: 2,
            child_prefix,
            child_suffix: "",
            nested_suffix: self.nested_suffix(),
            component: false,
        };
        if self.style == Naming::Box && inline_object {
            // Box's SDK takes the properties of an inline body as arguments and options.
            let lowered = self.schema(SchemaRef::from(schema), at, &body_ctx(ctx.wanted.clone()));
            self.request_roots.push(lowered.ty.clone());
            if let TypeRef::Named(id) = lowered.ty
                && let TypeKind::Struct(st) = &self.types[id.0].kind
            {
                let wires: Vec<(String, JsonPointer)> =
                    st.fields.iter().map(|f| (f.wire.clone(), f.at.clone())).collect();
                let accessors = wires
                    .into_iter()
                    .map(|(wire, field_at)| {
                        self.namer.add(Candidate {
                            scope: Scope::Params(op_index),
                            at: field_at,
                            wanted: wire,
                            case: Case::Snake,
                            pinned: false,
                            rank: 1,
                            suffixes: collision::owned(collision::BODY_ARGUMENT),
                        })
                    })
                    .collect();
                return BodyKind::Fields { ty: id, accessors };
            }
            let name = self.body_name(at, &places::body_argument(None), op_index);
            return BodyKind::Json { name, ty: lowered.ty };
        }
        let lowered = self.schema(SchemaRef::from(schema), at, &body_ctx(places::body_type(self.style, &ctx.wanted)));
        self.request_roots.push(lowered.ty.clone());
        let component = match (schema, &lowered.ty) {
            (ReferenceOr::Reference { .. }, TypeRef::Named(id)) => {
                let target = self.types[id.0].at.clone();
                Some(self.component_ctx(&target).wanted)
            }
            _ => None,
        };
        let wanted = places::body_argument(component.as_deref());
        let name = self.body_name(at, &wanted, op_index);
        BodyKind::Json { name, ty: lowered.ty }
    }

    fn body_name(&mut self, at: &JsonPointer, wanted: &str, op_index: usize) -> crate::ir::NameId {
        self.namer.add(Candidate {
            scope: Scope::Params(op_index),
            at: at.clone(),
            wanted: wanted.to_owned(),
            case: Case::Snake,
            pinned: false,
            rank: 1,
            suffixes: collision::owned(collision::BODY_ARGUMENT),
        })
    }

    /// The operation's responses as declared: successes by status (a spec without any 2xx
    /// describes its success as `default`), failures, and every media type they name.
    fn declared_responses(&mut self, responses: &openapiv3::Responses, at: &JsonPointer) -> Declared {
        let spec: &'s Spec = self.spec;
        let mut declared = Declared::default();
        let media_types_of = |response: &ReferenceOr<Response>, r_at: &JsonPointer, media_types: &mut Vec<String>| {
            if let Ok((r, _)) = spec.deref(response, r_at) {
                media_types.extend(r.content.keys().filter(|m| !media_types.contains(m)).cloned().collect::<Vec<_>>());
            }
        };
        for (code, response) in &responses.responses {
            let r_at = at.join(code.to_string());
            media_types_of(response, &r_at, &mut declared.media_types);
            let failure = match code {
                StatusCode::Code(c) if (200..300).contains(c) => None,
                StatusCode::Range(2) => None,
                StatusCode::Code(c) => Some(ErrorStatus::Code(*c)),
                StatusCode::Range(r) => Some(ErrorStatus::Range(*r)),
            };
            let status = match code {
                StatusCode::Code(c) => *c,
                StatusCode::Range(_) => 200,
            };
            match failure {
                Some(status) => declared.failures.push(Declared::entry(status, response, r_at)),
                None => declared.successes.push(Declared::entry(status, response, r_at)),
            }
        }
        if let Some(default) = &responses.default {
            let d_at = at.join("default");
            media_types_of(default, &d_at, &mut declared.media_types);
            if declared.successes.is_empty() {
                declared.successes.push(Declared::entry(200, default, d_at));
            } else {
                declared.failures.push(Declared::entry(ErrorStatus::Default, default, d_at));
            }
        }
        declared
    }

    /// What awaiting the operation yields: one body kind for every success status, or an enum
    /// of outcomes (made here) when they differ.
    fn output(&mut self, successes: &[DeclaredResponse<u16>], at: &JsonPointer, ctx: &NameCtx, g: usize) -> Output {
        let spec: &'s Spec = self.spec;
        let several = successes.len() > 1;
        let mut outcomes = Vec::new();
        for success in successes {
            let wanted = places::response_type(&ctx.wanted, several.then_some(success.status));
            let response_ctx = NameCtx { wanted: wanted.clone(), child_prefix: wanted, ..ctx.clone() };
            let (body, docs) = match spec.deref(&success.response, &success.at) {
                Ok((r, r_at)) => (self.response_body(&r, &r_at, &response_ctx), Docs::from_text(Some(&r.description))),
                Err(e) => {
                    self.errors.push(e);
                    (ResponseBody::Empty, Docs::default())
                }
            };
            outcomes.push(SuccessBody { status: success.status, body, docs });
        }
        let first = outcomes.first().map(|o| o.body.clone()).unwrap_or(ResponseBody::Empty);
        if outcomes.iter().all(|o| o.body == first) {
            return Output::Single(first);
        }
        Output::Outcomes(self.outcomes_type(outcomes, at, ctx, g))
    }

    /// The enum of an operation's success outcomes, one variant per status.
    fn outcomes_type(&mut self, bodies: Vec<SuccessBody>, at: &JsonPointer, ctx: &NameCtx, g: usize) -> TypeId {
        let name = self.namer.add(Candidate {
            scope: Scope::Types,
            at: at.clone(),
            wanted: places::response_type(&ctx.wanted, None),
            case: Case::Pascal,
            pinned: false,
            rank: 2,
            suffixes: collision::owned(collision::OUTCOMES),
        });
        let id = TypeId(self.types.len());
        let outcomes = bodies
            .into_iter()
            .map(|SuccessBody { status, body, docs }| {
                let variant_at = at.join(status.to_string());
                let name =
                    self.namer.simple(Scope::Variants(id.0), &variant_at, places::status_variant(status), Case::Pascal);
                Outcome { name, status, body, docs }
            })
            .collect();
        let mut docs = Docs::default();
        docs.push_paragraph("The success responses of the operation, one variant per status.");
        self.types.push(TypeDef {
            name,
            at: at.clone(),
            docs,
            deprecated: false,
            kind: TypeKind::Outcomes(outcomes),
            home: Home::Group(g),
            usage: Usage { request: false, response: true },
        });
        id
    }

    /// The `Accept` header: every media type the responses name. A client that decodes JSON asks
    /// for JSON first: servers (and Prism) honour the order, and CVAT's schema endpoint would
    /// otherwise answer YAML to a call that decodes JSON.
    fn accept(&self, mut media_types: Vec<String>, output: &Output) -> Option<String> {
        let decodes_json = match output {
            Output::Single(body) => matches!(body, ResponseBody::Json(_)),
            Output::Outcomes(id) => match &self.types[id.0].kind {
                TypeKind::Outcomes(outcomes) => outcomes.iter().any(|o| matches!(o.body, ResponseBody::Json(_))),
                _ => false,
            },
        };
        if decodes_json {
            media_types.sort_by_key(|media| !is_json(media));
        }
        (!media_types.is_empty()).then(|| media_types.join(", "))
    }

    /// The JSON error bodies among the declared non-success responses, typed.
    fn error_bodies(
        &mut self,
        failures: &[DeclaredResponse<ErrorStatus>],
        ctx: &NameCtx,
    ) -> Vec<(ErrorStatus, TypeRef)> {
        let spec: &'s Spec = self.spec;
        let mut errors = Vec::new();
        for DeclaredResponse { status, response, at: r_at } in failures {
            let Ok((r, r_at)) = spec.deref(response, r_at) else { continue };
            let Some((media, content)) = r.content.iter().find(|(media, c)| is_json(media) && c.schema.is_some())
            else {
                continue;
            };
            let Some(schema) = &content.schema else { continue };
            let wanted = places::error_type(&ctx.wanted, *status);
            let error_ctx = NameCtx { wanted: wanted.clone(), child_prefix: wanted, ..ctx.clone() };
            let schema_at = r_at.join("content").join(media).join("schema");
            let lowered = self.schema(SchemaRef::from(schema), &schema_at, &error_ctx);
            self.response_roots.push(lowered.ty.clone());
            errors.push((*status, lowered.ty));
        }
        errors
    }

    fn response_body(&mut self, response: &Response, at: &JsonPointer, ctx: &NameCtx) -> ResponseBody {
        let chosen = response
            .content
            .iter()
            .find(|(media, content)| is_json(media) && content.schema.is_some())
            .or_else(|| response.content.first());
        let Some((media, content)) = chosen else { return ResponseBody::Empty };
        let Some(schema) = &content.schema else {
            return if is_json(media) { ResponseBody::Json(TypeRef::Scalar(Scalar::Any)) } else { ResponseBody::Bytes };
        };
        let schema_at = at.join("content").join(media).join("schema");
        // A binary string is a file, whatever media type declares it.
        let binary = self.peek(SchemaRef::from(schema), &schema_at).is_some_and(|(s, _)| {
            let v = View::of(&s);
            v.typ == Some("string") && v.format == Some("binary")
        });
        if binary || !is_json(media) {
            return ResponseBody::Bytes;
        }
        let lowered = self.schema(SchemaRef::from(schema), &schema_at, ctx);
        self.response_roots.push(lowered.ty.clone());
        ResponseBody::Json(lowered.ty)
    }
}

/// What an operation is called: its method, its builder, and the context its types are named in.
struct OperationNames {
    method_name: NameId,
    builder: NameId,
    types: NameCtx,
}

/// The responses an operation declares, sorted into successes and failures.
#[derive(Default)]
struct Declared {
    successes: Vec<DeclaredResponse<u16>>,
    failures: Vec<DeclaredResponse<ErrorStatus>>,
    /// Every media type the responses name, in the order they first appear.
    media_types: Vec<String>,
}

/// One declared response with the status (or statuses) it covers.
struct DeclaredResponse<S> {
    status: S,
    response: ReferenceOr<Response>,
    at: JsonPointer,
}

/// What one success status answers with, before it has a variant name.
struct SuccessBody {
    status: u16,
    body: ResponseBody,
    docs: Docs,
}

impl Declared {
    fn entry<S>(status: S, response: &ReferenceOr<Response>, at: JsonPointer) -> DeclaredResponse<S> {
        DeclaredResponse { status, response: response.clone(), at }
    }
}

fn location_of(param: &Parameter) -> ParamLocation {
    match param {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}
