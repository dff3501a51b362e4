// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

/// The `analytics` operations ([`AnalyticsApi`]).
pub mod analytics;

/// The `assets` operations ([`AssetsApi`]).
pub mod assets;

/// The `auth` operations ([`AuthApi`]).
pub mod auth;

/// The `cloudstorages` operations ([`CloudstoragesApi`]).
pub mod cloudstorages;

/// The `comments` operations ([`CommentsApi`]).
pub mod comments;

/// The `consensus` operations ([`ConsensusApi`]).
pub mod consensus;

/// The `events` operations ([`EventsApi`]).
pub mod events;

/// The `functions` operations ([`FunctionsApi`]).
pub mod functions;

/// The `guides` operations ([`GuidesApi`]).
pub mod guides;

/// The `invitations` operations ([`InvitationsApi`]).
pub mod invitations;

/// The `issues` operations ([`IssuesApi`]).
pub mod issues;

/// The `jobs` operations ([`JobsApi`]).
pub mod jobs;

/// The `labels` operations ([`LabelsApi`]).
pub mod labels;

/// The `lambda` operations ([`LambdaApi`]).
pub mod lambda;

/// The `limits` operations ([`LimitsApi`]).
pub mod limits;

/// The `memberships` operations ([`MembershipsApi`]).
pub mod memberships;

/// The `organizations` operations ([`OrganizationsApi`]).
pub mod organizations;

/// The `projects` operations ([`ProjectsApi`]).
pub mod projects;

/// The `quality` operations ([`QualityApi`]).
pub mod quality;

/// The `requests` operations ([`RequestsApi`]).
pub mod requests;

/// The `schema` operations ([`SchemaApi`]).
pub mod schema;

/// The `server` operations ([`ServerApi`]).
pub mod server;

/// The `tasks` operations ([`TasksApi`]).
pub mod tasks;

/// The `usage` operations ([`UsageApi`]).
pub mod usage;

/// The `subscriptions` operations ([`SubscriptionsApi`]).
pub mod subscriptions;

/// The `users` operations ([`UsersApi`]).
pub mod users;

/// The `webhooks` operations ([`WebhooksApi`]).
pub mod webhooks;
