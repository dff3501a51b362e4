// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "server")]
mod about;

#[cfg(feature = "invitations")]
mod accept_invitation_read;

#[cfg(feature = "auth")]
mod access_token_read;

#[cfg(feature = "auth")]
mod access_token_write_request;

#[cfg(feature = "analytics")]
mod analytics_report;

#[cfg(feature = "quality")]
mod annotation_conflict;

#[cfg(feature = "quality")]
mod annotation_conflict_annotation_type;

#[cfg(feature = "quality")]
mod annotation_conflict_severity;

#[cfg(feature = "quality")]
mod annotation_conflict_type;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod annotation_file_request;

#[cfg(feature = "guides")]
mod annotation_guide_read;

#[cfg(feature = "guides")]
mod annotation_guide_write_request;

#[cfg(feature = "quality")]
mod annotation_id;

#[cfg(feature = "functions")]
mod annotation_request;

#[cfg(feature = "functions")]
mod annotation_request_function;

#[cfg(feature = "analytics")]
mod annotations_statistics;

#[cfg(feature = "functions")]
mod ar_assignment;

#[cfg(feature = "functions")]
mod ar_params;

#[cfg(feature = "functions")]
mod ar_params_request;

#[cfg(feature = "assets")]
mod asset_read;

#[cfg(feature = "assets")]
mod asset_write_request;

#[cfg(feature = "labels")]
mod attribute;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
mod attribute_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod attribute_val;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod attribute_val_request;

#[cfg(feature = "functions")]
mod attributed_shape_request;

#[cfg(feature = "invitations")]
mod basic_organization;

#[cfg(any(
    feature = "assets",
    feature = "auth",
    feature = "cloudstorages",
    feature = "comments",
    feature = "functions",
    feature = "invitations",
    feature = "issues",
    feature = "jobs",
    feature = "memberships",
    feature = "organizations",
    feature = "projects",
    feature = "quality",
    feature = "tasks",
    feature = "users",
    feature = "webhooks"
))]
mod basic_user;

#[cfg(feature = "cloudstorages")]
mod basic_user_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod chapter;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod chapter_metadata;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod chunk_type;

#[cfg(feature = "events")]
mod client_events;

#[cfg(feature = "events")]
mod client_events_request;

#[cfg(feature = "cloudstorages")]
mod cloud_storage_content;

#[cfg(feature = "cloudstorages")]
mod cloud_storage_read;

#[cfg(feature = "cloudstorages")]
mod cloud_storage_write_request;

#[cfg(feature = "comments")]
mod comment_read;

#[cfg(feature = "comments")]
mod comment_write_request;

#[cfg(feature = "issues")]
mod comments_summary;

#[cfg(feature = "consensus")]
mod consensus_merge_create_request;

#[cfg(feature = "consensus")]
mod consensus_settings;

#[cfg(feature = "analytics")]
mod count;

#[cfg(feature = "analytics")]
mod create_analytics_report_body_request;

#[cfg(feature = "cloudstorages")]
mod credentials_type_enum;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod data_meta_read;

#[cfg(feature = "tasks")]
mod data_request;

#[cfg(feature = "tasks")]
mod data_response;

#[cfg(feature = "projects")]
mod dataset_file_request;

#[cfg(feature = "server")]
mod dataset_format;

#[cfg(feature = "server")]
mod dataset_formats;

#[cfg(feature = "events")]
mod event;

#[cfg(feature = "events")]
mod event_request;

#[cfg(feature = "webhooks")]
mod events;

#[cfg(feature = "webhooks")]
mod events_enum;

#[cfg(any(feature = "cloudstorages", feature = "server"))]
mod file_info;

#[cfg(any(feature = "cloudstorages", feature = "server"))]
mod file_info_type_enum;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod frame_meta;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod frame_selection_method;

#[cfg(feature = "functions")]
mod function;

#[cfg(feature = "functions")]
mod function_attribute;

#[cfg(feature = "functions")]
mod function_attribute_request;

#[cfg(feature = "lambda")]
mod function_call;

#[cfg(feature = "lambda")]
mod function_call_params;

#[cfg(feature = "lambda")]
mod function_call_request;

#[cfg(feature = "functions")]
mod function_id_and_ar_params_request;

#[cfg(feature = "functions")]
mod function_label;

#[cfg(feature = "functions")]
mod function_label_request;

#[cfg(feature = "functions")]
mod function_request;

#[cfg(feature = "functions")]
mod function_sublabel;

#[cfg(feature = "functions")]
mod function_sublabel_request;

#[cfg(any(feature = "functions", feature = "labels", feature = "projects", feature = "tasks"))]
mod input_type_enum;

#[cfg(feature = "invitations")]
mod invitation_read;

#[cfg(feature = "invitations")]
mod invitation_write_request;

#[cfg(feature = "issues")]
mod issue_read;

#[cfg(feature = "issues")]
mod issue_write_request;

#[cfg(feature = "jobs")]
mod issues_summary;

#[cfg(feature = "jobs")]
mod job_read;

#[cfg(any(feature = "analytics", feature = "jobs"))]
mod job_stage;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
mod job_status;

#[cfg(any(feature = "analytics", feature = "jobs"))]
mod job_type;

#[cfg(feature = "quality")]
mod job_validation;

#[cfg(feature = "quality")]
mod job_validation_create_request;

#[cfg(feature = "jobs")]
mod job_validation_layout_read;

#[cfg(feature = "quality")]
mod job_validation_status_enum;

#[cfg(feature = "jobs")]
mod job_write_request;

#[cfg(feature = "tasks")]
mod jobs_summary;

#[cfg(feature = "functions")]
mod kind_enum;

#[cfg(feature = "labels")]
mod label;

#[cfg(feature = "functions")]
mod label_mapping_entry;

#[cfg(any(feature = "functions", feature = "lambda"))]
mod label_mapping_entry_request;

#[cfg(any(feature = "functions", feature = "labels", feature = "projects", feature = "tasks"))]
mod label_type;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod labeled_data;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod labeled_data_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod labeled_image;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod labeled_image_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod labeled_interval;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod labeled_interval_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod labeled_shape;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod labeled_shape_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod labeled_track;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod labeled_track_request;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
mod labels_summary;

#[cfg(feature = "limits")]
mod limit;

#[cfg(feature = "limits")]
mod limit_request;

#[cfg(feature = "limits")]
mod limit_type_enum;

#[cfg(feature = "limits")]
mod limits_field;

#[cfg(feature = "limits")]
mod limits_field_request;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
mod location_enum;

#[cfg(feature = "auth")]
mod login_serializer_ex_request;

#[cfg(feature = "memberships")]
mod membership_read;

#[cfg(feature = "users")]
mod meta_user;

#[cfg(feature = "other-models")]
mod null_enum;

#[cfg(feature = "lambda")]
mod online_function_call_request;

#[cfg(any(feature = "analytics", feature = "jobs"))]
mod operation_status;

#[cfg(feature = "organizations")]
mod organization_read;

#[cfg(feature = "organizations")]
mod organization_write_request;

#[cfg(feature = "auth")]
mod paginated_access_token_read_list;

#[cfg(feature = "quality")]
mod paginated_annotation_conflict_list;

#[cfg(feature = "cloudstorages")]
mod paginated_cloud_storage_read_list;

#[cfg(feature = "comments")]
mod paginated_comment_read_list;

#[cfg(feature = "consensus")]
mod paginated_consensus_settings_list;

#[cfg(feature = "functions")]
mod paginated_function_list;

#[cfg(feature = "invitations")]
mod paginated_invitation_read_list;

#[cfg(feature = "issues")]
mod paginated_issue_read_list;

#[cfg(feature = "jobs")]
mod paginated_job_read_list;

#[cfg(feature = "quality")]
mod paginated_job_validation_list;

#[cfg(feature = "labels")]
mod paginated_label_list;

#[cfg(feature = "limits")]
mod paginated_limit_list;

#[cfg(feature = "memberships")]
mod paginated_membership_read_list;

#[cfg(feature = "users")]
mod paginated_meta_user_list;

#[cfg(feature = "organizations")]
mod paginated_organization_read_list;

#[cfg(feature = "projects")]
mod paginated_project_read_list;

#[cfg(feature = "quality")]
mod paginated_quality_report_list;

#[cfg(feature = "quality")]
mod paginated_quality_settings_list;

#[cfg(feature = "requests")]
mod paginated_request_list;

#[cfg(feature = "tasks")]
mod paginated_task_read_list;

#[cfg(feature = "usage")]
mod paginated_usage_list;

#[cfg(feature = "webhooks")]
mod paginated_webhook_delivery_read_list;

#[cfg(feature = "webhooks")]
mod paginated_webhook_read_list;

#[cfg(feature = "auth")]
mod password_change_request;

#[cfg(feature = "auth")]
mod password_reset_confirm_request;

#[cfg(feature = "auth")]
mod password_reset_serializer_ex_request;

#[cfg(feature = "auth")]
mod patched_access_token_write_request;

#[cfg(feature = "guides")]
mod patched_annotation_guide_write_request;

#[cfg(feature = "cloudstorages")]
mod patched_cloud_storage_write_request;

#[cfg(feature = "comments")]
mod patched_comment_write_request;

#[cfg(feature = "consensus")]
mod patched_consensus_settings_request;

#[cfg(feature = "tasks")]
mod patched_data_meta_write_request;

#[cfg(feature = "issues")]
mod patched_issue_write_request;

#[cfg(feature = "jobs")]
mod patched_job_data_meta_write_request;

#[cfg(feature = "jobs")]
mod patched_job_validation_layout_write_request;

#[cfg(feature = "jobs")]
mod patched_job_write_request;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
mod patched_label_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod patched_labeled_data_request;

#[cfg(feature = "limits")]
mod patched_limit_request;

#[cfg(feature = "memberships")]
mod patched_membership_write_request;

#[cfg(feature = "organizations")]
mod patched_organization_write_request;

#[cfg(feature = "projects")]
mod patched_project_write_request;

#[cfg(feature = "quality")]
mod patched_quality_settings_request;

#[cfg(feature = "tasks")]
mod patched_task_validation_layout_write_request;

#[cfg(feature = "tasks")]
mod patched_task_write_request;

#[cfg(feature = "users")]
mod patched_user_request;

#[cfg(feature = "webhooks")]
mod patched_webhook_write_request;

#[cfg(feature = "server")]
mod plugins;

#[cfg(feature = "projects")]
mod project_file_request;

#[cfg(feature = "projects")]
mod project_read;

#[cfg(feature = "projects")]
mod project_write_request;

#[cfg(feature = "cloudstorages")]
mod provider_type_enum;

#[cfg(feature = "quality")]
mod quality_point_size_base;

#[cfg(feature = "quality")]
mod quality_report;

#[cfg(feature = "quality")]
mod quality_report_create_request;

#[cfg(feature = "quality")]
mod quality_report_jobs_summary;

#[cfg(feature = "quality")]
mod quality_report_summary;

#[cfg(any(feature = "analytics", feature = "quality"))]
mod quality_report_target;

#[cfg(feature = "quality")]
mod quality_report_tasks_summary;

#[cfg(feature = "quality")]
mod quality_settings;

#[cfg(feature = "quality")]
mod quality_target_metric;

#[cfg(feature = "functions")]
mod queue_request_acquire_input_request;

#[cfg(feature = "functions")]
mod queue_request_acquire_output;

#[cfg(feature = "functions")]
mod queue_request_complete_input_request;

#[cfg(feature = "functions")]
mod queue_request_fail_input_request;

#[cfg(feature = "functions")]
mod queue_request_update_input_request;

#[cfg(feature = "auth")]
mod register_serializer_with_subscriptions;

#[cfg(feature = "auth")]
mod register_serializer_with_subscriptions_request;

#[cfg(feature = "analytics")]
mod report_event;

#[cfg(feature = "requests")]
mod request;

#[cfg(feature = "functions")]
mod request_category_enum;

#[cfg(feature = "requests")]
mod request_data_operation;

#[cfg(feature = "requests")]
mod request_status;

#[cfg(feature = "auth")]
mod rest_auth_detail;

#[cfg(any(feature = "invitations", feature = "memberships"))]
mod role_enum;

#[cfg(any(
    feature = "analytics",
    feature = "consensus",
    feature = "events",
    feature = "jobs",
    feature = "projects",
    feature = "quality",
    feature = "tasks"
))]
mod rq_id;

#[cfg(feature = "tasks")]
mod rq_status;

#[cfg(feature = "tasks")]
mod rq_status_state_enum;

#[cfg(feature = "auth")]
mod selection_schema_enum;

#[cfg(feature = "functions")]
mod shape;

#[cfg(feature = "functions")]
mod shape_request;

#[cfg(any(feature = "functions", feature = "jobs", feature = "quality", feature = "tasks"))]
mod shape_type;

#[cfg(feature = "auth")]
mod social_auth_method;

#[cfg(feature = "auth")]
mod social_auth_methods;

#[cfg(feature = "auth")]
mod social_login_serializer_ex_request;

#[cfg(feature = "tasks")]
mod sorting_method;

#[cfg(feature = "auth")]
mod sso_auth_method;

#[cfg(feature = "auth")]
mod sso_login_url;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
mod storage;

#[cfg(feature = "tasks")]
mod storage_method;

#[cfg(any(feature = "projects", feature = "tasks"))]
mod storage_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod storage_type;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod sub_labeled_shape;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod sub_labeled_shape_request;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod sub_labeled_track;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod sub_labeled_track_request;

#[cfg(feature = "labels")]
mod sublabel;

#[cfg(feature = "functions")]
mod sublabel_mapping_entry;

#[cfg(any(feature = "functions", feature = "lambda"))]
mod sublabel_mapping_entry_request;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
mod sublabel_request;

#[cfg(feature = "tasks")]
mod task_file_request;

#[cfg(feature = "tasks")]
mod task_read;

#[cfg(feature = "tasks")]
mod task_validation_layout_read;

#[cfg(feature = "tasks")]
mod task_write_request;

#[cfg(feature = "projects")]
mod tasks_summary;

#[cfg(feature = "auth")]
mod token;

#[cfg(any(feature = "jobs", feature = "tasks"))]
mod tracked_shape;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
mod tracked_shape_request;

#[cfg(feature = "functions")]
mod type837_enum;

#[cfg(feature = "usage")]
mod usage;

#[cfg(feature = "users")]
mod user;

#[cfg(any(feature = "auth", feature = "subscriptions"))]
mod user_agreement;

#[cfg(feature = "auth")]
mod user_agreement_request;

#[cfg(feature = "requests")]
mod user_identifiers;

#[cfg(feature = "tasks")]
mod validation_mode;

#[cfg(feature = "tasks")]
mod validation_params_request;

#[cfg(feature = "functions")]
mod visibility_enum;

#[cfg(feature = "webhooks")]
mod webhook_content_type;

#[cfg(feature = "webhooks")]
mod webhook_delivery_read;

#[cfg(feature = "webhooks")]
mod webhook_read;

#[cfg(feature = "webhooks")]
mod webhook_type;

#[cfg(feature = "webhooks")]
mod webhook_write_request;

#[cfg(feature = "server")]
pub use about::*;

#[cfg(feature = "invitations")]
pub use accept_invitation_read::*;

#[cfg(feature = "auth")]
pub use access_token_read::*;

#[cfg(feature = "auth")]
pub use access_token_write_request::*;

#[cfg(feature = "analytics")]
pub use analytics_report::*;

#[cfg(feature = "quality")]
pub use annotation_conflict::*;

#[cfg(feature = "quality")]
pub use annotation_conflict_annotation_type::*;

#[cfg(feature = "quality")]
pub use annotation_conflict_severity::*;

#[cfg(feature = "quality")]
pub use annotation_conflict_type::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use annotation_file_request::*;

#[cfg(feature = "guides")]
pub use annotation_guide_read::*;

#[cfg(feature = "guides")]
pub use annotation_guide_write_request::*;

#[cfg(feature = "quality")]
pub use annotation_id::*;

#[cfg(feature = "functions")]
pub use annotation_request::*;

#[cfg(feature = "functions")]
pub use annotation_request_function::*;

#[cfg(feature = "analytics")]
pub use annotations_statistics::*;

#[cfg(feature = "functions")]
pub use ar_assignment::*;

#[cfg(feature = "functions")]
pub use ar_params::*;

#[cfg(feature = "functions")]
pub use ar_params_request::*;

#[cfg(feature = "assets")]
pub use asset_read::*;

#[cfg(feature = "assets")]
pub use asset_write_request::*;

#[cfg(feature = "labels")]
pub use attribute::*;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
pub use attribute_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use attribute_val::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use attribute_val_request::*;

#[cfg(feature = "functions")]
pub use attributed_shape_request::*;

#[cfg(feature = "invitations")]
pub use basic_organization::*;

#[cfg(any(
    feature = "assets",
    feature = "auth",
    feature = "cloudstorages",
    feature = "comments",
    feature = "functions",
    feature = "invitations",
    feature = "issues",
    feature = "jobs",
    feature = "memberships",
    feature = "organizations",
    feature = "projects",
    feature = "quality",
    feature = "tasks",
    feature = "users",
    feature = "webhooks"
))]
pub use basic_user::*;

#[cfg(feature = "cloudstorages")]
pub use basic_user_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use chapter::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use chapter_metadata::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use chunk_type::*;

#[cfg(feature = "events")]
pub use client_events::*;

#[cfg(feature = "events")]
pub use client_events_request::*;

#[cfg(feature = "cloudstorages")]
pub use cloud_storage_content::*;

#[cfg(feature = "cloudstorages")]
pub use cloud_storage_read::*;

#[cfg(feature = "cloudstorages")]
pub use cloud_storage_write_request::*;

#[cfg(feature = "comments")]
pub use comment_read::*;

#[cfg(feature = "comments")]
pub use comment_write_request::*;

#[cfg(feature = "issues")]
pub use comments_summary::*;

#[cfg(feature = "consensus")]
pub use consensus_merge_create_request::*;

#[cfg(feature = "consensus")]
pub use consensus_settings::*;

#[cfg(feature = "analytics")]
pub use count::*;

#[cfg(feature = "analytics")]
pub use create_analytics_report_body_request::*;

#[cfg(feature = "cloudstorages")]
pub use credentials_type_enum::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use data_meta_read::*;

#[cfg(feature = "tasks")]
pub use data_request::*;

#[cfg(feature = "tasks")]
pub use data_response::*;

#[cfg(feature = "projects")]
pub use dataset_file_request::*;

#[cfg(feature = "server")]
pub use dataset_format::*;

#[cfg(feature = "server")]
pub use dataset_formats::*;

#[cfg(feature = "events")]
pub use event::*;

#[cfg(feature = "events")]
pub use event_request::*;

#[cfg(feature = "webhooks")]
pub use events::*;

#[cfg(feature = "webhooks")]
pub use events_enum::*;

#[cfg(any(feature = "cloudstorages", feature = "server"))]
pub use file_info::*;

#[cfg(any(feature = "cloudstorages", feature = "server"))]
pub use file_info_type_enum::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use frame_meta::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use frame_selection_method::*;

#[cfg(feature = "functions")]
pub use function::*;

#[cfg(feature = "functions")]
pub use function_attribute::*;

#[cfg(feature = "functions")]
pub use function_attribute_request::*;

#[cfg(feature = "lambda")]
pub use function_call::*;

#[cfg(feature = "lambda")]
pub use function_call_params::*;

#[cfg(feature = "lambda")]
pub use function_call_request::*;

#[cfg(feature = "functions")]
pub use function_id_and_ar_params_request::*;

#[cfg(feature = "functions")]
pub use function_label::*;

#[cfg(feature = "functions")]
pub use function_label_request::*;

#[cfg(feature = "functions")]
pub use function_request::*;

#[cfg(feature = "functions")]
pub use function_sublabel::*;

#[cfg(feature = "functions")]
pub use function_sublabel_request::*;

#[cfg(any(feature = "functions", feature = "labels", feature = "projects", feature = "tasks"))]
pub use input_type_enum::*;

#[cfg(feature = "invitations")]
pub use invitation_read::*;

#[cfg(feature = "invitations")]
pub use invitation_write_request::*;

#[cfg(feature = "issues")]
pub use issue_read::*;

#[cfg(feature = "issues")]
pub use issue_write_request::*;

#[cfg(feature = "jobs")]
pub use issues_summary::*;

#[cfg(feature = "jobs")]
pub use job_read::*;

#[cfg(any(feature = "analytics", feature = "jobs"))]
pub use job_stage::*;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
pub use job_status::*;

#[cfg(any(feature = "analytics", feature = "jobs"))]
pub use job_type::*;

#[cfg(feature = "quality")]
pub use job_validation::*;

#[cfg(feature = "quality")]
pub use job_validation_create_request::*;

#[cfg(feature = "jobs")]
pub use job_validation_layout_read::*;

#[cfg(feature = "quality")]
pub use job_validation_status_enum::*;

#[cfg(feature = "jobs")]
pub use job_write_request::*;

#[cfg(feature = "tasks")]
pub use jobs_summary::*;

#[cfg(feature = "functions")]
pub use kind_enum::*;

#[cfg(feature = "labels")]
pub use label::*;

#[cfg(feature = "functions")]
pub use label_mapping_entry::*;

#[cfg(any(feature = "functions", feature = "lambda"))]
pub use label_mapping_entry_request::*;

#[cfg(any(feature = "functions", feature = "labels", feature = "projects", feature = "tasks"))]
pub use label_type::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use labeled_data::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use labeled_data_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use labeled_image::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use labeled_image_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use labeled_interval::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use labeled_interval_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use labeled_shape::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use labeled_shape_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use labeled_track::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use labeled_track_request::*;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
pub use labels_summary::*;

#[cfg(feature = "limits")]
pub use limit::*;

#[cfg(feature = "limits")]
pub use limit_request::*;

#[cfg(feature = "limits")]
pub use limit_type_enum::*;

#[cfg(feature = "limits")]
pub use limits_field::*;

#[cfg(feature = "limits")]
pub use limits_field_request::*;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
pub use location_enum::*;

#[cfg(feature = "auth")]
pub use login_serializer_ex_request::*;

#[cfg(feature = "memberships")]
pub use membership_read::*;

#[cfg(feature = "users")]
pub use meta_user::*;

#[cfg(feature = "other-models")]
pub use null_enum::*;

#[cfg(feature = "lambda")]
pub use online_function_call_request::*;

#[cfg(any(feature = "analytics", feature = "jobs"))]
pub use operation_status::*;

#[cfg(feature = "organizations")]
pub use organization_read::*;

#[cfg(feature = "organizations")]
pub use organization_write_request::*;

#[cfg(feature = "auth")]
pub use paginated_access_token_read_list::*;

#[cfg(feature = "quality")]
pub use paginated_annotation_conflict_list::*;

#[cfg(feature = "cloudstorages")]
pub use paginated_cloud_storage_read_list::*;

#[cfg(feature = "comments")]
pub use paginated_comment_read_list::*;

#[cfg(feature = "consensus")]
pub use paginated_consensus_settings_list::*;

#[cfg(feature = "functions")]
pub use paginated_function_list::*;

#[cfg(feature = "invitations")]
pub use paginated_invitation_read_list::*;

#[cfg(feature = "issues")]
pub use paginated_issue_read_list::*;

#[cfg(feature = "jobs")]
pub use paginated_job_read_list::*;

#[cfg(feature = "quality")]
pub use paginated_job_validation_list::*;

#[cfg(feature = "labels")]
pub use paginated_label_list::*;

#[cfg(feature = "limits")]
pub use paginated_limit_list::*;

#[cfg(feature = "memberships")]
pub use paginated_membership_read_list::*;

#[cfg(feature = "users")]
pub use paginated_meta_user_list::*;

#[cfg(feature = "organizations")]
pub use paginated_organization_read_list::*;

#[cfg(feature = "projects")]
pub use paginated_project_read_list::*;

#[cfg(feature = "quality")]
pub use paginated_quality_report_list::*;

#[cfg(feature = "quality")]
pub use paginated_quality_settings_list::*;

#[cfg(feature = "requests")]
pub use paginated_request_list::*;

#[cfg(feature = "tasks")]
pub use paginated_task_read_list::*;

#[cfg(feature = "usage")]
pub use paginated_usage_list::*;

#[cfg(feature = "webhooks")]
pub use paginated_webhook_delivery_read_list::*;

#[cfg(feature = "webhooks")]
pub use paginated_webhook_read_list::*;

#[cfg(feature = "auth")]
pub use password_change_request::*;

#[cfg(feature = "auth")]
pub use password_reset_confirm_request::*;

#[cfg(feature = "auth")]
pub use password_reset_serializer_ex_request::*;

#[cfg(feature = "auth")]
pub use patched_access_token_write_request::*;

#[cfg(feature = "guides")]
pub use patched_annotation_guide_write_request::*;

#[cfg(feature = "cloudstorages")]
pub use patched_cloud_storage_write_request::*;

#[cfg(feature = "comments")]
pub use patched_comment_write_request::*;

#[cfg(feature = "consensus")]
pub use patched_consensus_settings_request::*;

#[cfg(feature = "tasks")]
pub use patched_data_meta_write_request::*;

#[cfg(feature = "issues")]
pub use patched_issue_write_request::*;

#[cfg(feature = "jobs")]
pub use patched_job_data_meta_write_request::*;

#[cfg(feature = "jobs")]
pub use patched_job_validation_layout_write_request::*;

#[cfg(feature = "jobs")]
pub use patched_job_write_request::*;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
pub use patched_label_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use patched_labeled_data_request::*;

#[cfg(feature = "limits")]
pub use patched_limit_request::*;

#[cfg(feature = "memberships")]
pub use patched_membership_write_request::*;

#[cfg(feature = "organizations")]
pub use patched_organization_write_request::*;

#[cfg(feature = "projects")]
pub use patched_project_write_request::*;

#[cfg(feature = "quality")]
pub use patched_quality_settings_request::*;

#[cfg(feature = "tasks")]
pub use patched_task_validation_layout_write_request::*;

#[cfg(feature = "tasks")]
pub use patched_task_write_request::*;

#[cfg(feature = "users")]
pub use patched_user_request::*;

#[cfg(feature = "webhooks")]
pub use patched_webhook_write_request::*;

#[cfg(feature = "server")]
pub use plugins::*;

#[cfg(feature = "projects")]
pub use project_file_request::*;

#[cfg(feature = "projects")]
pub use project_read::*;

#[cfg(feature = "projects")]
pub use project_write_request::*;

#[cfg(feature = "cloudstorages")]
pub use provider_type_enum::*;

#[cfg(feature = "quality")]
pub use quality_point_size_base::*;

#[cfg(feature = "quality")]
pub use quality_report::*;

#[cfg(feature = "quality")]
pub use quality_report_create_request::*;

#[cfg(feature = "quality")]
pub use quality_report_jobs_summary::*;

#[cfg(feature = "quality")]
pub use quality_report_summary::*;

#[cfg(any(feature = "analytics", feature = "quality"))]
pub use quality_report_target::*;

#[cfg(feature = "quality")]
pub use quality_report_tasks_summary::*;

#[cfg(feature = "quality")]
pub use quality_settings::*;

#[cfg(feature = "quality")]
pub use quality_target_metric::*;

#[cfg(feature = "functions")]
pub use queue_request_acquire_input_request::*;

#[cfg(feature = "functions")]
pub use queue_request_acquire_output::*;

#[cfg(feature = "functions")]
pub use queue_request_complete_input_request::*;

#[cfg(feature = "functions")]
pub use queue_request_fail_input_request::*;

#[cfg(feature = "functions")]
pub use queue_request_update_input_request::*;

#[cfg(feature = "auth")]
pub use register_serializer_with_subscriptions::*;

#[cfg(feature = "auth")]
pub use register_serializer_with_subscriptions_request::*;

#[cfg(feature = "analytics")]
pub use report_event::*;

#[cfg(feature = "requests")]
pub use request::*;

#[cfg(feature = "functions")]
pub use request_category_enum::*;

#[cfg(feature = "requests")]
pub use request_data_operation::*;

#[cfg(feature = "requests")]
pub use request_status::*;

#[cfg(feature = "auth")]
pub use rest_auth_detail::*;

#[cfg(any(feature = "invitations", feature = "memberships"))]
pub use role_enum::*;

#[cfg(any(
    feature = "analytics",
    feature = "consensus",
    feature = "events",
    feature = "jobs",
    feature = "projects",
    feature = "quality",
    feature = "tasks"
))]
pub use rq_id::*;

#[cfg(feature = "tasks")]
pub use rq_status::*;

#[cfg(feature = "tasks")]
pub use rq_status_state_enum::*;

#[cfg(feature = "auth")]
pub use selection_schema_enum::*;

#[cfg(feature = "functions")]
pub use shape::*;

#[cfg(feature = "functions")]
pub use shape_request::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "quality", feature = "tasks"))]
pub use shape_type::*;

#[cfg(feature = "auth")]
pub use social_auth_method::*;

#[cfg(feature = "auth")]
pub use social_auth_methods::*;

#[cfg(feature = "auth")]
pub use social_login_serializer_ex_request::*;

#[cfg(feature = "tasks")]
pub use sorting_method::*;

#[cfg(feature = "auth")]
pub use sso_auth_method::*;

#[cfg(feature = "auth")]
pub use sso_login_url::*;

#[cfg(any(feature = "jobs", feature = "projects", feature = "tasks"))]
pub use storage::*;

#[cfg(feature = "tasks")]
pub use storage_method::*;

#[cfg(any(feature = "projects", feature = "tasks"))]
pub use storage_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use storage_type::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use sub_labeled_shape::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use sub_labeled_shape_request::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use sub_labeled_track::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use sub_labeled_track_request::*;

#[cfg(feature = "labels")]
pub use sublabel::*;

#[cfg(feature = "functions")]
pub use sublabel_mapping_entry::*;

#[cfg(any(feature = "functions", feature = "lambda"))]
pub use sublabel_mapping_entry_request::*;

#[cfg(any(feature = "labels", feature = "projects", feature = "tasks"))]
pub use sublabel_request::*;

#[cfg(feature = "tasks")]
pub use task_file_request::*;

#[cfg(feature = "tasks")]
pub use task_read::*;

#[cfg(feature = "tasks")]
pub use task_validation_layout_read::*;

#[cfg(feature = "tasks")]
pub use task_write_request::*;

#[cfg(feature = "projects")]
pub use tasks_summary::*;

#[cfg(feature = "auth")]
pub use token::*;

#[cfg(any(feature = "jobs", feature = "tasks"))]
pub use tracked_shape::*;

#[cfg(any(feature = "functions", feature = "jobs", feature = "tasks"))]
pub use tracked_shape_request::*;

#[cfg(feature = "functions")]
pub use type837_enum::*;

#[cfg(feature = "usage")]
pub use usage::*;

#[cfg(feature = "users")]
pub use user::*;

#[cfg(any(feature = "auth", feature = "subscriptions"))]
pub use user_agreement::*;

#[cfg(feature = "auth")]
pub use user_agreement_request::*;

#[cfg(feature = "requests")]
pub use user_identifiers::*;

#[cfg(feature = "tasks")]
pub use validation_mode::*;

#[cfg(feature = "tasks")]
pub use validation_params_request::*;

#[cfg(feature = "functions")]
pub use visibility_enum::*;

#[cfg(feature = "webhooks")]
pub use webhook_content_type::*;

#[cfg(feature = "webhooks")]
pub use webhook_delivery_read::*;

#[cfg(feature = "webhooks")]
pub use webhook_read::*;

#[cfg(feature = "webhooks")]
pub use webhook_type::*;

#[cfg(feature = "webhooks")]
pub use webhook_write_request::*;
