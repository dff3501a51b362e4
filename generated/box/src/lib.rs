// @generated from ../shared/specs/box.json by the generator; do not edit.
//! # Box Platform API
//!
//! [Box Platform](https://developer.box.com) provides functionality to provide access to content stored within [Box](https://box.com). It provides endpoints for basic manipulation of files and folders, management of users within an enterprise, as well as more complex topics such as legal holds and retention policies.
//!
//! Generated from `../shared/specs/box.json` (OpenAPI 3.0, API version 2024.0) in the `box` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), box_sdk::Error> {
//! let client = box_sdk::Client::builder(box_sdk::DEFAULT_BASE_URL)
//!     .auth(box_sdk::Auth::bearer("token"))
//!     .build()?;
//! let response = client.files().get_file_by_id("123").await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `OAuth2Security`: OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with a provider of [`oauth2::oauth2_security`](oauth2/oauth2_security/index.html) that gets and renews tokens at the spec's URLs (Cargo feature `oauth2`, on by default)
//!
//! A token provider renews its tokens before they expire:
//!
//! ```no_run
//! # fn example() -> Result<(), box_sdk::Error> {
//! # fn save(_refresh_token: &str) {}
//! let provider = box_sdk::oauth2::oauth2_security::refresh_token("client id", "refresh token")
//!     .client_secret("client secret")
//!     .on_refresh_token(|rotated| save(rotated.expose()));
//! let client = box_sdk::Client::builder(box_sdk::DEFAULT_BASE_URL)
//!     .auth(box_sdk::Auth::token_provider(provider))
//!     .build()?;
//! # let _ = client;
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
pub mod apis;
pub mod models;

#[cfg(feature = "oauth2")]
pub mod oauth2;
pub mod runtime;
pub use runtime::{
    ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator,
    RawResponse, RetryPolicy, Secret, TokenFuture, TokenProvider,
};

#[cfg(feature = "authorization")]
pub use apis::authorization::AuthorizationManager;

#[cfg(feature = "files")]
pub use apis::files::FilesManager;

#[cfg(feature = "trashed_files")]
pub use apis::trashed_files::TrashedFilesManager;

#[cfg(feature = "app_item_associations")]
pub use apis::app_item_associations::AppItemAssociationsManager;

#[cfg(feature = "downloads")]
pub use apis::downloads::DownloadsManager;

#[cfg(feature = "uploads")]
pub use apis::uploads::UploadsManager;

#[cfg(feature = "chunked_uploads")]
pub use apis::chunked_uploads::ChunkedUploadsManager;

#[cfg(feature = "list_collaborations")]
pub use apis::list_collaborations::ListCollaborationsManager;

#[cfg(feature = "comments")]
pub use apis::comments::CommentsManager;

#[cfg(feature = "tasks")]
pub use apis::tasks::TasksManager;

#[cfg(feature = "file_versions")]
pub use apis::file_versions::FileVersionsManager;

#[cfg(feature = "file_metadata")]
pub use apis::file_metadata::FileMetadataManager;

#[cfg(feature = "file_classifications")]
pub use apis::file_classifications::FileClassificationsManager;

#[cfg(feature = "skills")]
pub use apis::skills::SkillsManager;

#[cfg(feature = "file_watermarks")]
pub use apis::file_watermarks::FileWatermarksManager;

#[cfg(feature = "file_requests")]
pub use apis::file_requests::FileRequestsManager;

#[cfg(feature = "folders")]
pub use apis::folders::FoldersManager;

#[cfg(feature = "trashed_folders")]
pub use apis::trashed_folders::TrashedFoldersManager;

#[cfg(feature = "folder_metadata")]
pub use apis::folder_metadata::FolderMetadataManager;

#[cfg(feature = "folder_classifications")]
pub use apis::folder_classifications::FolderClassificationsManager;

#[cfg(feature = "trashed_items")]
pub use apis::trashed_items::TrashedItemsManager;

#[cfg(feature = "folder_watermarks")]
pub use apis::folder_watermarks::FolderWatermarksManager;

#[cfg(feature = "folder_locks")]
pub use apis::folder_locks::FolderLocksManager;

#[cfg(feature = "metadata_templates")]
pub use apis::metadata_templates::MetadataTemplatesManager;

#[cfg(feature = "classifications")]
pub use apis::classifications::ClassificationsManager;

#[cfg(feature = "metadata_cascade_policies")]
pub use apis::metadata_cascade_policies::MetadataCascadePoliciesManager;

#[cfg(feature = "search")]
pub use apis::search::SearchManager;

#[cfg(feature = "user_collaborations")]
pub use apis::user_collaborations::UserCollaborationsManager;

#[cfg(feature = "task_assignments")]
pub use apis::task_assignments::TaskAssignmentsManager;

#[cfg(feature = "shared_links_files")]
pub use apis::shared_links_files::SharedLinksFilesManager;

#[cfg(feature = "shared_links_folders")]
pub use apis::shared_links_folders::SharedLinksFoldersManager;

#[cfg(feature = "web_links")]
pub use apis::web_links::WebLinksManager;

#[cfg(feature = "trashed_web_links")]
pub use apis::trashed_web_links::TrashedWebLinksManager;

#[cfg(feature = "shared_links_web_links")]
pub use apis::shared_links_web_links::SharedLinksWebLinksManager;

#[cfg(feature = "shared_links_app_items")]
pub use apis::shared_links_app_items::SharedLinksAppItemsManager;

#[cfg(feature = "users")]
pub use apis::users::UsersManager;

#[cfg(feature = "session_termination")]
pub use apis::session_termination::SessionTerminationManager;

#[cfg(feature = "avatars")]
pub use apis::avatars::AvatarsManager;

#[cfg(feature = "transfer")]
pub use apis::transfer::TransferManager;

#[cfg(feature = "email_aliases")]
pub use apis::email_aliases::EmailAliasesManager;

#[cfg(feature = "memberships")]
pub use apis::memberships::MembershipsManager;

#[cfg(feature = "invites")]
pub use apis::invites::InvitesManager;

#[cfg(feature = "groups")]
pub use apis::groups::GroupsManager;

#[cfg(feature = "webhooks")]
pub use apis::webhooks::WebhooksManager;

#[cfg(feature = "events")]
pub use apis::events::EventsManager;

#[cfg(feature = "collections")]
pub use apis::collections::CollectionsManager;

#[cfg(feature = "recent_items")]
pub use apis::recent_items::RecentItemsManager;

#[cfg(feature = "retention_policies")]
pub use apis::retention_policies::RetentionPoliciesManager;

#[cfg(feature = "retention_policy_assignments")]
pub use apis::retention_policy_assignments::RetentionPolicyAssignmentsManager;

#[cfg(feature = "legal_hold_policies")]
pub use apis::legal_hold_policies::LegalHoldPoliciesManager;

#[cfg(feature = "legal_hold_policy_assignments")]
pub use apis::legal_hold_policy_assignments::LegalHoldPolicyAssignmentsManager;

#[cfg(feature = "file_version_retentions")]
pub use apis::file_version_retentions::FileVersionRetentionsManager;

#[cfg(feature = "file_version_legal_holds")]
pub use apis::file_version_legal_holds::FileVersionLegalHoldsManager;

#[cfg(feature = "shield_information_barriers")]
pub use apis::shield_information_barriers::ShieldInformationBarriersManager;

#[cfg(feature = "shield_information_barrier_reports")]
pub use apis::shield_information_barrier_reports::ShieldInformationBarrierReportsManager;

#[cfg(feature = "shield_information_barrier_segments")]
pub use apis::shield_information_barrier_segments::ShieldInformationBarrierSegmentsManager;

#[cfg(feature = "shield_information_barrier_segment_members")]
pub use apis::shield_information_barrier_segment_members::ShieldInformationBarrierSegmentMembersManager;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub use apis::shield_information_barrier_segment_restrictions::ShieldInformationBarrierSegmentRestrictionsManager;

#[cfg(feature = "device_pinners")]
pub use apis::device_pinners::DevicePinnersManager;

#[cfg(feature = "terms_of_services")]
pub use apis::terms_of_services::TermsOfServicesManager;

#[cfg(feature = "terms_of_service_user_statuses")]
pub use apis::terms_of_service_user_statuses::TermsOfServiceUserStatusesManager;

#[cfg(feature = "collaboration_allowlist_entries")]
pub use apis::collaboration_allowlist_entries::CollaborationAllowlistEntriesManager;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
pub use apis::collaboration_allowlist_exempt_targets::CollaborationAllowlistExemptTargetsManager;

#[cfg(feature = "storage_policies")]
pub use apis::storage_policies::StoragePoliciesManager;

#[cfg(feature = "storage_policy_assignments")]
pub use apis::storage_policy_assignments::StoragePolicyAssignmentsManager;

#[cfg(feature = "zip_downloads")]
pub use apis::zip_downloads::ZipDownloadsManager;

#[cfg(feature = "sign_requests")]
pub use apis::sign_requests::SignRequestsManager;

#[cfg(feature = "workflows")]
pub use apis::workflows::WorkflowsManager;

#[cfg(feature = "sign_templates")]
pub use apis::sign_templates::SignTemplatesManager;

#[cfg(feature = "integration_mappings")]
pub use apis::integration_mappings::IntegrationMappingsManager;

#[cfg(feature = "ai")]
pub use apis::ai::AiManager;

#[cfg(feature = "ai_studio")]
pub use apis::ai_studio::AiStudioManager;

#[cfg(feature = "metadata_taxonomies")]
pub use apis::metadata_taxonomies::MetadataTaxonomiesManager;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://api.box.com/2.0";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 1] =
    [runtime::SecurityScheme { name: "OAuth2Security", kind: runtime::SchemeKind::Bearer }];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] = [&[&[&SECURITY_SCHEMES[0]]]];

impl Client {
    /// The `authorization` operations.
    #[cfg(feature = "authorization")]
    pub fn authorization(&self) -> AuthorizationManager<'_> {
        AuthorizationManager::new(self)
    }

    /// The `files` operations.
    #[cfg(feature = "files")]
    pub fn files(&self) -> FilesManager<'_> {
        FilesManager::new(self)
    }

    /// The `trashed_files` operations.
    #[cfg(feature = "trashed_files")]
    pub fn trashed_files(&self) -> TrashedFilesManager<'_> {
        TrashedFilesManager::new(self)
    }

    /// The `app_item_associations` operations.
    #[cfg(feature = "app_item_associations")]
    pub fn app_item_associations(&self) -> AppItemAssociationsManager<'_> {
        AppItemAssociationsManager::new(self)
    }

    /// The `downloads` operations.
    #[cfg(feature = "downloads")]
    pub fn downloads(&self) -> DownloadsManager<'_> {
        DownloadsManager::new(self)
    }

    /// The `uploads` operations.
    #[cfg(feature = "uploads")]
    pub fn uploads(&self) -> UploadsManager<'_> {
        UploadsManager::new(self)
    }

    /// The `chunked_uploads` operations.
    #[cfg(feature = "chunked_uploads")]
    pub fn chunked_uploads(&self) -> ChunkedUploadsManager<'_> {
        ChunkedUploadsManager::new(self)
    }

    /// The `list_collaborations` operations.
    #[cfg(feature = "list_collaborations")]
    pub fn list_collaborations(&self) -> ListCollaborationsManager<'_> {
        ListCollaborationsManager::new(self)
    }

    /// The `comments` operations.
    #[cfg(feature = "comments")]
    pub fn comments(&self) -> CommentsManager<'_> {
        CommentsManager::new(self)
    }

    /// The `tasks` operations.
    #[cfg(feature = "tasks")]
    pub fn tasks(&self) -> TasksManager<'_> {
        TasksManager::new(self)
    }

    /// The `file_versions` operations.
    #[cfg(feature = "file_versions")]
    pub fn file_versions(&self) -> FileVersionsManager<'_> {
        FileVersionsManager::new(self)
    }

    /// The `file_metadata` operations.
    #[cfg(feature = "file_metadata")]
    pub fn file_metadata(&self) -> FileMetadataManager<'_> {
        FileMetadataManager::new(self)
    }

    /// The `file_classifications` operations.
    #[cfg(feature = "file_classifications")]
    pub fn file_classifications(&self) -> FileClassificationsManager<'_> {
        FileClassificationsManager::new(self)
    }

    /// The `skills` operations.
    #[cfg(feature = "skills")]
    pub fn skills(&self) -> SkillsManager<'_> {
        SkillsManager::new(self)
    }

    /// The `file_watermarks` operations.
    #[cfg(feature = "file_watermarks")]
    pub fn file_watermarks(&self) -> FileWatermarksManager<'_> {
        FileWatermarksManager::new(self)
    }

    /// The `file_requests` operations.
    #[cfg(feature = "file_requests")]
    pub fn file_requests(&self) -> FileRequestsManager<'_> {
        FileRequestsManager::new(self)
    }

    /// The `folders` operations.
    #[cfg(feature = "folders")]
    pub fn folders(&self) -> FoldersManager<'_> {
        FoldersManager::new(self)
    }

    /// The `trashed_folders` operations.
    #[cfg(feature = "trashed_folders")]
    pub fn trashed_folders(&self) -> TrashedFoldersManager<'_> {
        TrashedFoldersManager::new(self)
    }

    /// The `folder_metadata` operations.
    #[cfg(feature = "folder_metadata")]
    pub fn folder_metadata(&self) -> FolderMetadataManager<'_> {
        FolderMetadataManager::new(self)
    }

    /// The `folder_classifications` operations.
    #[cfg(feature = "folder_classifications")]
    pub fn folder_classifications(&self) -> FolderClassificationsManager<'_> {
        FolderClassificationsManager::new(self)
    }

    /// The `trashed_items` operations.
    #[cfg(feature = "trashed_items")]
    pub fn trashed_items(&self) -> TrashedItemsManager<'_> {
        TrashedItemsManager::new(self)
    }

    /// The `folder_watermarks` operations.
    #[cfg(feature = "folder_watermarks")]
    pub fn folder_watermarks(&self) -> FolderWatermarksManager<'_> {
        FolderWatermarksManager::new(self)
    }

    /// The `folder_locks` operations.
    #[cfg(feature = "folder_locks")]
    pub fn folder_locks(&self) -> FolderLocksManager<'_> {
        FolderLocksManager::new(self)
    }

    /// The `metadata_templates` operations.
    #[cfg(feature = "metadata_templates")]
    pub fn metadata_templates(&self) -> MetadataTemplatesManager<'_> {
        MetadataTemplatesManager::new(self)
    }

    /// The `classifications` operations.
    #[cfg(feature = "classifications")]
    pub fn classifications(&self) -> ClassificationsManager<'_> {
        ClassificationsManager::new(self)
    }

    /// The `metadata_cascade_policies` operations.
    #[cfg(feature = "metadata_cascade_policies")]
    pub fn metadata_cascade_policies(&self) -> MetadataCascadePoliciesManager<'_> {
        MetadataCascadePoliciesManager::new(self)
    }

    /// The `search` operations.
    #[cfg(feature = "search")]
    pub fn search(&self) -> SearchManager<'_> {
        SearchManager::new(self)
    }

    /// The `user_collaborations` operations.
    #[cfg(feature = "user_collaborations")]
    pub fn user_collaborations(&self) -> UserCollaborationsManager<'_> {
        UserCollaborationsManager::new(self)
    }

    /// The `task_assignments` operations.
    #[cfg(feature = "task_assignments")]
    pub fn task_assignments(&self) -> TaskAssignmentsManager<'_> {
        TaskAssignmentsManager::new(self)
    }

    /// The `shared_links_files` operations.
    #[cfg(feature = "shared_links_files")]
    pub fn shared_links_files(&self) -> SharedLinksFilesManager<'_> {
        SharedLinksFilesManager::new(self)
    }

    /// The `shared_links_folders` operations.
    #[cfg(feature = "shared_links_folders")]
    pub fn shared_links_folders(&self) -> SharedLinksFoldersManager<'_> {
        SharedLinksFoldersManager::new(self)
    }

    /// The `web_links` operations.
    #[cfg(feature = "web_links")]
    pub fn web_links(&self) -> WebLinksManager<'_> {
        WebLinksManager::new(self)
    }

    /// The `trashed_web_links` operations.
    #[cfg(feature = "trashed_web_links")]
    pub fn trashed_web_links(&self) -> TrashedWebLinksManager<'_> {
        TrashedWebLinksManager::new(self)
    }

    /// The `shared_links_web_links` operations.
    #[cfg(feature = "shared_links_web_links")]
    pub fn shared_links_web_links(&self) -> SharedLinksWebLinksManager<'_> {
        SharedLinksWebLinksManager::new(self)
    }

    /// The `shared_links_app_items` operations.
    #[cfg(feature = "shared_links_app_items")]
    pub fn shared_links_app_items(&self) -> SharedLinksAppItemsManager<'_> {
        SharedLinksAppItemsManager::new(self)
    }

    /// The `users` operations.
    #[cfg(feature = "users")]
    pub fn users(&self) -> UsersManager<'_> {
        UsersManager::new(self)
    }

    /// The `session_termination` operations.
    #[cfg(feature = "session_termination")]
    pub fn session_termination(&self) -> SessionTerminationManager<'_> {
        SessionTerminationManager::new(self)
    }

    /// The `avatars` operations.
    #[cfg(feature = "avatars")]
    pub fn avatars(&self) -> AvatarsManager<'_> {
        AvatarsManager::new(self)
    }

    /// The `transfer` operations.
    #[cfg(feature = "transfer")]
    pub fn transfer(&self) -> TransferManager<'_> {
        TransferManager::new(self)
    }

    /// The `email_aliases` operations.
    #[cfg(feature = "email_aliases")]
    pub fn email_aliases(&self) -> EmailAliasesManager<'_> {
        EmailAliasesManager::new(self)
    }

    /// The `memberships` operations.
    #[cfg(feature = "memberships")]
    pub fn memberships(&self) -> MembershipsManager<'_> {
        MembershipsManager::new(self)
    }

    /// The `invites` operations.
    #[cfg(feature = "invites")]
    pub fn invites(&self) -> InvitesManager<'_> {
        InvitesManager::new(self)
    }

    /// The `groups` operations.
    #[cfg(feature = "groups")]
    pub fn groups(&self) -> GroupsManager<'_> {
        GroupsManager::new(self)
    }

    /// The `webhooks` operations.
    #[cfg(feature = "webhooks")]
    pub fn webhooks(&self) -> WebhooksManager<'_> {
        WebhooksManager::new(self)
    }

    /// The `events` operations.
    #[cfg(feature = "events")]
    pub fn events(&self) -> EventsManager<'_> {
        EventsManager::new(self)
    }

    /// The `collections` operations.
    #[cfg(feature = "collections")]
    pub fn collections(&self) -> CollectionsManager<'_> {
        CollectionsManager::new(self)
    }

    /// The `recent_items` operations.
    #[cfg(feature = "recent_items")]
    pub fn recent_items(&self) -> RecentItemsManager<'_> {
        RecentItemsManager::new(self)
    }

    /// The `retention_policies` operations.
    #[cfg(feature = "retention_policies")]
    pub fn retention_policies(&self) -> RetentionPoliciesManager<'_> {
        RetentionPoliciesManager::new(self)
    }

    /// The `retention_policy_assignments` operations.
    #[cfg(feature = "retention_policy_assignments")]
    pub fn retention_policy_assignments(&self) -> RetentionPolicyAssignmentsManager<'_> {
        RetentionPolicyAssignmentsManager::new(self)
    }

    /// The `legal_hold_policies` operations.
    #[cfg(feature = "legal_hold_policies")]
    pub fn legal_hold_policies(&self) -> LegalHoldPoliciesManager<'_> {
        LegalHoldPoliciesManager::new(self)
    }

    /// The `legal_hold_policy_assignments` operations.
    #[cfg(feature = "legal_hold_policy_assignments")]
    pub fn legal_hold_policy_assignments(&self) -> LegalHoldPolicyAssignmentsManager<'_> {
        LegalHoldPolicyAssignmentsManager::new(self)
    }

    /// The `file_version_retentions` operations.
    #[cfg(feature = "file_version_retentions")]
    pub fn file_version_retentions(&self) -> FileVersionRetentionsManager<'_> {
        FileVersionRetentionsManager::new(self)
    }

    /// The `file_version_legal_holds` operations.
    #[cfg(feature = "file_version_legal_holds")]
    pub fn file_version_legal_holds(&self) -> FileVersionLegalHoldsManager<'_> {
        FileVersionLegalHoldsManager::new(self)
    }

    /// The `shield_information_barriers` operations.
    #[cfg(feature = "shield_information_barriers")]
    pub fn shield_information_barriers(&self) -> ShieldInformationBarriersManager<'_> {
        ShieldInformationBarriersManager::new(self)
    }

    /// The `shield_information_barrier_reports` operations.
    #[cfg(feature = "shield_information_barrier_reports")]
    pub fn shield_information_barrier_reports(&self) -> ShieldInformationBarrierReportsManager<'_> {
        ShieldInformationBarrierReportsManager::new(self)
    }

    /// The `shield_information_barrier_segments` operations.
    #[cfg(feature = "shield_information_barrier_segments")]
    pub fn shield_information_barrier_segments(&self) -> ShieldInformationBarrierSegmentsManager<'_> {
        ShieldInformationBarrierSegmentsManager::new(self)
    }

    /// The `shield_information_barrier_segment_members` operations.
    #[cfg(feature = "shield_information_barrier_segment_members")]
    pub fn shield_information_barrier_segment_members(&self) -> ShieldInformationBarrierSegmentMembersManager<'_> {
        ShieldInformationBarrierSegmentMembersManager::new(self)
    }

    /// The `shield_information_barrier_segment_restrictions` operations.
    #[cfg(feature = "shield_information_barrier_segment_restrictions")]
    pub fn shield_information_barrier_segment_restrictions(
        &self,
    ) -> ShieldInformationBarrierSegmentRestrictionsManager<'_> {
        ShieldInformationBarrierSegmentRestrictionsManager::new(self)
    }

    /// The `device_pinners` operations.
    #[cfg(feature = "device_pinners")]
    pub fn device_pinners(&self) -> DevicePinnersManager<'_> {
        DevicePinnersManager::new(self)
    }

    /// The `terms_of_services` operations.
    #[cfg(feature = "terms_of_services")]
    pub fn terms_of_services(&self) -> TermsOfServicesManager<'_> {
        TermsOfServicesManager::new(self)
    }

    /// The `terms_of_service_user_statuses` operations.
    #[cfg(feature = "terms_of_service_user_statuses")]
    pub fn terms_of_service_user_statuses(&self) -> TermsOfServiceUserStatusesManager<'_> {
        TermsOfServiceUserStatusesManager::new(self)
    }

    /// The `collaboration_allowlist_entries` operations.
    #[cfg(feature = "collaboration_allowlist_entries")]
    pub fn collaboration_allowlist_entries(&self) -> CollaborationAllowlistEntriesManager<'_> {
        CollaborationAllowlistEntriesManager::new(self)
    }

    /// The `collaboration_allowlist_exempt_targets` operations.
    #[cfg(feature = "collaboration_allowlist_exempt_targets")]
    pub fn collaboration_allowlist_exempt_targets(&self) -> CollaborationAllowlistExemptTargetsManager<'_> {
        CollaborationAllowlistExemptTargetsManager::new(self)
    }

    /// The `storage_policies` operations.
    #[cfg(feature = "storage_policies")]
    pub fn storage_policies(&self) -> StoragePoliciesManager<'_> {
        StoragePoliciesManager::new(self)
    }

    /// The `storage_policy_assignments` operations.
    #[cfg(feature = "storage_policy_assignments")]
    pub fn storage_policy_assignments(&self) -> StoragePolicyAssignmentsManager<'_> {
        StoragePolicyAssignmentsManager::new(self)
    }

    /// The `zip_downloads` operations.
    #[cfg(feature = "zip_downloads")]
    pub fn zip_downloads(&self) -> ZipDownloadsManager<'_> {
        ZipDownloadsManager::new(self)
    }

    /// The `sign_requests` operations.
    #[cfg(feature = "sign_requests")]
    pub fn sign_requests(&self) -> SignRequestsManager<'_> {
        SignRequestsManager::new(self)
    }

    /// The `workflows` operations.
    #[cfg(feature = "workflows")]
    pub fn workflows(&self) -> WorkflowsManager<'_> {
        WorkflowsManager::new(self)
    }

    /// The `sign_templates` operations.
    #[cfg(feature = "sign_templates")]
    pub fn sign_templates(&self) -> SignTemplatesManager<'_> {
        SignTemplatesManager::new(self)
    }

    /// The `integration_mappings` operations.
    #[cfg(feature = "integration_mappings")]
    pub fn integration_mappings(&self) -> IntegrationMappingsManager<'_> {
        IntegrationMappingsManager::new(self)
    }

    /// The `ai` operations.
    #[cfg(feature = "ai")]
    pub fn ai(&self) -> AiManager<'_> {
        AiManager::new(self)
    }

    /// The `ai_studio` operations.
    #[cfg(feature = "ai_studio")]
    pub fn ai_studio(&self) -> AiStudioManager<'_> {
        AiStudioManager::new(self)
    }

    /// The `metadata_taxonomies` operations.
    #[cfg(feature = "metadata_taxonomies")]
    pub fn metadata_taxonomies(&self) -> MetadataTaxonomiesManager<'_> {
        MetadataTaxonomiesManager::new(self)
    }
}
