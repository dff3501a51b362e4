//! Which types the operations reach, through parameters, bodies, outputs, error bodies and pages,
//! then fields, union variants, aliases and outcomes. The operation filter keeps what its
//! operations reach ([`super::only`]); a generated crate compiles a models file or a group's
//! module only with a feature that reaches it ([`FeatureGates`]). Reads only the IR.

use std::collections::{BTreeMap, BTreeSet};

use super::naming::ident::unraw;
use super::{Api, BodyKind, Home, NameId, Operation, Output, ResponseBody, TypeDef, TypeId, TypeKind, TypeRef};

impl TypeRef {
    /// Calls `f` with every generated type this expression names.
    pub fn for_each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeRef::Named(id) => f(*id),
            TypeRef::Scalar(_) => {}
            TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.for_each_named(f),
            TypeRef::Tuple(items) => items.iter().for_each(|item| item.for_each_named(f)),
        }
    }

    /// Replaces every generated type this expression names by `f` of it.
    pub(crate) fn map_named(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            TypeRef::Named(id) => *id = f(*id),
            TypeRef::Scalar(_) => {}
            TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.map_named(f),
            TypeRef::Tuple(items) => items.iter_mut().for_each(|item| item.map_named(f)),
        }
    }
}

impl ResponseBody {
    fn type_ref_mut(&mut self) -> Option<&mut TypeRef> {
        match self {
            ResponseBody::Json(t) => Some(t),
            ResponseBody::Empty | ResponseBody::Bytes => None,
        }
    }
}

impl TypeDef {
    /// Every type expression the definition holds (fields, the map of additional properties,
    /// variants, an alias's target, outcome bodies).
    pub(crate) fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match &mut self.kind {
            TypeKind::Struct(st) => {
                let fields = st.fields.iter_mut().map(|f| &mut f.ty);
                fields.chain(st.additional.iter_mut().map(|(_, t)| t)).collect()
            }
            TypeKind::Enum(_) => Vec::new(),
            TypeKind::Union(u) => u.variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Alias(target) => vec![target],
            TypeKind::Outcomes(outcomes) => outcomes.iter_mut().filter_map(|o| o.body.type_ref_mut()).collect(),
        }
    }

    /// Calls `f` with every generated type the definition names.
    pub fn for_each_named(&self, f: &mut impl FnMut(TypeId)) {
        match &self.kind {
            TypeKind::Struct(st) => {
                st.fields.iter().for_each(|field| field.ty.for_each_named(f));
                if let Some((_, t)) = &st.additional {
                    t.for_each_named(f);
                }
            }
            TypeKind::Enum(_) => {}
            TypeKind::Union(u) => u.variants.iter().for_each(|v| v.ty.for_each_named(f)),
            TypeKind::Alias(target) => target.for_each_named(f),
            TypeKind::Outcomes(outcomes) => outcomes.iter().for_each(|o| {
                if let ResponseBody::Json(t) = &o.body {
                    t.for_each_named(f);
                }
            }),
        }
    }
}

impl Operation {
    /// Calls `f` with every generated type the operation names itself: its parameters, body,
    /// output, error bodies and page type.
    pub fn for_each_named(&self, f: &mut impl FnMut(TypeId)) {
        self.params.iter().for_each(|p| p.ty.for_each_named(f));
        match self.body.as_ref().map(|b| &b.kind) {
            Some(BodyKind::Json { ty, .. }) => ty.for_each_named(f),
            Some(BodyKind::Fields { ty, .. }) => f(*ty),
            None => {}
        }
        match &self.output {
            Output::Single(ResponseBody::Json(t)) => t.for_each_named(f),
            Output::Single(ResponseBody::Empty | ResponseBody::Bytes) => {}
            Output::Outcomes(id) => f(*id),
        }
        self.errors.iter().for_each(|(_, t)| t.for_each_named(f));
        if let Some(pager) = &self.pager {
            f(pager.page_type);
        }
    }

    /// Every type expression the operation holds, and the types it names directly.
    pub(crate) fn map_named(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        self.params.iter_mut().for_each(|p| p.ty.map_named(f));
        match self.body.as_mut().map(|b| &mut b.kind) {
            Some(BodyKind::Json { ty, .. }) => ty.map_named(f),
            Some(BodyKind::Fields { ty, .. }) => *ty = f(*ty),
            None => {}
        }
        match &mut self.output {
            Output::Single(body) => body.type_ref_mut().into_iter().for_each(|t| t.map_named(f)),
            Output::Outcomes(id) => *id = f(*id),
        }
        self.errors.iter_mut().for_each(|(_, t)| t.map_named(f));
        if let Some(pager) = &mut self.pager {
            pager.page_type = f(pager.page_type);
        }
    }
}

impl Api {
    /// Every type that `operations` reach, directly or through other types.
    pub fn reached_by<'a>(&self, operations: impl IntoIterator<Item = &'a Operation>) -> BTreeSet<TypeId> {
        let mut todo = Vec::new();
        for op in operations {
            op.for_each_named(&mut |id| todo.push(id));
        }
        let mut reached = BTreeSet::new();
        while let Some(id) = todo.pop() {
            if reached.insert(id) {
                self.ty(id).for_each_named(&mut |next| todo.push(next));
            }
        }
        reached
    }
}

impl Api {
    /// The Cargo feature's name: a group's ([`super::Group::feature`], without `r#`), or
    /// [`OTHER_MODELS`].
    pub fn feature_name(&self, feature: Feature) -> &str {
        match feature {
            Feature::Group(g) => unraw(self.name(self.groups[g].feature)),
            Feature::OtherModels => OTHER_MODELS,
            Feature::OAuth2 => OAUTH2,
        }
    }
}

/// A Cargo feature of a generated crate that compiles part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Feature {
    /// A group's feature ([`super::Group::feature`]): its module, its API type and accessor.
    Group(usize),
    /// The models no group reaches (component schemas that no operation uses, webhook
    /// payloads): [`OTHER_MODELS`].
    OtherModels,
    /// The OAuth2 token providers, the crate's `oauth2` module and the runtime's: [`OAUTH2`].
    OAuth2,
}

/// The feature of the models that no group reaches.
pub const OTHER_MODELS: &str = "other-models";

/// The feature of the OAuth2 token providers, in a crate whose spec has `oauth2` schemes.
pub const OAUTH2: &str = "oauth2";

/// What a generated crate compiles with which features: a group's module with the group's own
/// feature, and a models file with the feature of every group that reaches one of its types.
///
/// A module compiles whole, so reach is followed module by module: a feature that reaches one
/// type of a models file (or of another group's module, for a type a `$ref` shares) reaches
/// everything that file names. Each feature alone thus compiles all it needs, and a module a
/// feature compiles names only modules that feature compiles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeatureGates {
    /// Per group (as [`Api::groups`]): the features that compile its module (its own, and any
    /// other group's that names a type the module holds).
    pub groups: Vec<BTreeSet<Feature>>,
    /// Per models file: the features that compile it, or `None` when every feature of the crate
    /// does (the file needs no gate: what it names, every feature reaches too).
    pub model_files: BTreeMap<NameId, Option<BTreeSet<Feature>>>,
    /// Whether some models no group reaches, which then have the feature [`OTHER_MODELS`].
    pub other_models: bool,
    /// Whether the spec has `oauth2` schemes: the feature [`OAUTH2`] of the token providers
    /// (which every crate declares, for the runtime's) is then on by default.
    pub oauth2: bool,
}

/// A module of the generated crate: a group's or a models file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Group(usize),
    File(NameId),
}

fn unit_of(home: Home) -> Unit {
    match home {
        Home::Group(g) => Unit::Group(g),
        Home::Models { file } => Unit::File(file),
    }
}

impl FeatureGates {
    /// The gates of `api`'s crate.
    pub fn of(api: &Api) -> FeatureGates {
        // The modules each module names.
        let mut edges: BTreeMap<Unit, BTreeSet<Unit>> = BTreeMap::new();
        for (g, group) in api.groups.iter().enumerate() {
            let out = edges.entry(Unit::Group(g)).or_default();
            for op in &group.operations {
                op.for_each_named(&mut |id| {
                    out.insert(unit_of(api.ty(id).home));
                });
            }
        }
        for ty in &api.types {
            let out = edges.entry(unit_of(ty.home)).or_default();
            ty.for_each_named(&mut |id| {
                out.insert(unit_of(api.ty(id).home));
            });
        }
        let closure = |start: Vec<Unit>| {
            let mut seen = BTreeSet::new();
            let mut todo = start;
            while let Some(unit) = todo.pop() {
                if seen.insert(unit) {
                    todo.extend(edges.get(&unit).into_iter().flatten().copied());
                }
            }
            seen
        };
        let mut reached_by: BTreeMap<Unit, BTreeSet<Feature>> = BTreeMap::new();
        for g in 0..api.groups.len() {
            for unit in closure(vec![Unit::Group(g)]) {
                reached_by.entry(unit).or_default().insert(Feature::Group(g));
            }
        }
        let unreached: Vec<Unit> = edges.keys().filter(|u| !reached_by.contains_key(u)).copied().collect();
        let other_models = !unreached.is_empty();
        for unit in closure(unreached) {
            reached_by.entry(unit).or_default().insert(Feature::OtherModels);
        }
        let every = api.groups.len() + usize::from(other_models);
        let groups = (0..api.groups.len())
            .map(|g| reached_by.get(&Unit::Group(g)).cloned().unwrap_or_else(|| BTreeSet::from([Feature::Group(g)])))
            .collect();
        let model_files = reached_by
            .into_iter()
            .filter_map(|(unit, features)| match unit {
                Unit::File(file) => Some((file, (features.len() < every).then_some(features))),
                Unit::Group(_) => None,
            })
            .collect();
        FeatureGates { groups, model_files, other_models, oauth2: api.has_oauth2() }
    }
}
