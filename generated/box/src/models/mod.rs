// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "authorization")]
mod access_token;

#[cfg(feature = "ai")]
mod ai_agent;

#[cfg(feature = "ai_studio")]
mod ai_agent_allowed_entity;

#[cfg(feature = "ai")]
mod ai_agent_ask;

#[cfg(feature = "ai")]
mod ai_agent_basic_gen_tool;

#[cfg(feature = "ai")]
mod ai_agent_basic_text_tool;

#[cfg(feature = "other-models")]
mod ai_agent_basic_text_tool_base;

#[cfg(feature = "other-models")]
mod ai_agent_basic_text_tool_text_gen;

#[cfg(feature = "ai")]
mod ai_agent_extract;

#[cfg(feature = "ai")]
mod ai_agent_extract_structured;

#[cfg(feature = "ai")]
mod ai_agent_info;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
mod ai_agent_long_text_tool;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
mod ai_agent_long_text_tool_text_gen;

#[cfg(feature = "ai")]
mod ai_agent_reference;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
mod ai_agent_spreadsheet_tool;

#[cfg(feature = "ai")]
mod ai_agent_text_gen;

#[cfg(feature = "ai")]
mod ai_ask;

#[cfg(feature = "ai")]
mod ai_ask_agent;

#[cfg(feature = "ai")]
mod ai_citation;

#[cfg(feature = "ai")]
mod ai_dialogue_history;

#[cfg(feature = "ai")]
mod ai_extract;

#[cfg(feature = "ai")]
mod ai_extract_agent;

#[cfg(feature = "ai")]
mod ai_extract_field_option;

#[cfg(feature = "ai")]
mod ai_extract_response;

#[cfg(feature = "ai")]
mod ai_extract_structured;

#[cfg(feature = "ai")]
mod ai_extract_structured_agent;

#[cfg(feature = "ai")]
mod ai_extract_structured_response;

#[cfg(feature = "ai")]
mod ai_extract_sub_field;

#[cfg(feature = "ai")]
mod ai_item_ask;

#[cfg(feature = "ai")]
mod ai_item_base;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
mod ai_llm_endpoint_params;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
mod ai_llm_endpoint_params_aws;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
mod ai_llm_endpoint_params_google;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
mod ai_llm_endpoint_params_ibm;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
mod ai_llm_endpoint_params_open_ai;

#[cfg(feature = "ai_studio")]
mod ai_multiple_agent_response;

#[cfg(feature = "ai")]
mod ai_options_rules;

#[cfg(feature = "ai")]
mod ai_response;

#[cfg(feature = "ai")]
mod ai_response_full;

#[cfg(feature = "ai_studio")]
mod ai_single_agent_response;

#[cfg(feature = "ai_studio")]
mod ai_single_agent_response_full;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_ask;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_ask_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_basic_gen_tool;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_basic_gen_tool_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_basic_text_tool;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_basic_text_tool_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_extract;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_extract_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_long_text_tool;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_long_text_tool_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_spreadsheet_tool;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_spreadsheet_tool_response;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_text_gen;

#[cfg(feature = "ai_studio")]
mod ai_studio_agent_text_gen_response;

#[cfg(feature = "ai")]
mod ai_taxonomy_file_reference;

#[cfg(feature = "ai")]
mod ai_taxonomy_reference;

#[cfg(feature = "ai")]
mod ai_taxonomy_source;

#[cfg(feature = "ai")]
mod ai_text_gen;

#[cfg(feature = "ai")]
mod ai_text_gen_agent;

#[cfg(any(
    feature = "app_item_associations",
    feature = "list_collaborations",
    feature = "shared_links_app_items",
    feature = "user_collaborations"
))]
mod app_item;

#[cfg(feature = "app_item_associations")]
mod app_item_associated_item;

#[cfg(feature = "app_item_associations")]
mod app_item_association;

#[cfg(feature = "app_item_associations")]
mod app_item_associations;

#[cfg(feature = "events")]
mod app_item_event_source;

#[cfg(any(feature = "file_classifications", feature = "folder_classifications"))]
mod classification;

#[cfg(feature = "classifications")]
mod classification_template;

#[cfg(any(
    feature = "ai",
    feature = "ai_studio",
    feature = "app_item_associations",
    feature = "avatars",
    feature = "chunked_uploads",
    feature = "classifications",
    feature = "collaboration_allowlist_entries",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "downloads",
    feature = "email_aliases",
    feature = "events",
    feature = "file_classifications",
    feature = "file_metadata",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "file_versions",
    feature = "file_watermarks",
    feature = "files",
    feature = "folder_classifications",
    feature = "folder_locks",
    feature = "folder_metadata",
    feature = "folder_watermarks",
    feature = "folders",
    feature = "groups",
    feature = "integration_mappings",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "metadata_cascade_policies",
    feature = "metadata_taxonomies",
    feature = "metadata_templates",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "session_termination",
    feature = "shared_links_app_items",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments",
    feature = "shield_information_barriers",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "skills",
    feature = "storage_policies",
    feature = "storage_policy_assignments",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "terms_of_services",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "users",
    feature = "web_links",
    feature = "webhooks",
    feature = "workflows",
    feature = "zip_downloads"
))]
mod client_error;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
mod collaboration;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
mod collaboration_access_grantee;

#[cfg(feature = "collaboration_allowlist_entries")]
mod collaboration_allowlist_entries;

#[cfg(feature = "collaboration_allowlist_entries")]
mod collaboration_allowlist_entry;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
mod collaboration_allowlist_exempt_target;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
mod collaboration_allowlist_exempt_targets;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
mod collaboration_item;

#[cfg(feature = "list_collaborations")]
mod collaborations;

#[cfg(feature = "list_collaborations")]
mod collaborations_offset_paginated;

#[cfg(feature = "workflows")]
mod collaborator_variable;

#[cfg(feature = "collections")]
mod collection;

#[cfg(feature = "collections")]
mod collections;

#[cfg(feature = "comments")]
mod comment;

#[cfg(feature = "comments")]
mod comment_base;

#[cfg(feature = "comments")]
mod comment_full;

#[cfg(feature = "comments")]
mod comments;

#[cfg(feature = "workflows")]
mod completion_rule_variable;

#[cfg(any(feature = "metadata_cascade_policies", feature = "uploads"))]
mod conflict_error;

#[cfg(feature = "ai_studio")]
mod create_ai_agent;

#[cfg(feature = "device_pinners")]
mod device_pinner;

#[cfg(feature = "device_pinners")]
mod device_pinners;

#[cfg(feature = "email_aliases")]
mod email_alias;

#[cfg(feature = "email_aliases")]
mod email_aliases;

#[cfg(feature = "shield_information_barriers")]
mod enterprise_base;

#[cfg(feature = "events")]
mod event;

#[cfg(feature = "events")]
mod event_source;

#[cfg(feature = "events")]
mod event_source_resource;

#[cfg(feature = "events")]
mod events;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file;

#[cfg(any(
    feature = "app_item_associations",
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file_base;

#[cfg(any(feature = "metadata_cascade_policies", feature = "uploads"))]
mod file_conflict;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file_full;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file_mini;

#[cfg(feature = "file_requests")]
mod file_request;

#[cfg(feature = "file_requests")]
mod file_request_copy_request;

#[cfg(feature = "file_requests")]
mod file_request_update_request;

#[cfg(feature = "legal_hold_policy_assignments")]
mod file_version;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "file_versions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file_version_base;

#[cfg(feature = "file_versions")]
mod file_version_full;

#[cfg(feature = "file_version_legal_holds")]
mod file_version_legal_hold;

#[cfg(feature = "file_version_legal_holds")]
mod file_version_legal_holds;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod file_version_mini;

#[cfg(feature = "file_version_retentions")]
mod file_version_retention;

#[cfg(feature = "file_version_retentions")]
mod file_version_retentions;

#[cfg(feature = "file_versions")]
mod file_versions;

#[cfg(feature = "legal_hold_policy_assignments")]
mod file_versions_on_hold;

#[cfg(any(feature = "chunked_uploads", feature = "uploads"))]
mod files;

#[cfg(feature = "legal_hold_policy_assignments")]
mod files_on_hold;

#[cfg(feature = "retention_policy_assignments")]
mod files_under_retention;

#[cfg(any(
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "user_collaborations"
))]
mod folder;

#[cfg(any(
    feature = "app_item_associations",
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_requests",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links"
))]
mod folder_base;

#[cfg(any(
    feature = "folders",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer"
))]
mod folder_full;

#[cfg(feature = "folder_locks")]
mod folder_lock;

#[cfg(feature = "folder_locks")]
mod folder_locks;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_requests",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links"
))]
mod folder_mini;

#[cfg(feature = "integration_mappings")]
mod folder_reference;

#[cfg(feature = "events")]
mod generic_source;

#[cfg(feature = "other-models")]
mod group;

#[cfg(any(
    feature = "ai_studio",
    feature = "events",
    feature = "groups",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "user_collaborations"
))]
mod group_base;

#[cfg(feature = "groups")]
mod group_full;

#[cfg(feature = "memberships")]
mod group_membership;

#[cfg(feature = "memberships")]
mod group_memberships;

#[cfg(any(
    feature = "events",
    feature = "groups",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "user_collaborations"
))]
mod group_mini;

#[cfg(feature = "groups")]
mod groups;

#[cfg(feature = "integration_mappings")]
mod integration_mapping;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_base;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_box_item_slack;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_partner_item_slack;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_partner_item_teams;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_partner_item_teams_create_request;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_slack_create_request;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_slack_options;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_teams;

#[cfg(feature = "integration_mappings")]
mod integration_mapping_teams_create_request;

#[cfg(feature = "integration_mappings")]
mod integration_mappings;

#[cfg(feature = "integration_mappings")]
mod integration_mappings_teams;

#[cfg(feature = "invites")]
mod invite;

#[cfg(any(
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations"
))]
mod item;

#[cfg(any(
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations"
))]
mod items;

#[cfg(feature = "collections")]
mod items_offset_paginated;

#[cfg(feature = "skills")]
mod keyword_skill_card;

#[cfg(feature = "legal_hold_policies")]
mod legal_hold_policies;

#[cfg(feature = "legal_hold_policies")]
mod legal_hold_policy;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
mod legal_hold_policy_assigned_item;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
mod legal_hold_policy_assignment;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
mod legal_hold_policy_assignment_base;

#[cfg(feature = "legal_hold_policy_assignments")]
mod legal_hold_policy_assignments;

#[cfg(any(
    feature = "file_version_legal_holds",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments"
))]
mod legal_hold_policy_mini;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
mod metadata;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
mod metadata_base;

#[cfg(feature = "metadata_cascade_policies")]
mod metadata_cascade_policies;

#[cfg(feature = "metadata_cascade_policies")]
mod metadata_cascade_policy;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
mod metadata_error;

#[cfg(feature = "search")]
mod metadata_field_filter_date_range;

#[cfg(feature = "search")]
mod metadata_field_filter_float_range;

#[cfg(feature = "search")]
mod metadata_filter;

#[cfg(feature = "search")]
mod metadata_filter_value;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_metadata",
    feature = "files",
    feature = "folder_metadata",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod metadata_full;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
mod metadata_instance_value;

#[cfg(feature = "search")]
mod metadata_query;

#[cfg(feature = "search")]
mod metadata_query_result_item;

#[cfg(feature = "search")]
mod metadata_query_results;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomies;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy_ancestor;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy_level;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy_levels;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy_node;

#[cfg(feature = "metadata_taxonomies")]
mod metadata_taxonomy_nodes;

#[cfg(feature = "metadata_templates")]
mod metadata_template;

#[cfg(feature = "metadata_templates")]
mod metadata_templates;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
mod metadatas;

#[cfg(feature = "authorization")]
mod o_auth2_error;

#[cfg(feature = "workflows")]
mod outcome;

#[cfg(feature = "authorization")]
mod post_o_auth2_revoke;

#[cfg(feature = "authorization")]
mod post_o_auth2_token;

#[cfg(feature = "authorization")]
mod post_o_auth2_token_refresh_access_token;

#[cfg(feature = "events")]
mod realtime_server;

#[cfg(feature = "events")]
mod realtime_servers;

#[cfg(feature = "recent_items")]
mod recent_item;

#[cfg(feature = "recent_items")]
mod recent_item_resource;

#[cfg(feature = "recent_items")]
mod recent_items;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod resource;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
mod resource_scope;

#[cfg(feature = "retention_policies")]
mod retention_policies;

#[cfg(feature = "retention_policies")]
mod retention_policy;

#[cfg(feature = "retention_policy_assignments")]
mod retention_policy_assignment;

#[cfg(feature = "retention_policy_assignments")]
mod retention_policy_assignments;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
mod retention_policy_base;

#[cfg(feature = "retention_policies")]
mod retention_policy_max_extension_length_request;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
mod retention_policy_max_extension_length_response;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
mod retention_policy_mini;

#[cfg(feature = "workflows")]
mod role_variable;

#[cfg(feature = "search")]
mod search_result_item;

#[cfg(feature = "search")]
mod search_result_with_shared_link;

#[cfg(feature = "search")]
mod search_result_with_shared_link_item;

#[cfg(feature = "search")]
mod search_results;

#[cfg(feature = "search")]
mod search_results_response;

#[cfg(feature = "search")]
mod search_results_with_shared_links;

#[cfg(feature = "session_termination")]
mod session_termination_message;

#[cfg(feature = "shield_information_barriers")]
mod shield_information_barrier;

#[cfg(any(
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments"
))]
mod shield_information_barrier_base;

#[cfg(feature = "shield_information_barrier_reports")]
mod shield_information_barrier_reference;

#[cfg(feature = "shield_information_barrier_reports")]
mod shield_information_barrier_report;

#[cfg(feature = "shield_information_barrier_reports")]
mod shield_information_barrier_report_base;

#[cfg(feature = "shield_information_barrier_reports")]
mod shield_information_barrier_report_details;

#[cfg(feature = "shield_information_barrier_reports")]
mod shield_information_barrier_reports;

#[cfg(feature = "shield_information_barrier_segments")]
mod shield_information_barrier_segment;

#[cfg(feature = "shield_information_barrier_segment_members")]
mod shield_information_barrier_segment_member;

#[cfg(any(feature = "other-models", feature = "shield_information_barrier_segment_members"))]
mod shield_information_barrier_segment_member_base;

#[cfg(feature = "other-models")]
mod shield_information_barrier_segment_member_mini;

#[cfg(feature = "shield_information_barrier_segment_members")]
mod shield_information_barrier_segment_members;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
mod shield_information_barrier_segment_restriction;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
mod shield_information_barrier_segment_restriction_base;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
mod shield_information_barrier_segment_restriction_mini;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
mod shield_information_barrier_segment_restrictions;

#[cfg(feature = "shield_information_barrier_segments")]
mod shield_information_barrier_segments;

#[cfg(feature = "shield_information_barriers")]
mod shield_information_barriers;

#[cfg(feature = "sign_requests")]
mod sign_request;

#[cfg(feature = "other-models")]
mod sign_request_base;

#[cfg(feature = "sign_requests")]
mod sign_request_cancel_request;

#[cfg(feature = "sign_requests")]
mod sign_request_create_request;

#[cfg(feature = "sign_requests")]
mod sign_request_create_signer;

#[cfg(any(feature = "other-models", feature = "sign_requests"))]
mod sign_request_prefill_tag;

#[cfg(feature = "sign_requests")]
mod sign_request_signer;

#[cfg(feature = "sign_requests")]
mod sign_request_signer_attachment;

#[cfg(feature = "sign_requests")]
mod sign_request_signer_input;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_custom_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_date_asia_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_date_eu_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_date_iso_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_date_us_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_email_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_number_with_comma_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_number_with_period_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_ssn_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_zip4_validation;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
mod sign_request_signer_input_zip_validation;

#[cfg(feature = "sign_requests")]
mod sign_requests;

#[cfg(feature = "sign_templates")]
mod sign_template;

#[cfg(feature = "sign_templates")]
mod sign_templates;

#[cfg(feature = "skills")]
mod skill_card;

#[cfg(feature = "skills")]
mod skill_cards_metadata;

#[cfg(feature = "skills")]
mod status_skill_card;

#[cfg(feature = "storage_policies")]
mod storage_policies;

#[cfg(feature = "storage_policies")]
mod storage_policy;

#[cfg(feature = "storage_policy_assignments")]
mod storage_policy_assignment;

#[cfg(feature = "storage_policy_assignments")]
mod storage_policy_assignments;

#[cfg(any(feature = "storage_policies", feature = "storage_policy_assignments"))]
mod storage_policy_mini;

#[cfg(feature = "tasks")]
mod task;

#[cfg(any(feature = "task_assignments", feature = "tasks"))]
mod task_assignment;

#[cfg(any(feature = "task_assignments", feature = "tasks"))]
mod task_assignments;

#[cfg(feature = "tasks")]
mod tasks;

#[cfg(feature = "sign_templates")]
mod template_signer;

#[cfg(feature = "sign_templates")]
mod template_signer_input;

#[cfg(feature = "terms_of_services")]
mod terms_of_service;

#[cfg(any(
    feature = "list_collaborations",
    feature = "terms_of_service_user_statuses",
    feature = "terms_of_services",
    feature = "user_collaborations"
))]
mod terms_of_service_base;

#[cfg(feature = "terms_of_service_user_statuses")]
mod terms_of_service_user_status;

#[cfg(feature = "terms_of_service_user_statuses")]
mod terms_of_service_user_statuses;

#[cfg(feature = "terms_of_services")]
mod terms_of_services;

#[cfg(feature = "skills")]
mod timeline_skill_card;

#[cfg(feature = "users")]
mod tracking_code;

#[cfg(feature = "skills")]
mod transcript_skill_card;

#[cfg(feature = "trashed_files")]
mod trash_file;

#[cfg(feature = "trashed_files")]
mod trash_file_restored;

#[cfg(feature = "trashed_folders")]
mod trash_folder;

#[cfg(feature = "trashed_folders")]
mod trash_folder_restored;

#[cfg(feature = "trashed_web_links")]
mod trash_web_link;

#[cfg(feature = "trashed_web_links")]
mod trash_web_link_restored;

#[cfg(feature = "chunked_uploads")]
mod upload_part;

#[cfg(feature = "other-models")]
mod upload_part_mini;

#[cfg(feature = "chunked_uploads")]
mod upload_parts;

#[cfg(feature = "chunked_uploads")]
mod upload_session;

#[cfg(feature = "uploads")]
mod upload_url;

#[cfg(feature = "chunked_uploads")]
mod uploaded_part;

#[cfg(any(feature = "events", feature = "users"))]
mod user;

#[cfg(feature = "avatars")]
mod user_avatar;

#[cfg(any(
    feature = "ai_studio",
    feature = "chunked_uploads",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "events",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_versions",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments",
    feature = "shield_information_barriers",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "users",
    feature = "web_links",
    feature = "webhooks",
    feature = "workflows"
))]
mod user_base;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
mod user_collaborations;

#[cfg(feature = "users")]
mod user_full;

#[cfg(feature = "integration_mappings")]
mod user_integration_mappings;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "events",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_versions",
    feature = "files",
    feature = "folders",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links",
    feature = "webhooks"
))]
mod user_mini;

#[cfg(feature = "users")]
mod users;

#[cfg(any(feature = "file_watermarks", feature = "folder_watermarks"))]
mod watermark;

#[cfg(any(
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations",
    feature = "web_links"
))]
mod web_link;

#[cfg(any(
    feature = "app_item_associations",
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "other-models",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations",
    feature = "web_links"
))]
mod web_link_base;

#[cfg(feature = "other-models")]
mod web_link_mini;

#[cfg(feature = "webhooks")]
mod webhook;

#[cfg(feature = "webhooks")]
mod webhook_mini;

#[cfg(feature = "webhooks")]
mod webhooks;

#[cfg(feature = "workflows")]
mod workflow;

#[cfg(feature = "workflows")]
mod workflow_mini;

#[cfg(feature = "workflows")]
mod workflows;

#[cfg(feature = "zip_downloads")]
mod zip_download;

#[cfg(feature = "zip_downloads")]
mod zip_download_request;

#[cfg(feature = "zip_downloads")]
mod zip_download_status;

#[cfg(feature = "authorization")]
pub use access_token::*;

#[cfg(feature = "ai")]
pub use ai_agent::*;

#[cfg(feature = "ai_studio")]
pub use ai_agent_allowed_entity::*;

#[cfg(feature = "ai")]
pub use ai_agent_ask::*;

#[cfg(feature = "ai")]
pub use ai_agent_basic_gen_tool::*;

#[cfg(feature = "ai")]
pub use ai_agent_basic_text_tool::*;

#[cfg(feature = "other-models")]
pub use ai_agent_basic_text_tool_base::*;

#[cfg(feature = "other-models")]
pub use ai_agent_basic_text_tool_text_gen::*;

#[cfg(feature = "ai")]
pub use ai_agent_extract::*;

#[cfg(feature = "ai")]
pub use ai_agent_extract_structured::*;

#[cfg(feature = "ai")]
pub use ai_agent_info::*;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
pub use ai_agent_long_text_tool::*;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
pub use ai_agent_long_text_tool_text_gen::*;

#[cfg(feature = "ai")]
pub use ai_agent_reference::*;

#[cfg(any(feature = "ai", feature = "ai_studio"))]
pub use ai_agent_spreadsheet_tool::*;

#[cfg(feature = "ai")]
pub use ai_agent_text_gen::*;

#[cfg(feature = "ai")]
pub use ai_ask::*;

#[cfg(feature = "ai")]
pub use ai_ask_agent::*;

#[cfg(feature = "ai")]
pub use ai_citation::*;

#[cfg(feature = "ai")]
pub use ai_dialogue_history::*;

#[cfg(feature = "ai")]
pub use ai_extract::*;

#[cfg(feature = "ai")]
pub use ai_extract_agent::*;

#[cfg(feature = "ai")]
pub use ai_extract_field_option::*;

#[cfg(feature = "ai")]
pub use ai_extract_response::*;

#[cfg(feature = "ai")]
pub use ai_extract_structured::*;

#[cfg(feature = "ai")]
pub use ai_extract_structured_agent::*;

#[cfg(feature = "ai")]
pub use ai_extract_structured_response::*;

#[cfg(feature = "ai")]
pub use ai_extract_sub_field::*;

#[cfg(feature = "ai")]
pub use ai_item_ask::*;

#[cfg(feature = "ai")]
pub use ai_item_base::*;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
pub use ai_llm_endpoint_params::*;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
pub use ai_llm_endpoint_params_aws::*;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
pub use ai_llm_endpoint_params_google::*;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
pub use ai_llm_endpoint_params_ibm::*;

#[cfg(any(feature = "ai", feature = "ai_studio", feature = "other-models"))]
pub use ai_llm_endpoint_params_open_ai::*;

#[cfg(feature = "ai_studio")]
pub use ai_multiple_agent_response::*;

#[cfg(feature = "ai")]
pub use ai_options_rules::*;

#[cfg(feature = "ai")]
pub use ai_response::*;

#[cfg(feature = "ai")]
pub use ai_response_full::*;

#[cfg(feature = "ai_studio")]
pub use ai_single_agent_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_single_agent_response_full::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_ask::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_ask_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_basic_gen_tool::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_basic_gen_tool_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_basic_text_tool::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_basic_text_tool_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_extract::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_extract_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_long_text_tool::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_long_text_tool_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_spreadsheet_tool::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_spreadsheet_tool_response::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_text_gen::*;

#[cfg(feature = "ai_studio")]
pub use ai_studio_agent_text_gen_response::*;

#[cfg(feature = "ai")]
pub use ai_taxonomy_file_reference::*;

#[cfg(feature = "ai")]
pub use ai_taxonomy_reference::*;

#[cfg(feature = "ai")]
pub use ai_taxonomy_source::*;

#[cfg(feature = "ai")]
pub use ai_text_gen::*;

#[cfg(feature = "ai")]
pub use ai_text_gen_agent::*;

#[cfg(any(
    feature = "app_item_associations",
    feature = "list_collaborations",
    feature = "shared_links_app_items",
    feature = "user_collaborations"
))]
pub use app_item::*;

#[cfg(feature = "app_item_associations")]
pub use app_item_associated_item::*;

#[cfg(feature = "app_item_associations")]
pub use app_item_association::*;

#[cfg(feature = "app_item_associations")]
pub use app_item_associations::*;

#[cfg(feature = "events")]
pub use app_item_event_source::*;

#[cfg(any(feature = "file_classifications", feature = "folder_classifications"))]
pub use classification::*;

#[cfg(feature = "classifications")]
pub use classification_template::*;

#[cfg(any(
    feature = "ai",
    feature = "ai_studio",
    feature = "app_item_associations",
    feature = "avatars",
    feature = "chunked_uploads",
    feature = "classifications",
    feature = "collaboration_allowlist_entries",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "downloads",
    feature = "email_aliases",
    feature = "events",
    feature = "file_classifications",
    feature = "file_metadata",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "file_versions",
    feature = "file_watermarks",
    feature = "files",
    feature = "folder_classifications",
    feature = "folder_locks",
    feature = "folder_metadata",
    feature = "folder_watermarks",
    feature = "folders",
    feature = "groups",
    feature = "integration_mappings",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "metadata_cascade_policies",
    feature = "metadata_taxonomies",
    feature = "metadata_templates",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "session_termination",
    feature = "shared_links_app_items",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments",
    feature = "shield_information_barriers",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "skills",
    feature = "storage_policies",
    feature = "storage_policy_assignments",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "terms_of_services",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "users",
    feature = "web_links",
    feature = "webhooks",
    feature = "workflows",
    feature = "zip_downloads"
))]
pub use client_error::*;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
pub use collaboration::*;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
pub use collaboration_access_grantee::*;

#[cfg(feature = "collaboration_allowlist_entries")]
pub use collaboration_allowlist_entries::*;

#[cfg(feature = "collaboration_allowlist_entries")]
pub use collaboration_allowlist_entry::*;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
pub use collaboration_allowlist_exempt_target::*;

#[cfg(feature = "collaboration_allowlist_exempt_targets")]
pub use collaboration_allowlist_exempt_targets::*;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
pub use collaboration_item::*;

#[cfg(feature = "list_collaborations")]
pub use collaborations::*;

#[cfg(feature = "list_collaborations")]
pub use collaborations_offset_paginated::*;

#[cfg(feature = "workflows")]
pub use collaborator_variable::*;

#[cfg(feature = "collections")]
pub use collection::*;

#[cfg(feature = "collections")]
pub use collections::*;

#[cfg(feature = "comments")]
pub use comment::*;

#[cfg(feature = "comments")]
pub use comment_base::*;

#[cfg(feature = "comments")]
pub use comment_full::*;

#[cfg(feature = "comments")]
pub use comments::*;

#[cfg(feature = "workflows")]
pub use completion_rule_variable::*;

#[cfg(any(feature = "metadata_cascade_policies", feature = "uploads"))]
pub use conflict_error::*;

#[cfg(feature = "ai_studio")]
pub use create_ai_agent::*;

#[cfg(feature = "device_pinners")]
pub use device_pinner::*;

#[cfg(feature = "device_pinners")]
pub use device_pinners::*;

#[cfg(feature = "email_aliases")]
pub use email_alias::*;

#[cfg(feature = "email_aliases")]
pub use email_aliases::*;

#[cfg(feature = "shield_information_barriers")]
pub use enterprise_base::*;

#[cfg(feature = "events")]
pub use event::*;

#[cfg(feature = "events")]
pub use event_source::*;

#[cfg(feature = "events")]
pub use event_source_resource::*;

#[cfg(feature = "events")]
pub use events::*;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file::*;

#[cfg(any(
    feature = "app_item_associations",
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file_base::*;

#[cfg(any(feature = "metadata_cascade_policies", feature = "uploads"))]
pub use file_conflict::*;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file_full::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file_mini::*;

#[cfg(feature = "file_requests")]
pub use file_request::*;

#[cfg(feature = "file_requests")]
pub use file_request_copy_request::*;

#[cfg(feature = "file_requests")]
pub use file_request_update_request::*;

#[cfg(feature = "legal_hold_policy_assignments")]
pub use file_version::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "file_versions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file_version_base::*;

#[cfg(feature = "file_versions")]
pub use file_version_full::*;

#[cfg(feature = "file_version_legal_holds")]
pub use file_version_legal_hold::*;

#[cfg(feature = "file_version_legal_holds")]
pub use file_version_legal_holds::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_version_legal_holds",
    feature = "file_version_retentions",
    feature = "files",
    feature = "folders",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "metadata_cascade_policies",
    feature = "recent_items",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "task_assignments",
    feature = "tasks",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use file_version_mini::*;

#[cfg(feature = "file_version_retentions")]
pub use file_version_retention::*;

#[cfg(feature = "file_version_retentions")]
pub use file_version_retentions::*;

#[cfg(feature = "file_versions")]
pub use file_versions::*;

#[cfg(feature = "legal_hold_policy_assignments")]
pub use file_versions_on_hold::*;

#[cfg(any(feature = "chunked_uploads", feature = "uploads"))]
pub use files::*;

#[cfg(feature = "legal_hold_policy_assignments")]
pub use files_on_hold::*;

#[cfg(feature = "retention_policy_assignments")]
pub use files_under_retention::*;

#[cfg(any(
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "user_collaborations"
))]
pub use folder::*;

#[cfg(any(
    feature = "app_item_associations",
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_requests",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links"
))]
pub use folder_base::*;

#[cfg(any(
    feature = "folders",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer"
))]
pub use folder_full::*;

#[cfg(feature = "folder_locks")]
pub use folder_lock::*;

#[cfg(feature = "folder_locks")]
pub use folder_locks::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_requests",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "sign_requests",
    feature = "sign_templates",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links"
))]
pub use folder_mini::*;

#[cfg(feature = "integration_mappings")]
pub use folder_reference::*;

#[cfg(feature = "events")]
pub use generic_source::*;

#[cfg(feature = "other-models")]
pub use group::*;

#[cfg(any(
    feature = "ai_studio",
    feature = "events",
    feature = "groups",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "user_collaborations"
))]
pub use group_base::*;

#[cfg(feature = "groups")]
pub use group_full::*;

#[cfg(feature = "memberships")]
pub use group_membership::*;

#[cfg(feature = "memberships")]
pub use group_memberships::*;

#[cfg(any(
    feature = "events",
    feature = "groups",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "user_collaborations"
))]
pub use group_mini::*;

#[cfg(feature = "groups")]
pub use groups::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_base::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_box_item_slack::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_partner_item_slack::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_partner_item_teams::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_partner_item_teams_create_request::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_slack_create_request::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_slack_options::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_teams::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mapping_teams_create_request::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mappings::*;

#[cfg(feature = "integration_mappings")]
pub use integration_mappings_teams::*;

#[cfg(feature = "invites")]
pub use invite::*;

#[cfg(any(
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations"
))]
pub use item::*;

#[cfg(any(
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations"
))]
pub use items::*;

#[cfg(feature = "collections")]
pub use items_offset_paginated::*;

#[cfg(feature = "skills")]
pub use keyword_skill_card::*;

#[cfg(feature = "legal_hold_policies")]
pub use legal_hold_policies::*;

#[cfg(feature = "legal_hold_policies")]
pub use legal_hold_policy::*;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
pub use legal_hold_policy_assigned_item::*;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
pub use legal_hold_policy_assignment::*;

#[cfg(any(feature = "file_version_legal_holds", feature = "legal_hold_policy_assignments"))]
pub use legal_hold_policy_assignment_base::*;

#[cfg(feature = "legal_hold_policy_assignments")]
pub use legal_hold_policy_assignments::*;

#[cfg(any(
    feature = "file_version_legal_holds",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments"
))]
pub use legal_hold_policy_mini::*;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
pub use metadata::*;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
pub use metadata_base::*;

#[cfg(feature = "metadata_cascade_policies")]
pub use metadata_cascade_policies::*;

#[cfg(feature = "metadata_cascade_policies")]
pub use metadata_cascade_policy::*;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
pub use metadata_error::*;

#[cfg(feature = "search")]
pub use metadata_field_filter_date_range::*;

#[cfg(feature = "search")]
pub use metadata_field_filter_float_range::*;

#[cfg(feature = "search")]
pub use metadata_filter::*;

#[cfg(feature = "search")]
pub use metadata_filter_value::*;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "file_metadata",
    feature = "files",
    feature = "folder_metadata",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use metadata_full::*;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
pub use metadata_instance_value::*;

#[cfg(feature = "search")]
pub use metadata_query::*;

#[cfg(feature = "search")]
pub use metadata_query_result_item::*;

#[cfg(feature = "search")]
pub use metadata_query_results::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomies::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy_ancestor::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy_level::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy_levels::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy_node::*;

#[cfg(feature = "metadata_taxonomies")]
pub use metadata_taxonomy_nodes::*;

#[cfg(feature = "metadata_templates")]
pub use metadata_template::*;

#[cfg(feature = "metadata_templates")]
pub use metadata_templates::*;

#[cfg(any(feature = "file_metadata", feature = "folder_metadata"))]
pub use metadatas::*;

#[cfg(feature = "authorization")]
pub use o_auth2_error::*;

#[cfg(feature = "workflows")]
pub use outcome::*;

#[cfg(feature = "authorization")]
pub use post_o_auth2_revoke::*;

#[cfg(feature = "authorization")]
pub use post_o_auth2_token::*;

#[cfg(feature = "authorization")]
pub use post_o_auth2_token_refresh_access_token::*;

#[cfg(feature = "events")]
pub use realtime_server::*;

#[cfg(feature = "events")]
pub use realtime_servers::*;

#[cfg(feature = "recent_items")]
pub use recent_item::*;

#[cfg(feature = "recent_items")]
pub use recent_item_resource::*;

#[cfg(feature = "recent_items")]
pub use recent_items::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use resource::*;

#[cfg(any(
    feature = "authorization",
    feature = "chunked_uploads",
    feature = "collections",
    feature = "events",
    feature = "files",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "transfer",
    feature = "trashed_items",
    feature = "uploads",
    feature = "user_collaborations"
))]
pub use resource_scope::*;

#[cfg(feature = "retention_policies")]
pub use retention_policies::*;

#[cfg(feature = "retention_policies")]
pub use retention_policy::*;

#[cfg(feature = "retention_policy_assignments")]
pub use retention_policy_assignment::*;

#[cfg(feature = "retention_policy_assignments")]
pub use retention_policy_assignments::*;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
pub use retention_policy_base::*;

#[cfg(feature = "retention_policies")]
pub use retention_policy_max_extension_length_request::*;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
pub use retention_policy_max_extension_length_response::*;

#[cfg(any(
    feature = "file_version_retentions",
    feature = "retention_policies",
    feature = "retention_policy_assignments"
))]
pub use retention_policy_mini::*;

#[cfg(feature = "workflows")]
pub use role_variable::*;

#[cfg(feature = "search")]
pub use search_result_item::*;

#[cfg(feature = "search")]
pub use search_result_with_shared_link::*;

#[cfg(feature = "search")]
pub use search_result_with_shared_link_item::*;

#[cfg(feature = "search")]
pub use search_results::*;

#[cfg(feature = "search")]
pub use search_results_response::*;

#[cfg(feature = "search")]
pub use search_results_with_shared_links::*;

#[cfg(feature = "session_termination")]
pub use session_termination_message::*;

#[cfg(feature = "shield_information_barriers")]
pub use shield_information_barrier::*;

#[cfg(any(
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments"
))]
pub use shield_information_barrier_base::*;

#[cfg(feature = "shield_information_barrier_reports")]
pub use shield_information_barrier_reference::*;

#[cfg(feature = "shield_information_barrier_reports")]
pub use shield_information_barrier_report::*;

#[cfg(feature = "shield_information_barrier_reports")]
pub use shield_information_barrier_report_base::*;

#[cfg(feature = "shield_information_barrier_reports")]
pub use shield_information_barrier_report_details::*;

#[cfg(feature = "shield_information_barrier_reports")]
pub use shield_information_barrier_reports::*;

#[cfg(feature = "shield_information_barrier_segments")]
pub use shield_information_barrier_segment::*;

#[cfg(feature = "shield_information_barrier_segment_members")]
pub use shield_information_barrier_segment_member::*;

#[cfg(any(feature = "other-models", feature = "shield_information_barrier_segment_members"))]
pub use shield_information_barrier_segment_member_base::*;

#[cfg(feature = "other-models")]
pub use shield_information_barrier_segment_member_mini::*;

#[cfg(feature = "shield_information_barrier_segment_members")]
pub use shield_information_barrier_segment_members::*;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub use shield_information_barrier_segment_restriction::*;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub use shield_information_barrier_segment_restriction_base::*;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub use shield_information_barrier_segment_restriction_mini::*;

#[cfg(feature = "shield_information_barrier_segment_restrictions")]
pub use shield_information_barrier_segment_restrictions::*;

#[cfg(feature = "shield_information_barrier_segments")]
pub use shield_information_barrier_segments::*;

#[cfg(feature = "shield_information_barriers")]
pub use shield_information_barriers::*;

#[cfg(feature = "sign_requests")]
pub use sign_request::*;

#[cfg(feature = "other-models")]
pub use sign_request_base::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_cancel_request::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_create_request::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_create_signer::*;

#[cfg(any(feature = "other-models", feature = "sign_requests"))]
pub use sign_request_prefill_tag::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_signer::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_signer_attachment::*;

#[cfg(feature = "sign_requests")]
pub use sign_request_signer_input::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_custom_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_date_asia_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_date_eu_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_date_iso_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_date_us_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_email_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_number_with_comma_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_number_with_period_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_ssn_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_zip4_validation::*;

#[cfg(any(feature = "sign_requests", feature = "sign_templates"))]
pub use sign_request_signer_input_zip_validation::*;

#[cfg(feature = "sign_requests")]
pub use sign_requests::*;

#[cfg(feature = "sign_templates")]
pub use sign_template::*;

#[cfg(feature = "sign_templates")]
pub use sign_templates::*;

#[cfg(feature = "skills")]
pub use skill_card::*;

#[cfg(feature = "skills")]
pub use skill_cards_metadata::*;

#[cfg(feature = "skills")]
pub use status_skill_card::*;

#[cfg(feature = "storage_policies")]
pub use storage_policies::*;

#[cfg(feature = "storage_policies")]
pub use storage_policy::*;

#[cfg(feature = "storage_policy_assignments")]
pub use storage_policy_assignment::*;

#[cfg(feature = "storage_policy_assignments")]
pub use storage_policy_assignments::*;

#[cfg(any(feature = "storage_policies", feature = "storage_policy_assignments"))]
pub use storage_policy_mini::*;

#[cfg(feature = "tasks")]
pub use task::*;

#[cfg(any(feature = "task_assignments", feature = "tasks"))]
pub use task_assignment::*;

#[cfg(any(feature = "task_assignments", feature = "tasks"))]
pub use task_assignments::*;

#[cfg(feature = "tasks")]
pub use tasks::*;

#[cfg(feature = "sign_templates")]
pub use template_signer::*;

#[cfg(feature = "sign_templates")]
pub use template_signer_input::*;

#[cfg(feature = "terms_of_services")]
pub use terms_of_service::*;

#[cfg(any(
    feature = "list_collaborations",
    feature = "terms_of_service_user_statuses",
    feature = "terms_of_services",
    feature = "user_collaborations"
))]
pub use terms_of_service_base::*;

#[cfg(feature = "terms_of_service_user_statuses")]
pub use terms_of_service_user_status::*;

#[cfg(feature = "terms_of_service_user_statuses")]
pub use terms_of_service_user_statuses::*;

#[cfg(feature = "terms_of_services")]
pub use terms_of_services::*;

#[cfg(feature = "skills")]
pub use timeline_skill_card::*;

#[cfg(feature = "users")]
pub use tracking_code::*;

#[cfg(feature = "skills")]
pub use transcript_skill_card::*;

#[cfg(feature = "trashed_files")]
pub use trash_file::*;

#[cfg(feature = "trashed_files")]
pub use trash_file_restored::*;

#[cfg(feature = "trashed_folders")]
pub use trash_folder::*;

#[cfg(feature = "trashed_folders")]
pub use trash_folder_restored::*;

#[cfg(feature = "trashed_web_links")]
pub use trash_web_link::*;

#[cfg(feature = "trashed_web_links")]
pub use trash_web_link_restored::*;

#[cfg(feature = "chunked_uploads")]
pub use upload_part::*;

#[cfg(feature = "other-models")]
pub use upload_part_mini::*;

#[cfg(feature = "chunked_uploads")]
pub use upload_parts::*;

#[cfg(feature = "chunked_uploads")]
pub use upload_session::*;

#[cfg(feature = "uploads")]
pub use upload_url::*;

#[cfg(feature = "chunked_uploads")]
pub use uploaded_part::*;

#[cfg(any(feature = "events", feature = "users"))]
pub use user::*;

#[cfg(feature = "avatars")]
pub use user_avatar::*;

#[cfg(any(
    feature = "ai_studio",
    feature = "chunked_uploads",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "events",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_versions",
    feature = "files",
    feature = "folder_locks",
    feature = "folders",
    feature = "integration_mappings",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "other-models",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "shield_information_barrier_reports",
    feature = "shield_information_barrier_segment_members",
    feature = "shield_information_barrier_segment_restrictions",
    feature = "shield_information_barrier_segments",
    feature = "shield_information_barriers",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "users",
    feature = "web_links",
    feature = "webhooks",
    feature = "workflows"
))]
pub use user_base::*;

#[cfg(any(feature = "list_collaborations", feature = "user_collaborations"))]
pub use user_collaborations::*;

#[cfg(feature = "users")]
pub use user_full::*;

#[cfg(feature = "integration_mappings")]
pub use user_integration_mappings::*;

#[cfg(any(
    feature = "chunked_uploads",
    feature = "collaboration_allowlist_exempt_targets",
    feature = "collections",
    feature = "comments",
    feature = "device_pinners",
    feature = "events",
    feature = "file_requests",
    feature = "file_version_legal_holds",
    feature = "file_versions",
    feature = "files",
    feature = "folders",
    feature = "invites",
    feature = "legal_hold_policies",
    feature = "legal_hold_policy_assignments",
    feature = "list_collaborations",
    feature = "memberships",
    feature = "recent_items",
    feature = "retention_policies",
    feature = "retention_policy_assignments",
    feature = "search",
    feature = "shared_links_files",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "task_assignments",
    feature = "tasks",
    feature = "terms_of_service_user_statuses",
    feature = "transfer",
    feature = "trashed_files",
    feature = "trashed_folders",
    feature = "trashed_items",
    feature = "trashed_web_links",
    feature = "uploads",
    feature = "user_collaborations",
    feature = "web_links",
    feature = "webhooks"
))]
pub use user_mini::*;

#[cfg(feature = "users")]
pub use users::*;

#[cfg(any(feature = "file_watermarks", feature = "folder_watermarks"))]
pub use watermark::*;

#[cfg(any(
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations",
    feature = "web_links"
))]
pub use web_link::*;

#[cfg(any(
    feature = "app_item_associations",
    feature = "collections",
    feature = "events",
    feature = "folders",
    feature = "list_collaborations",
    feature = "other-models",
    feature = "recent_items",
    feature = "search",
    feature = "shared_links_folders",
    feature = "shared_links_web_links",
    feature = "transfer",
    feature = "trashed_items",
    feature = "user_collaborations",
    feature = "web_links"
))]
pub use web_link_base::*;

#[cfg(feature = "other-models")]
pub use web_link_mini::*;

#[cfg(feature = "webhooks")]
pub use webhook::*;

#[cfg(feature = "webhooks")]
pub use webhook_mini::*;

#[cfg(feature = "webhooks")]
pub use webhooks::*;

#[cfg(feature = "workflows")]
pub use workflow::*;

#[cfg(feature = "workflows")]
pub use workflow_mini::*;

#[cfg(feature = "workflows")]
pub use workflows::*;

#[cfg(feature = "zip_downloads")]
pub use zip_download::*;

#[cfg(feature = "zip_downloads")]
pub use zip_download_request::*;

#[cfg(feature = "zip_downloads")]
pub use zip_download_status::*;
