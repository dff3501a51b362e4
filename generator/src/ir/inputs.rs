//! The inputs of an operation as its request builder takes them: which are arguments of the
//! method that makes the builder, which are setters, and in what order. `emit` writes the builders
//! from this list, and tools that call a generated crate read it to pass arguments the same way.

use super::{Api, Body, BodyKind, Docs, Field, NameId, Operation, Param, Presence, TypeKind, TypeRef};

/// One input of an operation: a parameter, the whole body, or one field of a body the builder
/// takes field by field (the `box` style's inline JSON bodies).
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The argument name when the input is required, else the name of its setter on the builder.
    pub name: &'a NameId,
    /// Required inputs are arguments of the method that makes the builder, in the order of
    /// [`Operation::inputs`]; the others are setters.
    pub required: bool,
    /// What the input is.
    pub kind: InputKind<'a>,
}

/// What an [`Input`] is.
#[derive(Clone, Copy, Debug)]
pub enum InputKind<'a> {
    /// A path, query, header or cookie parameter.
    Param(&'a Param),
    /// The whole body value, of type `ty` (a `FilePart` for raw content).
    Body {
        /// The body.
        body: &'a Body,
        /// The type of the value passed.
        ty: &'a TypeRef,
    },
    /// A field of a body that the builder takes field by field. A nullable field takes an
    /// `Option` of its type, so that `None` sends `null`.
    BodyField(&'a Field),
}

impl<'a> Input<'a> {
    /// The docs of what the input comes from: the parameter, the body or the property.
    pub fn docs(&self) -> &'a Docs {
        match self.kind {
            InputKind::Param(p) => &p.docs,
            InputKind::Body { body, .. } => &body.docs,
            InputKind::BodyField(f) => &f.docs,
        }
    }
}

impl Operation {
    /// Every input of the operation in the order the builder takes them: parameters (path ones in
    /// template order, then the rest in spec order), then the body, whole or field by field.
    pub fn inputs<'a>(&'a self, api: &'a Api) -> Vec<Input<'a>> {
        let mut inputs: Vec<Input<'a>> = self
            .params
            .iter()
            .map(|p| Input { name: &p.name, required: p.required, kind: InputKind::Param(p) })
            .collect();
        let Some(body) = &self.body else { return inputs };
        match &body.kind {
            BodyKind::Json { name, ty } => {
                inputs.push(Input { name, required: body.required, kind: InputKind::Body { body, ty } });
            }
            BodyKind::Fields { ty, accessors } => {
                let TypeKind::Struct(st) = &api.ty(*ty).kind else { return inputs };
                inputs.extend(st.fields.iter().zip(accessors).map(|(f, name)| Input {
                    name,
                    // The schema's `required` decides, as in Box's SDK, even when the body itself
                    // is optional.
                    required: matches!(f.presence, Presence::Required | Presence::RequiredNullable),
                    kind: InputKind::BodyField(f),
                }));
            }
        }
        inputs
    }
}
