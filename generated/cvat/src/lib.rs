// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! # CVAT REST API
//!
//! REST API for Computer Vision Annotation Tool (CVAT)
//!
//! Generated from `../shared/specs/cvat.json` (OpenAPI 3.0, API version 2.72.0 (2.0)) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), cvat::Error> {
//! let client = cvat::Client::builder(cvat::DEFAULT_BASE_URL)
//!     .auth(cvat::Auth::token("key"))
//!     .build()?;
//! let response = client.analytics_api().get_reports().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `accessTokenAuth`: a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` for tokens that expire
//! - `basicAuth`: HTTP basic: `Auth::basic(user, password)`
//! - `csrfAuth`: cookie `csrftoken`: `Auth::api_key("csrfAuth", value)` or `Auth::token(value)`
//! - `csrfHeaderAuth`: header `X-CSRFToken`: `Auth::api_key("csrfHeaderAuth", value)` or `Auth::token(value)`
//! - `sessionAuth`: cookie `sessionid`: `Auth::api_key("sessionAuth", value)` or `Auth::token(value)`
//! - `tokenAuth`: header `Authorization` with prefix `Token`: `Auth::api_key("tokenAuth", value)` or `Auth::token(value)`

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
pub mod apis;
pub mod models;
pub mod runtime;
pub use runtime::{
    ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator,
    RawResponse, RetryPolicy, Secret, TokenFuture, TokenProvider,
};

#[cfg(feature = "analytics")]
pub use apis::analytics::AnalyticsApi;

#[cfg(feature = "assets")]
pub use apis::assets::AssetsApi;

#[cfg(feature = "auth")]
pub use apis::auth::AuthApi;

#[cfg(feature = "cloudstorages")]
pub use apis::cloudstorages::CloudstoragesApi;

#[cfg(feature = "comments")]
pub use apis::comments::CommentsApi;

#[cfg(feature = "consensus")]
pub use apis::consensus::ConsensusApi;

#[cfg(feature = "events")]
pub use apis::events::EventsApi;

#[cfg(feature = "functions")]
pub use apis::functions::FunctionsApi;

#[cfg(feature = "guides")]
pub use apis::guides::GuidesApi;

#[cfg(feature = "invitations")]
pub use apis::invitations::InvitationsApi;

#[cfg(feature = "issues")]
pub use apis::issues::IssuesApi;

#[cfg(feature = "jobs")]
pub use apis::jobs::JobsApi;

#[cfg(feature = "labels")]
pub use apis::labels::LabelsApi;

#[cfg(feature = "lambda")]
pub use apis::lambda::LambdaApi;

#[cfg(feature = "limits")]
pub use apis::limits::LimitsApi;

#[cfg(feature = "memberships")]
pub use apis::memberships::MembershipsApi;

#[cfg(feature = "organizations")]
pub use apis::organizations::OrganizationsApi;

#[cfg(feature = "projects")]
pub use apis::projects::ProjectsApi;

#[cfg(feature = "quality")]
pub use apis::quality::QualityApi;

#[cfg(feature = "requests")]
pub use apis::requests::RequestsApi;

#[cfg(feature = "schema")]
pub use apis::schema::SchemaApi;

#[cfg(feature = "server")]
pub use apis::server::ServerApi;

#[cfg(feature = "tasks")]
pub use apis::tasks::TasksApi;

#[cfg(feature = "usage")]
pub use apis::usage::UsageApi;

#[cfg(feature = "subscriptions")]
pub use apis::subscriptions::SubscriptionsApi;

#[cfg(feature = "users")]
pub use apis::users::UsersApi;

#[cfg(feature = "webhooks")]
pub use apis::webhooks::WebhooksApi;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://app.cvat.ai";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 6] = [
    runtime::SecurityScheme { name: "accessTokenAuth", kind: runtime::SchemeKind::Bearer },
    runtime::SecurityScheme { name: "basicAuth", kind: runtime::SchemeKind::Basic },
    runtime::SecurityScheme {
        name: "csrfAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            param: "csrftoken",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "csrfHeaderAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "X-CSRFToken",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "sessionAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            param: "sessionid",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "tokenAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "Authorization",
            prefix: Some("Token"),
        },
    },
];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 5] = [
    &[
        &[&SECURITY_SCHEMES[5]],
        &[&SECURITY_SCHEMES[0]],
        &[&SECURITY_SCHEMES[4], &SECURITY_SCHEMES[2], &SECURITY_SCHEMES[3]],
        &[&SECURITY_SCHEMES[1]],
    ],
    &[&[&SECURITY_SCHEMES[0]]],
    &[
        &[&SECURITY_SCHEMES[5]],
        &[&SECURITY_SCHEMES[0]],
        &[&SECURITY_SCHEMES[4], &SECURITY_SCHEMES[2], &SECURITY_SCHEMES[3]],
        &[&SECURITY_SCHEMES[1]],
        &[],
    ],
    &[
        &[&SECURITY_SCHEMES[5]],
        &[&SECURITY_SCHEMES[4], &SECURITY_SCHEMES[2], &SECURITY_SCHEMES[3]],
        &[&SECURITY_SCHEMES[1]],
    ],
    &[&[]],
];

impl Client {
    /// The `analytics` operations.
    #[cfg(feature = "analytics")]
    pub fn analytics_api(&self) -> AnalyticsApi<'_> {
        AnalyticsApi::new(self)
    }

    /// The `assets` operations.
    #[cfg(feature = "assets")]
    pub fn assets_api(&self) -> AssetsApi<'_> {
        AssetsApi::new(self)
    }

    /// The `auth` operations.
    #[cfg(feature = "auth")]
    pub fn auth_api(&self) -> AuthApi<'_> {
        AuthApi::new(self)
    }

    /// The `cloudstorages` operations.
    #[cfg(feature = "cloudstorages")]
    pub fn cloudstorages_api(&self) -> CloudstoragesApi<'_> {
        CloudstoragesApi::new(self)
    }

    /// The `comments` operations.
    #[cfg(feature = "comments")]
    pub fn comments_api(&self) -> CommentsApi<'_> {
        CommentsApi::new(self)
    }

    /// The `consensus` operations.
    #[cfg(feature = "consensus")]
    pub fn consensus_api(&self) -> ConsensusApi<'_> {
        ConsensusApi::new(self)
    }

    /// The `events` operations.
    #[cfg(feature = "events")]
    pub fn events_api(&self) -> EventsApi<'_> {
        EventsApi::new(self)
    }

    /// The `functions` operations.
    #[cfg(feature = "functions")]
    pub fn functions_api(&self) -> FunctionsApi<'_> {
        FunctionsApi::new(self)
    }

    /// The `guides` operations.
    #[cfg(feature = "guides")]
    pub fn guides_api(&self) -> GuidesApi<'_> {
        GuidesApi::new(self)
    }

    /// The `invitations` operations.
    #[cfg(feature = "invitations")]
    pub fn invitations_api(&self) -> InvitationsApi<'_> {
        InvitationsApi::new(self)
    }

    /// The `issues` operations.
    #[cfg(feature = "issues")]
    pub fn issues_api(&self) -> IssuesApi<'_> {
        IssuesApi::new(self)
    }

    /// The `jobs` operations.
    #[cfg(feature = "jobs")]
    pub fn jobs_api(&self) -> JobsApi<'_> {
        JobsApi::new(self)
    }

    /// The `labels` operations.
    #[cfg(feature = "labels")]
    pub fn labels_api(&self) -> LabelsApi<'_> {
        LabelsApi::new(self)
    }

    /// The `lambda` operations.
    #[cfg(feature = "lambda")]
    pub fn lambda_api(&self) -> LambdaApi<'_> {
        LambdaApi::new(self)
    }

    /// The `limits` operations.
    #[cfg(feature = "limits")]
    pub fn limits_api(&self) -> LimitsApi<'_> {
        LimitsApi::new(self)
    }

    /// The `memberships` operations.
    #[cfg(feature = "memberships")]
    pub fn memberships_api(&self) -> MembershipsApi<'_> {
        MembershipsApi::new(self)
    }

    /// The `organizations` operations.
    #[cfg(feature = "organizations")]
    pub fn organizations_api(&self) -> OrganizationsApi<'_> {
        OrganizationsApi::new(self)
    }

    /// The `projects` operations.
    #[cfg(feature = "projects")]
    pub fn projects_api(&self) -> ProjectsApi<'_> {
        ProjectsApi::new(self)
    }

    /// The `quality` operations.
    #[cfg(feature = "quality")]
    pub fn quality_api(&self) -> QualityApi<'_> {
        QualityApi::new(self)
    }

    /// The `requests` operations.
    #[cfg(feature = "requests")]
    pub fn requests_api(&self) -> RequestsApi<'_> {
        RequestsApi::new(self)
    }

    /// The `schema` operations.
    #[cfg(feature = "schema")]
    pub fn schema_api(&self) -> SchemaApi<'_> {
        SchemaApi::new(self)
    }

    /// The `server` operations.
    #[cfg(feature = "server")]
    pub fn server_api(&self) -> ServerApi<'_> {
        ServerApi::new(self)
    }

    /// The `tasks` operations.
    #[cfg(feature = "tasks")]
    pub fn tasks_api(&self) -> TasksApi<'_> {
        TasksApi::new(self)
    }

    /// The `usage` operations.
    #[cfg(feature = "usage")]
    pub fn usage_api(&self) -> UsageApi<'_> {
        UsageApi::new(self)
    }

    /// The `subscriptions` operations.
    #[cfg(feature = "subscriptions")]
    pub fn subscriptions_api(&self) -> SubscriptionsApi<'_> {
        SubscriptionsApi::new(self)
    }

    /// The `users` operations.
    #[cfg(feature = "users")]
    pub fn users_api(&self) -> UsersApi<'_> {
        UsersApi::new(self)
    }

    /// The `webhooks` operations.
    #[cfg(feature = "webhooks")]
    pub fn webhooks_api(&self) -> WebhooksApi<'_> {
        WebhooksApi::new(self)
    }
}
