// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Usage`] and the types nested in it, from `#/components/schemas/Usage`.

use crate::runtime::{self, deserialize_struct};

/// The `Usage` schema, which the spec does not describe (`#/components/schemas/Usage`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Usage {
    /// The `user_id` property, which the spec does not describe (`#/components/schemas/Usage/properties/user_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub user_id: Option<i64>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/Usage/properties/org_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub org_id: Option<i64>,
    /// The `internal_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/Usage/properties/internal_ai_agent_calls`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub internal_ai_agent_calls: Option<String>,
    /// The `external_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/Usage/properties/external_ai_agent_calls`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub external_ai_agent_calls: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Usage {
        user_id: optional("user_id"),
        org_id: optional("org_id"),
        internal_ai_agent_calls: optional("internal_ai_agent_calls"),
        external_ai_agent_calls: optional("external_ai_agent_calls")
    }
);

deserialize_struct!(
    runtime,
    Usage {
        user_id: optional::<Option<i64>>("user_id"),
        org_id: optional::<Option<i64>>("org_id"),
        internal_ai_agent_calls: optional::<Option<String>>("internal_ai_agent_calls"),
        external_ai_agent_calls: optional::<Option<String>>("external_ai_agent_calls")
    }
);
