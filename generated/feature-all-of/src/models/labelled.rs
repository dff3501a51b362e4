// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! [`Labelled`] and the types nested in it, from `#/components/schemas/Labelled`.

/// A reference with annotations around it is the referenced type.
pub type Labelled = super::Pet;
