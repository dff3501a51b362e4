// @generated from ../shared/specs/box.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

/// The `authorization` operations ([`AuthorizationManager`]).
pub mod authorization;

/// The `files` operations ([`FilesManager`]).
pub mod files;

/// The `trashed_files` operations ([`TrashedFilesManager`]).
pub mod trashed_files;

/// The `app_item_associations` operations ([`AppItemAssociationsManager`]).
pub mod app_item_associations;

/// The `downloads` operations ([`DownloadsManager`]).
pub mod downloads;

/// The `uploads` operations ([`UploadsManager`]).
pub mod uploads;

/// The `chunked_uploads` operations ([`ChunkedUploadsManager`]).
pub mod chunked_uploads;

/// The `list_collaborations` operations ([`ListCollaborationsManager`]).
pub mod list_collaborations;

/// The `comments` operations ([`CommentsManager`]).
pub mod comments;

/// The `tasks` operations ([`TasksManager`]).
pub mod tasks;

/// The `file_versions` operations ([`FileVersionsManager`]).
pub mod file_versions;

/// The `file_metadata` operations ([`FileMetadataManager`]).
pub mod file_metadata;

/// The `file_classifications` operations ([`FileClassificationsManager`]).
pub mod file_classifications;

/// The `skills` operations ([`SkillsManager`]).
pub mod skills;

/// The `file_watermarks` operations ([`FileWatermarksManager`]).
pub mod file_watermarks;

/// The `file_requests` operations ([`FileRequestsManager`]).
pub mod file_requests;

/// The `folders` operations ([`FoldersManager`]).
pub mod folders;

/// The `trashed_folders` operations ([`TrashedFoldersManager`]).
pub mod trashed_folders;

/// The `folder_metadata` operations ([`FolderMetadataManager`]).
pub mod folder_metadata;

/// The `folder_classifications` operations ([`FolderClassificationsManager`]).
pub mod folder_classifications;

/// The `trashed_items` operations ([`TrashedItemsManager`]).
pub mod trashed_items;

/// The `folder_watermarks` operations ([`FolderWatermarksManager`]).
pub mod folder_watermarks;

/// The `folder_locks` operations ([`FolderLocksManager`]).
pub mod folder_locks;

/// The `metadata_templates` operations ([`MetadataTemplatesManager`]).
pub mod metadata_templates;

/// The `classifications` operations ([`ClassificationsManager`]).
pub mod classifications;

/// The `metadata_cascade_policies` operations ([`MetadataCascadePoliciesManager`]).
pub mod metadata_cascade_policies;

/// The `search` operations ([`SearchManager`]).
pub mod search;

/// The `user_collaborations` operations ([`UserCollaborationsManager`]).
pub mod user_collaborations;

/// The `task_assignments` operations ([`TaskAssignmentsManager`]).
pub mod task_assignments;

/// The `shared_links_files` operations ([`SharedLinksFilesManager`]).
pub mod shared_links_files;

/// The `shared_links_folders` operations ([`SharedLinksFoldersManager`]).
pub mod shared_links_folders;

/// The `web_links` operations ([`WebLinksManager`]).
pub mod web_links;

/// The `trashed_web_links` operations ([`TrashedWebLinksManager`]).
pub mod trashed_web_links;

/// The `shared_links_web_links` operations ([`SharedLinksWebLinksManager`]).
pub mod shared_links_web_links;

/// The `shared_links_app_items` operations ([`SharedLinksAppItemsManager`]).
pub mod shared_links_app_items;

/// The `users` operations ([`UsersManager`]).
pub mod users;

/// The `session_termination` operations ([`SessionTerminationManager`]).
pub mod session_termination;

/// The `avatars` operations ([`AvatarsManager`]).
pub mod avatars;

/// The `transfer` operations ([`TransferManager`]).
pub mod transfer;

/// The `email_aliases` operations ([`EmailAliasesManager`]).
pub mod email_aliases;

/// The `memberships` operations ([`MembershipsManager`]).
pub mod memberships;

/// The `invites` operations ([`InvitesManager`]).
pub mod invites;

/// The `groups` operations ([`GroupsManager`]).
pub mod groups;

/// The `webhooks` operations ([`WebhooksManager`]).
pub mod webhooks;

/// The `events` operations ([`EventsManager`]).
pub mod events;

/// The `collections` operations ([`CollectionsManager`]).
pub mod collections;

/// The `recent_items` operations ([`RecentItemsManager`]).
pub mod recent_items;

/// The `retention_policies` operations ([`RetentionPoliciesManager`]).
pub mod retention_policies;

/// The `retention_policy_assignments` operations ([`RetentionPolicyAssignmentsManager`]).
pub mod retention_policy_assignments;

/// The `legal_hold_policies` operations ([`LegalHoldPoliciesManager`]).
pub mod legal_hold_policies;

/// The `legal_hold_policy_assignments` operations ([`LegalHoldPolicyAssignmentsManager`]).
pub mod legal_hold_policy_assignments;

/// The `file_version_retentions` operations ([`FileVersionRetentionsManager`]).
pub mod file_version_retentions;

/// The `file_version_legal_holds` operations ([`FileVersionLegalHoldsManager`]).
pub mod file_version_legal_holds;

/// The `shield_information_barriers` operations ([`ShieldInformationBarriersManager`]).
pub mod shield_information_barriers;

/// The `shield_information_barrier_reports` operations ([`ShieldInformationBarrierReportsManager`]).
pub mod shield_information_barrier_reports;

/// The `shield_information_barrier_segments` operations ([`ShieldInformationBarrierSegmentsManager`]).
pub mod shield_information_barrier_segments;

/// The `shield_information_barrier_segment_members` operations ([`ShieldInformationBarrierSegmentMembersManager`]).
pub mod shield_information_barrier_segment_members;

/// The `shield_information_barrier_segment_restrictions` operations ([`ShieldInformationBarrierSegmentRestrictionsManager`]).
pub mod shield_information_barrier_segment_restrictions;

/// The `device_pinners` operations ([`DevicePinnersManager`]).
pub mod device_pinners;

/// The `terms_of_services` operations ([`TermsOfServicesManager`]).
pub mod terms_of_services;

/// The `terms_of_service_user_statuses` operations ([`TermsOfServiceUserStatusesManager`]).
pub mod terms_of_service_user_statuses;

/// The `collaboration_allowlist_entries` operations ([`CollaborationAllowlistEntriesManager`]).
pub mod collaboration_allowlist_entries;

/// The `collaboration_allowlist_exempt_targets` operations ([`CollaborationAllowlistExemptTargetsManager`]).
pub mod collaboration_allowlist_exempt_targets;

/// The `storage_policies` operations ([`StoragePoliciesManager`]).
pub mod storage_policies;

/// The `storage_policy_assignments` operations ([`StoragePolicyAssignmentsManager`]).
pub mod storage_policy_assignments;

/// The `zip_downloads` operations ([`ZipDownloadsManager`]).
pub mod zip_downloads;

/// The `sign_requests` operations ([`SignRequestsManager`]).
pub mod sign_requests;

/// The `workflows` operations ([`WorkflowsManager`]).
pub mod workflows;

/// The `sign_templates` operations ([`SignTemplatesManager`]).
pub mod sign_templates;

/// The `integration_mappings` operations ([`IntegrationMappingsManager`]).
pub mod integration_mappings;

/// The `ai` operations ([`AiManager`]).
pub mod ai;

/// The `ai_studio` operations ([`AiStudioManager`]).
pub mod ai_studio;

/// The `metadata_taxonomies` operations ([`MetadataTaxonomiesManager`]).
pub mod metadata_taxonomies;
