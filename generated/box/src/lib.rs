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
//! - `OAuth2Security`: OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with a provider of [`oauth2::oauth2_security`] that gets and renews tokens at the spec's URLs
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
pub mod oauth2;
pub mod runtime;
pub use runtime::{
    ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator,
    RawResponse, RetryPolicy, Secret, TokenFuture, TokenProvider,
};

pub use apis::ai::AiManager;
pub use apis::ai_studio::AiStudioManager;
pub use apis::app_item_associations::AppItemAssociationsManager;
pub use apis::authorization::AuthorizationManager;
pub use apis::avatars::AvatarsManager;
pub use apis::chunked_uploads::ChunkedUploadsManager;
pub use apis::classifications::ClassificationsManager;
pub use apis::collaboration_allowlist_entries::CollaborationAllowlistEntriesManager;
pub use apis::collaboration_allowlist_exempt_targets::CollaborationAllowlistExemptTargetsManager;
pub use apis::collections::CollectionsManager;
pub use apis::comments::CommentsManager;
pub use apis::device_pinners::DevicePinnersManager;
pub use apis::downloads::DownloadsManager;
pub use apis::email_aliases::EmailAliasesManager;
pub use apis::events::EventsManager;
pub use apis::file_classifications::FileClassificationsManager;
pub use apis::file_metadata::FileMetadataManager;
pub use apis::file_requests::FileRequestsManager;
pub use apis::file_version_legal_holds::FileVersionLegalHoldsManager;
pub use apis::file_version_retentions::FileVersionRetentionsManager;
pub use apis::file_versions::FileVersionsManager;
pub use apis::file_watermarks::FileWatermarksManager;
pub use apis::files::FilesManager;
pub use apis::folder_classifications::FolderClassificationsManager;
pub use apis::folder_locks::FolderLocksManager;
pub use apis::folder_metadata::FolderMetadataManager;
pub use apis::folder_watermarks::FolderWatermarksManager;
pub use apis::folders::FoldersManager;
pub use apis::groups::GroupsManager;
pub use apis::integration_mappings::IntegrationMappingsManager;
pub use apis::invites::InvitesManager;
pub use apis::legal_hold_policies::LegalHoldPoliciesManager;
pub use apis::legal_hold_policy_assignments::LegalHoldPolicyAssignmentsManager;
pub use apis::list_collaborations::ListCollaborationsManager;
pub use apis::memberships::MembershipsManager;
pub use apis::metadata_cascade_policies::MetadataCascadePoliciesManager;
pub use apis::metadata_taxonomies::MetadataTaxonomiesManager;
pub use apis::metadata_templates::MetadataTemplatesManager;
pub use apis::recent_items::RecentItemsManager;
pub use apis::retention_policies::RetentionPoliciesManager;
pub use apis::retention_policy_assignments::RetentionPolicyAssignmentsManager;
pub use apis::search::SearchManager;
pub use apis::session_termination::SessionTerminationManager;
pub use apis::shared_links_app_items::SharedLinksAppItemsManager;
pub use apis::shared_links_files::SharedLinksFilesManager;
pub use apis::shared_links_folders::SharedLinksFoldersManager;
pub use apis::shared_links_web_links::SharedLinksWebLinksManager;
pub use apis::shield_information_barrier_reports::ShieldInformationBarrierReportsManager;
pub use apis::shield_information_barrier_segment_members::ShieldInformationBarrierSegmentMembersManager;
pub use apis::shield_information_barrier_segment_restrictions::ShieldInformationBarrierSegmentRestrictionsManager;
pub use apis::shield_information_barrier_segments::ShieldInformationBarrierSegmentsManager;
pub use apis::shield_information_barriers::ShieldInformationBarriersManager;
pub use apis::sign_requests::SignRequestsManager;
pub use apis::sign_templates::SignTemplatesManager;
pub use apis::skills::SkillsManager;
pub use apis::storage_policies::StoragePoliciesManager;
pub use apis::storage_policy_assignments::StoragePolicyAssignmentsManager;
pub use apis::task_assignments::TaskAssignmentsManager;
pub use apis::tasks::TasksManager;
pub use apis::terms_of_service_user_statuses::TermsOfServiceUserStatusesManager;
pub use apis::terms_of_services::TermsOfServicesManager;
pub use apis::transfer::TransferManager;
pub use apis::trashed_files::TrashedFilesManager;
pub use apis::trashed_folders::TrashedFoldersManager;
pub use apis::trashed_items::TrashedItemsManager;
pub use apis::trashed_web_links::TrashedWebLinksManager;
pub use apis::uploads::UploadsManager;
pub use apis::user_collaborations::UserCollaborationsManager;
pub use apis::users::UsersManager;
pub use apis::web_links::WebLinksManager;
pub use apis::webhooks::WebhooksManager;
pub use apis::workflows::WorkflowsManager;
pub use apis::zip_downloads::ZipDownloadsManager;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://api.box.com/2.0";

/// The security schemes of the spec, in spec order; operations refer to them by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 1] =
    [runtime::SecurityScheme { name: "OAuth2Security", kind: runtime::SchemeKind::Bearer }];

impl Client {
    /// The `authorization` operations.
    pub fn authorization(&self) -> AuthorizationManager<'_> {
        AuthorizationManager::new(self)
    }

    /// The `files` operations.
    pub fn files(&self) -> FilesManager<'_> {
        FilesManager::new(self)
    }

    /// The `trashed_files` operations.
    pub fn trashed_files(&self) -> TrashedFilesManager<'_> {
        TrashedFilesManager::new(self)
    }

    /// The `app_item_associations` operations.
    pub fn app_item_associations(&self) -> AppItemAssociationsManager<'_> {
        AppItemAssociationsManager::new(self)
    }

    /// The `downloads` operations.
    pub fn downloads(&self) -> DownloadsManager<'_> {
        DownloadsManager::new(self)
    }

    /// The `uploads` operations.
    pub fn uploads(&self) -> UploadsManager<'_> {
        UploadsManager::new(self)
    }

    /// The `chunked_uploads` operations.
    pub fn chunked_uploads(&self) -> ChunkedUploadsManager<'_> {
        ChunkedUploadsManager::new(self)
    }

    /// The `list_collaborations` operations.
    pub fn list_collaborations(&self) -> ListCollaborationsManager<'_> {
        ListCollaborationsManager::new(self)
    }

    /// The `comments` operations.
    pub fn comments(&self) -> CommentsManager<'_> {
        CommentsManager::new(self)
    }

    /// The `tasks` operations.
    pub fn tasks(&self) -> TasksManager<'_> {
        TasksManager::new(self)
    }

    /// The `file_versions` operations.
    pub fn file_versions(&self) -> FileVersionsManager<'_> {
        FileVersionsManager::new(self)
    }

    /// The `file_metadata` operations.
    pub fn file_metadata(&self) -> FileMetadataManager<'_> {
        FileMetadataManager::new(self)
    }

    /// The `file_classifications` operations.
    pub fn file_classifications(&self) -> FileClassificationsManager<'_> {
        FileClassificationsManager::new(self)
    }

    /// The `skills` operations.
    pub fn skills(&self) -> SkillsManager<'_> {
        SkillsManager::new(self)
    }

    /// The `file_watermarks` operations.
    pub fn file_watermarks(&self) -> FileWatermarksManager<'_> {
        FileWatermarksManager::new(self)
    }

    /// The `file_requests` operations.
    pub fn file_requests(&self) -> FileRequestsManager<'_> {
        FileRequestsManager::new(self)
    }

    /// The `folders` operations.
    pub fn folders(&self) -> FoldersManager<'_> {
        FoldersManager::new(self)
    }

    /// The `trashed_folders` operations.
    pub fn trashed_folders(&self) -> TrashedFoldersManager<'_> {
        TrashedFoldersManager::new(self)
    }

    /// The `folder_metadata` operations.
    pub fn folder_metadata(&self) -> FolderMetadataManager<'_> {
        FolderMetadataManager::new(self)
    }

    /// The `folder_classifications` operations.
    pub fn folder_classifications(&self) -> FolderClassificationsManager<'_> {
        FolderClassificationsManager::new(self)
    }

    /// The `trashed_items` operations.
    pub fn trashed_items(&self) -> TrashedItemsManager<'_> {
        TrashedItemsManager::new(self)
    }

    /// The `folder_watermarks` operations.
    pub fn folder_watermarks(&self) -> FolderWatermarksManager<'_> {
        FolderWatermarksManager::new(self)
    }

    /// The `folder_locks` operations.
    pub fn folder_locks(&self) -> FolderLocksManager<'_> {
        FolderLocksManager::new(self)
    }

    /// The `metadata_templates` operations.
    pub fn metadata_templates(&self) -> MetadataTemplatesManager<'_> {
        MetadataTemplatesManager::new(self)
    }

    /// The `classifications` operations.
    pub fn classifications(&self) -> ClassificationsManager<'_> {
        ClassificationsManager::new(self)
    }

    /// The `metadata_cascade_policies` operations.
    pub fn metadata_cascade_policies(&self) -> MetadataCascadePoliciesManager<'_> {
        MetadataCascadePoliciesManager::new(self)
    }

    /// The `search` operations.
    pub fn search(&self) -> SearchManager<'_> {
        SearchManager::new(self)
    }

    /// The `user_collaborations` operations.
    pub fn user_collaborations(&self) -> UserCollaborationsManager<'_> {
        UserCollaborationsManager::new(self)
    }

    /// The `task_assignments` operations.
    pub fn task_assignments(&self) -> TaskAssignmentsManager<'_> {
        TaskAssignmentsManager::new(self)
    }

    /// The `shared_links_files` operations.
    pub fn shared_links_files(&self) -> SharedLinksFilesManager<'_> {
        SharedLinksFilesManager::new(self)
    }

    /// The `shared_links_folders` operations.
    pub fn shared_links_folders(&self) -> SharedLinksFoldersManager<'_> {
        SharedLinksFoldersManager::new(self)
    }

    /// The `web_links` operations.
    pub fn web_links(&self) -> WebLinksManager<'_> {
        WebLinksManager::new(self)
    }

    /// The `trashed_web_links` operations.
    pub fn trashed_web_links(&self) -> TrashedWebLinksManager<'_> {
        TrashedWebLinksManager::new(self)
    }

    /// The `shared_links_web_links` operations.
    pub fn shared_links_web_links(&self) -> SharedLinksWebLinksManager<'_> {
        SharedLinksWebLinksManager::new(self)
    }

    /// The `shared_links_app_items` operations.
    pub fn shared_links_app_items(&self) -> SharedLinksAppItemsManager<'_> {
        SharedLinksAppItemsManager::new(self)
    }

    /// The `users` operations.
    pub fn users(&self) -> UsersManager<'_> {
        UsersManager::new(self)
    }

    /// The `session_termination` operations.
    pub fn session_termination(&self) -> SessionTerminationManager<'_> {
        SessionTerminationManager::new(self)
    }

    /// The `avatars` operations.
    pub fn avatars(&self) -> AvatarsManager<'_> {
        AvatarsManager::new(self)
    }

    /// The `transfer` operations.
    pub fn transfer(&self) -> TransferManager<'_> {
        TransferManager::new(self)
    }

    /// The `email_aliases` operations.
    pub fn email_aliases(&self) -> EmailAliasesManager<'_> {
        EmailAliasesManager::new(self)
    }

    /// The `memberships` operations.
    pub fn memberships(&self) -> MembershipsManager<'_> {
        MembershipsManager::new(self)
    }

    /// The `invites` operations.
    pub fn invites(&self) -> InvitesManager<'_> {
        InvitesManager::new(self)
    }

    /// The `groups` operations.
    pub fn groups(&self) -> GroupsManager<'_> {
        GroupsManager::new(self)
    }

    /// The `webhooks` operations.
    pub fn webhooks(&self) -> WebhooksManager<'_> {
        WebhooksManager::new(self)
    }

    /// The `events` operations.
    pub fn events(&self) -> EventsManager<'_> {
        EventsManager::new(self)
    }

    /// The `collections` operations.
    pub fn collections(&self) -> CollectionsManager<'_> {
        CollectionsManager::new(self)
    }

    /// The `recent_items` operations.
    pub fn recent_items(&self) -> RecentItemsManager<'_> {
        RecentItemsManager::new(self)
    }

    /// The `retention_policies` operations.
    pub fn retention_policies(&self) -> RetentionPoliciesManager<'_> {
        RetentionPoliciesManager::new(self)
    }

    /// The `retention_policy_assignments` operations.
    pub fn retention_policy_assignments(&self) -> RetentionPolicyAssignmentsManager<'_> {
        RetentionPolicyAssignmentsManager::new(self)
    }

    /// The `legal_hold_policies` operations.
    pub fn legal_hold_policies(&self) -> LegalHoldPoliciesManager<'_> {
        LegalHoldPoliciesManager::new(self)
    }

    /// The `legal_hold_policy_assignments` operations.
    pub fn legal_hold_policy_assignments(&self) -> LegalHoldPolicyAssignmentsManager<'_> {
        LegalHoldPolicyAssignmentsManager::new(self)
    }

    /// The `file_version_retentions` operations.
    pub fn file_version_retentions(&self) -> FileVersionRetentionsManager<'_> {
        FileVersionRetentionsManager::new(self)
    }

    /// The `file_version_legal_holds` operations.
    pub fn file_version_legal_holds(&self) -> FileVersionLegalHoldsManager<'_> {
        FileVersionLegalHoldsManager::new(self)
    }

    /// The `shield_information_barriers` operations.
    pub fn shield_information_barriers(&self) -> ShieldInformationBarriersManager<'_> {
        ShieldInformationBarriersManager::new(self)
    }

    /// The `shield_information_barrier_reports` operations.
    pub fn shield_information_barrier_reports(&self) -> ShieldInformationBarrierReportsManager<'_> {
        ShieldInformationBarrierReportsManager::new(self)
    }

    /// The `shield_information_barrier_segments` operations.
    pub fn shield_information_barrier_segments(&self) -> ShieldInformationBarrierSegmentsManager<'_> {
        ShieldInformationBarrierSegmentsManager::new(self)
    }

    /// The `shield_information_barrier_segment_members` operations.
    pub fn shield_information_barrier_segment_members(&self) -> ShieldInformationBarrierSegmentMembersManager<'_> {
        ShieldInformationBarrierSegmentMembersManager::new(self)
    }

    /// The `shield_information_barrier_segment_restrictions` operations.
    pub fn shield_information_barrier_segment_restrictions(
        &self,
    ) -> ShieldInformationBarrierSegmentRestrictionsManager<'_> {
        ShieldInformationBarrierSegmentRestrictionsManager::new(self)
    }

    /// The `device_pinners` operations.
    pub fn device_pinners(&self) -> DevicePinnersManager<'_> {
        DevicePinnersManager::new(self)
    }

    /// The `terms_of_services` operations.
    pub fn terms_of_services(&self) -> TermsOfServicesManager<'_> {
        TermsOfServicesManager::new(self)
    }

    /// The `terms_of_service_user_statuses` operations.
    pub fn terms_of_service_user_statuses(&self) -> TermsOfServiceUserStatusesManager<'_> {
        TermsOfServiceUserStatusesManager::new(self)
    }

    /// The `collaboration_allowlist_entries` operations.
    pub fn collaboration_allowlist_entries(&self) -> CollaborationAllowlistEntriesManager<'_> {
        CollaborationAllowlistEntriesManager::new(self)
    }

    /// The `collaboration_allowlist_exempt_targets` operations.
    pub fn collaboration_allowlist_exempt_targets(&self) -> CollaborationAllowlistExemptTargetsManager<'_> {
        CollaborationAllowlistExemptTargetsManager::new(self)
    }

    /// The `storage_policies` operations.
    pub fn storage_policies(&self) -> StoragePoliciesManager<'_> {
        StoragePoliciesManager::new(self)
    }

    /// The `storage_policy_assignments` operations.
    pub fn storage_policy_assignments(&self) -> StoragePolicyAssignmentsManager<'_> {
        StoragePolicyAssignmentsManager::new(self)
    }

    /// The `zip_downloads` operations.
    pub fn zip_downloads(&self) -> ZipDownloadsManager<'_> {
        ZipDownloadsManager::new(self)
    }

    /// The `sign_requests` operations.
    pub fn sign_requests(&self) -> SignRequestsManager<'_> {
        SignRequestsManager::new(self)
    }

    /// The `workflows` operations.
    pub fn workflows(&self) -> WorkflowsManager<'_> {
        WorkflowsManager::new(self)
    }

    /// The `sign_templates` operations.
    pub fn sign_templates(&self) -> SignTemplatesManager<'_> {
        SignTemplatesManager::new(self)
    }

    /// The `integration_mappings` operations.
    pub fn integration_mappings(&self) -> IntegrationMappingsManager<'_> {
        IntegrationMappingsManager::new(self)
    }

    /// The `ai` operations.
    pub fn ai(&self) -> AiManager<'_> {
        AiManager::new(self)
    }

    /// The `ai_studio` operations.
    pub fn ai_studio(&self) -> AiStudioManager<'_> {
        AiStudioManager::new(self)
    }

    /// The `metadata_taxonomies` operations.
    pub fn metadata_taxonomies(&self) -> MetadataTaxonomiesManager<'_> {
        MetadataTaxonomiesManager::new(self)
    }
}
