// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod analytics;
pub mod assets;
pub mod auth;
pub mod cloudstorages;
pub mod comments;
pub mod consensus;
pub mod events;
pub mod functions;
pub mod guides;
pub mod invitations;
pub mod issues;
pub mod jobs;
pub mod labels;
pub mod lambda;
pub mod limits;
pub mod memberships;
pub mod organizations;
pub mod projects;
pub mod quality;
pub mod requests;
pub mod schema;
pub mod server;
pub mod subscriptions;
pub mod tasks;
pub mod usage;
pub mod users;
pub mod webhooks;
