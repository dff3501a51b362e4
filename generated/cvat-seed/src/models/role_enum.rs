// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`RoleEnum`] and the types nested in it, from `#/components/schemas/RoleEnum`.

use crate::runtime::{self, string_enum};

/// * `worker` - Worker
/// * `supervisor` - Supervisor
/// * `maintainer` - Maintainer
/// * `owner` - Owner
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleEnum {
    /// `worker`
    Worker,
    /// `supervisor`
    Supervisor,
    /// `maintainer`
    Maintainer,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RoleEnum,
    Unknown,
    Worker = "worker",
    Supervisor = "supervisor",
    Maintainer = "maintainer",
    Owner = "owner"
);
