// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "analytics")]
pub mod analytics;

#[cfg(feature = "assets")]
pub mod assets;

#[cfg(feature = "auth")]
pub mod auth;

#[cfg(feature = "cloudstorages")]
pub mod cloudstorages;

#[cfg(feature = "comments")]
pub mod comments;

#[cfg(feature = "consensus")]
pub mod consensus;

#[cfg(feature = "events")]
pub mod events;

#[cfg(feature = "functions")]
pub mod functions;

#[cfg(feature = "guides")]
pub mod guides;

#[cfg(feature = "invitations")]
pub mod invitations;

#[cfg(feature = "issues")]
pub mod issues;

#[cfg(feature = "jobs")]
pub mod jobs;

#[cfg(feature = "labels")]
pub mod labels;

#[cfg(feature = "lambda")]
pub mod lambda;

#[cfg(feature = "limits")]
pub mod limits;

#[cfg(feature = "memberships")]
pub mod memberships;

#[cfg(feature = "organizations")]
pub mod organizations;

#[cfg(feature = "projects")]
pub mod projects;

#[cfg(feature = "quality")]
pub mod quality;

#[cfg(feature = "requests")]
pub mod requests;

#[cfg(feature = "schema")]
pub mod schema;

#[cfg(feature = "server")]
pub mod server;

#[cfg(feature = "tasks")]
pub mod tasks;

#[cfg(feature = "usage")]
pub mod usage;

#[cfg(feature = "subscriptions")]
pub mod subscriptions;

#[cfg(feature = "users")]
pub mod users;

#[cfg(feature = "webhooks")]
pub mod webhooks;
