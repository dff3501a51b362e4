//! `openapiv3` to IR: walks components and operations in spec order, threading the JSON pointer of
//! every node, asks `naming` for every identifier, and collects every error (sorted by pointer)
//! instead of stopping at the first.

mod constraints;
mod finish;
mod oauth2;
mod operation;
mod paginate;
mod schema;
mod view;
mod webhooks;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{APIKeyLocation, SecurityScheme as OasScheme};

use super::naming::{NameId, Namer, Naming, places};
use super::{Api, Docs, Group, ParamLocation, SchemeKind, SecurityScheme, TypeDef, TypeRef};
use crate::error::{Error, SpecError, Warning};
use crate::load::Spec;
use crate::pointer::JsonPointer;
use schema::FieldFacts;
pub use view::SchemaRef;

/// What lowering needs besides the spec.
#[derive(Clone, Debug, Default)]
pub struct LowerOptions {
    /// Method names pinned by the manifest, keyed by operationId.
    pub overrides: BTreeMap<String, String>,
    /// The spec path as the manifest names it, for the `@generated` header.
    pub source: String,
}

/// The state of one lowering run.
pub struct Lowerer<'s> {
    spec: &'s Spec,
    style: Naming,
    overrides: &'s BTreeMap<String, String>,
    namer: Namer,
    types: Vec<TypeDef>,
    groups: Vec<Group>,
    schemes: Vec<SecurityScheme>,
    /// The distinct security requirements of the operations so far ([`Api::requirements`]).
    requirements: Vec<Vec<Vec<usize>>>,
    /// Schema pointer -> the type lowered there.
    memo: BTreeMap<JsonPointer, TypeRef>,
    /// Schemas being lowered right now, to stop at references to themselves.
    in_progress: BTreeSet<JsonPointer>,
    /// Component pointer -> its model file name.
    model_files: BTreeMap<JsonPointer, NameId>,
    /// (type index, field index) -> what decides the field's presence.
    field_facts: BTreeMap<(usize, usize), FieldFacts>,
    /// Union type index -> the property its `discriminator` names.
    discriminators: BTreeMap<usize, String>,
    /// Types sent and received, for usage analysis.
    request_roots: Vec<TypeRef>,
    response_roots: Vec<TypeRef>,
    used_overrides: BTreeSet<String>,
    /// Leading path segments every operation shares, left out of `box` method names.
    common_prefix: String,
    /// FastAPI default operationIds and their functions' names (`tagged` and `legacy` only).
    fastapi_stems: BTreeMap<String, String>,
    /// Security schemes of kinds not supported yet, left out of every requirement.
    unsupported_schemes: BTreeSet<String>,
    errors: Vec<SpecError>,
    warnings: Vec<Warning>,
}

/// Lowers a loaded spec into the IR in the given style.
pub fn lower(spec: &Spec, style: Naming, options: &LowerOptions) -> Result<Api, Error> {
    let mut l = Lowerer {
        spec,
        style,
        overrides: &options.overrides,
        namer: Namer::default(),
        types: Vec::new(),
        groups: Vec::new(),
        schemes: Vec::new(),
        requirements: Vec::new(),
        memo: BTreeMap::new(),
        in_progress: BTreeSet::new(),
        model_files: BTreeMap::new(),
        field_facts: BTreeMap::new(),
        discriminators: BTreeMap::new(),
        request_roots: Vec::new(),
        response_roots: Vec::new(),
        used_overrides: BTreeSet::new(),
        common_prefix: String::new(),
        fastapi_stems: BTreeMap::new(),
        unsupported_schemes: BTreeSet::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    l.security_schemes();
    l.fastapi_stems = fastapi_stems(spec, style);
    l.components();
    l.operations();
    let webhooks = l.webhooks();
    for id in options.overrides.keys().filter(|id| !l.used_overrides.contains(*id)) {
        l.errors.push(spec.error(
            &JsonPointer::root().join("paths"),
            format!("the manifest overrides the method name of operationId `{id}`, which this spec does not have"),
        ));
    }
    l.finish();
    if !l.errors.is_empty() {
        let mut errors = l.errors;
        errors.sort();
        errors.dedup();
        return Err(Error::Spec(errors));
    }
    let (names, renames) = l.namer.resolve();
    let mut warnings = spec.warnings.clone();
    warnings.extend(l.warnings);
    warnings.extend(renames.into_iter().map(|w| Warning { at: spec.locate(&w.at).1, ..w }));
    warnings.sort();
    warnings.dedup();
    let doc = &spec.doc;
    let pages = paginate::detect(&l.types, &mut l.groups);
    Ok(Api {
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        docs: Docs::from_text(doc.info.description.as_deref()),
        source: options.source.clone(),
        default_base_url: doc.servers.first().map(|s| s.url.clone()),
        style,
        schemes: l.schemes,
        requirements: l.requirements,
        types: l.types,
        groups: l.groups,
        names,
        warnings,
        pages,
        webhooks,
        format: spec.version.label(),
        only: Vec::new(),
    })
}

/// The FastAPI default operationIds of the spec with their functions' names, for the styles that
/// name things after operationIds.
fn fastapi_stems(spec: &Spec, style: Naming) -> BTreeMap<String, String> {
    if style == Naming::Box {
        return BTreeMap::new();
    }
    let mut stems = BTreeMap::new();
    for (path, item) in &spec.doc.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            if let Some(id) = &op.operation_id
                && let Some(suffix) = super::naming::style::fastapi_suffix(id, method, path)
                && let Some(stem) = id.strip_suffix(&suffix)
            {
                stems.insert(id.clone(), stem.to_owned());
            }
        }
    }
    stems
}

impl<'s> Lowerer<'s> {
    /// The suffix for inline types nested in named types.
    fn nested_suffix(&self) -> &'static str {
        places::nested_suffix(self.style)
    }

    /// Where the node at `at` stands in the spec the user wrote, for generated docs: its JSON
    /// pointer, after the name of its file when that is not the spec itself. No folders, so
    /// that the text is the same on every machine.
    fn origin(&self, at: &JsonPointer) -> String {
        let (file, at) = self.spec.locate(at);
        match file.file_name().filter(|_| file != self.spec.file) {
            Some(name) => format!("{}{at}", name.to_string_lossy()),
            None => at.to_string(),
        }
    }

    fn warn(&mut self, at: &JsonPointer, message: impl Into<String>) {
        let (_, at) = self.spec.locate(at);
        self.warnings.push(Warning { at, message: message.into() });
    }

    fn error(&mut self, at: &JsonPointer, message: impl Into<String>) {
        let e = self.spec.error(at, message);
        self.errors.push(e);
    }

    /// Every component schema, in spec order, so that models exist even when no operation uses them.
    fn components(&mut self) {
        let spec: &'s Spec = self.spec;
        let Some(components) = &spec.doc.components else { return };
        let base = JsonPointer::root().join("components").join("schemas");
        for (name, schema) in &components.schemas {
            let at = base.join(name);
            let ctx = self.component_ctx(&at);
            self.schema(schema.into(), &at, &ctx);
        }
    }

    fn security_schemes(&mut self) {
        let spec: &'s Spec = self.spec;
        let Some(components) = &spec.doc.components else { return };
        let base = JsonPointer::root().join("components").join("securitySchemes");
        for (key, scheme) in &components.security_schemes {
            let at = base.join(key);
            let (scheme, at) = match spec.deref(scheme, &at) {
                Ok(found) => found,
                Err(e) => {
                    self.errors.push(e);
                    continue;
                }
            };
            let mut oauth2 = None;
            let (kind, description) = match scheme.as_ref() {
                OasScheme::HTTP { scheme, description, .. } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => (SchemeKind::Basic, description),
                    "bearer" => (SchemeKind::Bearer, description),
                    // Rather than refuse the whole spec, leave the scheme out: operations that
                    // accept it alone are sent without credentials (a default header can carry
                    // them).
                    other => {
                        let message = format!(
                            "authentication scheme `{other}` is not supported yet; operations are sent without it"
                        );
                        self.warn(&at.join("scheme"), message);
                        self.unsupported_schemes.insert(key.clone());
                        continue;
                    }
                },
                OasScheme::APIKey { location, name, description, extensions } => {
                    let location = match location {
                        APIKeyLocation::Header => ParamLocation::Header,
                        APIKeyLocation::Query => ParamLocation::Query,
                        APIKeyLocation::Cookie => ParamLocation::Cookie,
                    };
                    let prefix = extensions.get("x-token-prefix").and_then(|v| v.as_str()).map(str::to_owned);
                    (SchemeKind::ApiKey { location, param: name.clone(), prefix }, description)
                }
                // Bearer tokens on the wire; the flows say where a provider gets them.
                OasScheme::OAuth2 { flows, description, .. } => {
                    oauth2 = Some(self.oauth2(key, flows, &at));
                    (SchemeKind::Bearer, description)
                }
                OasScheme::OpenIDConnect { description, .. } => (SchemeKind::Bearer, description),
            };
            let docs = Docs::from_text(description.as_deref());
            self.schemes.push(SecurityScheme { key: key.clone(), kind, docs, oauth2 });
        }
    }

    /// Resolves a security requirement list to alternatives of scheme indices.
    fn security(&mut self, requirement: &[openapiv3::SecurityRequirement], at: &JsonPointer) -> Vec<Vec<usize>> {
        let mut alternatives = Vec::new();
        for (i, alternative) in requirement.iter().enumerate() {
            let mut schemes = Vec::new();
            if alternative.keys().any(|name| self.unsupported_schemes.contains(name)) {
                continue;
            }
            for name in alternative.keys() {
                match self.schemes.iter().position(|s| s.key == *name) {
                    Some(index) => schemes.push(index),
                    None => self.error(
                        &at.join(i.to_string()).join(name),
                        format!("security scheme `{name}` is not defined in components/securitySchemes"),
                    ),
                }
            }
            alternatives.push(schemes);
        }
        alternatives
    }
}
