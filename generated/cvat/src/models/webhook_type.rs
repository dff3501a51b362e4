// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookType`] and the types nested in it, from `#/components/schemas/WebhookType`.

use crate::runtime::{self, string_enum};

/// * `organization` - ORGANIZATION
/// * `project` - PROJECT
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookType {
    /// `organization`
    Organization,
    /// `project`
    Project,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebhookType, Unknown, Organization = "organization", Project = "project");
