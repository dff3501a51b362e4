// @generated from ../shared/specs/box.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "authorization")]
pub mod authorization;

#[cfg(feature = "files")]
pub mod files;

#[cfg(feature = "trashed_files")]
pub mod trashed_files;

#[cfg(feature = "app_item_associations")]
pub mod app_item_associations;

#[cfg(feature = "downloads")]
pub mod downloads;

#[cfg(feature = "uploads")]
pub mod uploads;

#[cfg(feature = "chunked_uploads")]
pub mod chunked_uploads;

#[cfg(feature = "list_collaborations")]
pub mod list_collaborations;

#[cfg(feature = "comments")]
pub mod comments;

#[cfg(feature = "tasks")]
pub mod tasks;

#[cfg(feature = "file_versions")]
pub mod file_versions;

#[cfg(feature = "file_metadata")]
pub mod file_metadata;

#[cfg(feature = "file_classifications")]
pub mod file_classifications;

#[cfg(feature = "skills")]
pub mod skills;

#[cfg(feature = "file_watermarks")]
pub mod file_watermarks;

#[cfg(feature = "file_requests")]
pub mod file_requests;

#[cfg(feature = "folders")]
pub mod folders;

#[cfg(feature = "trashed_folders")]
pub mod trashed_folders;

#[cfg(feature = "folder_metadata")]
pub mod folder_metadata;

#[cfg(feature = "folder_classifications")]
pub mod folder_classifications;

#[cfg(feature = "trashed_items")]
pub mod trashed_items;

#[cfg(feature = "folder_watermarks")]
pub mod folder_watermarks;

#[cfg(feature = "folder_locks")]
pub mod folder_locks;

#[cfg(feature = "metadata_templates")]
pub mod metadata_templates;

#[cfg(feature = "classifications")]
pub mod classifications;

#[cfg(feature = "metadata_cascade_policies")]
pub mod metadata_cascade_policies;

#[cfg(feature = "search")]
pub mod search;

#[cfg(feature = "user_collaborations")]
pub mod user_collaborations;

#[cfg(feature = "task_assignments")]
pub mod task_assignments;

#[cfg(feature = "shared_links_files")]
pub mod shared_links_files;

#[cfg(feature = "shared_links_folders")]
pub mod shared_links_folders;

#[cfg(feature = "web_links")]
pub mod web_links;

#[cfg(feature = "trashed_web_links")]
pub mod trashed_web_links;

#[cfg(feature = "shared_links_web_links")]
pub mod shared_links_web_links;

#[cfg(feature = "shared_links_app_items")]
pub mod shared_links_app_items;

#[cfg(feature = "users")]
pub mod users;

#[cfg(feature = "session_termination")]
pub mod session_termination;

#[cfg(feature = "avatars")]
pub mod avatars;

#[cfg(feature = "transfer")]
pub mod transfer;

#[cfg(feature = "email_aliases")]
pub mod email_aliases;

#[cfg(feature = "memberships")]
pub mod memberships;

#[cfg(feature = "invites")]
pub mod invites;

#[cfg(feature = "groups")]
pub mod groups;

#[cfg(feature = "webhooks")]
pub mod webhooks;

#[cfg(feature = "events")]
pub mod events;

#[cfg(feature = "collections")]
pub mod collections;

#[cfg(feature = "recent_items")]
pub mod recent_items;

#[cfg(feature = "retention_policies")]
pub mod retention_policies;

#[cfg(feature = "retention_policy_assignments")]
pub mod retention_policy_assignments;

#[cfg(feature = "legal_hold_policies")]
pub mod legal_hold_policies;

#[cfg(feature = "legal_hold_policy_assignments")]
pub mod legal_hold_policy_assignments;

#[cfg(feature = "file_version_retentions")]
pub mod file_version_retentions;

#[cfg(feature = "file_version_legal_holds")]
pub mod file_version_legal_holds;

#[cfg(feature = "shield_information_barriers")]
pub mod shield_information_barriers;

#[cfg(feature = "shield_information_barrier_reports")]
pub mod shield_information_barrier_reports;

#[cfg(feature = "shield_information_barrier_segments")]
pub mod shield_information_barrier_segments;

#[cfg(feature = "shield_information_barrier_segment_members")]
pub mod shield_information_barrier_segment_members;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub mod shield_information_barrier_segment_restrictions;

#[cfg(feature = "device_pinners")]
pub mod device_pinners;

#[cfg(feature = "terms_of_services")]
pub mod terms_of_services;

#[cfg(feature = "terms_of_service_user_statuses")]
pub mod terms_of_service_user_statuses;

#[cfg(feature = "collaboration_allowlist_entries")]
pub mod collaboration_allowlist_entries;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
pub mod collaboration_allowlist_exempt_targets;

#[cfg(feature = "storage_policies")]
pub mod storage_policies;

#[cfg(feature = "storage_policy_assignments")]
pub mod storage_policy_assignments;

#[cfg(feature = "zip_downloads")]
pub mod zip_downloads;

#[cfg(feature = "sign_requests")]
pub mod sign_requests;

#[cfg(feature = "workflows")]
pub mod workflows;

#[cfg(feature = "sign_templates")]
pub mod sign_templates;

#[cfg(feature = "integration_mappings")]
pub mod integration_mappings;

#[cfg(feature = "ai")]
pub mod ai;

#[cfg(feature = "ai_studio")]
pub mod ai_studio;

#[cfg(feature = "metadata_taxonomies")]
pub mod metadata_taxonomies;
