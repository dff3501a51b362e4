// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `zip_downloads` operations: [`ZipDownloadsManager`] and one request builder per operation.

use crate::models::{ClientError, ZipDownload, ZipDownloadRequest, ZipDownloadStatus};
use crate::runtime::{self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, decode_error, request_builder};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::zip_downloads`](crate::Client::zip_downloads) or [`ZipDownloadsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ZipDownloadsManager<'a> {
    client: &'a Client,
}

impl<'a> ZipDownloadsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create zip download
    ///
    /// Creates a request to download multiple files and folders as a single `zip`
    /// archive file. This API does not return the archive but instead performs all
    /// the checks to ensure that the user has access to all the items, and then
    /// returns a `download_url` and a `status_url` that can be used to download the
    /// archive.
    ///
    /// The limit for an archive is either the Account's upload limit or
    /// 10,000 files, whichever is met first.
    ///
    /// **Note**: Downloading a large file can be
    /// affected by various
    /// factors such as distance, network latency,
    /// bandwidth, and congestion, as well as packet loss
    /// ratio and current server load.
    /// For these reasons we recommend that a maximum ZIP archive
    /// total size does not exceed 25GB.
    ///
    /// `POST /zip_downloads`
    #[inline]
    pub fn create_zip_download(&self) -> CreateZipDownload<'a> {
        CreateZipDownload::new(self.client)
    }

    /// Download zip archive
    ///
    /// Returns the contents of a `zip` archive in binary format. This URL does not
    /// require any form of authentication and could be used in a user's browser to
    /// download the archive to a user's device.
    ///
    /// By default, this URL is only valid for a few seconds from the creation of
    /// the request for this archive. Once a download has started it can not be
    /// stopped and resumed, instead a new request for a zip archive would need to
    /// be created.
    ///
    /// The URL of this endpoint should not be considered as fixed. Instead, use
    /// the [Create zip download](https://developer.box.com/reference/post-zip-downloads) API to request to create a
    /// `zip` archive, and then follow the `download_url` field in the response to
    /// this endpoint.
    ///
    /// `GET /zip_downloads/{zip_download_id}/content`
    #[inline]
    pub fn get_zip_download_content(&self, zip_download_id: impl AsRef<str>) -> GetZipDownloadContent<'a> {
        GetZipDownloadContent::new(self.client, zip_download_id)
    }

    /// Get zip download status
    ///
    /// Returns the download status of a `zip` archive, allowing an application to
    /// inspect the progress of the download as well as the number of items that
    /// might have been skipped.
    ///
    /// This endpoint can only be accessed once the download has started.
    /// Subsequently this endpoint is valid for 12 hours from the start of the
    /// download.
    ///
    /// The URL of this endpoint should not be considered as fixed. Instead, use
    /// the [Create zip download](https://developer.box.com/reference/post-zip-downloads) API to request to create a
    /// `zip` archive, and then follow the `status_url` field in the response to
    /// this endpoint.
    ///
    /// `GET /zip_downloads/{zip_download_id}/status`
    #[inline]
    pub fn get_zip_download_status(&self, zip_download_id: impl AsRef<str>) -> GetZipDownloadStatus<'a> {
        GetZipDownloadStatus::new(self.client, zip_download_id)
    }
}

/// Request builder for [`ZipDownloadsManager::create_zip_download`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateZipDownload<'a> {
    call: Call<'a>,
}

impl<'a> CreateZipDownload<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_zip_downloads",
            method: reqwest::Method::POST,
            path: "/zip_downloads",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1zip_downloads/post/requestBody`).
    #[inline]
    pub fn zip_download_request(mut self, zip_download_request: ZipDownloadRequest) -> Self {
        self.call.body(&zip_download_request);
        self
    }
}

request_builder!(runtime, CreateZipDownload => json ZipDownload);

/// Request builder for [`ZipDownloadsManager::get_zip_download_content`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetZipDownloadContent<'a> {
    call: Call<'a>,
}

impl<'a> GetZipDownloadContent<'a> {
    #[inline]
    fn new(client: &'a Client, zip_download_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_zip_downloads_id_content",
            method: reqwest::Method::GET,
            path: "/zip_downloads/{zip_download_id}/content",
            security: &[],
            accept: Some("application/octet-stream, application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(429), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("zip_download_id", zip_download_id.as_ref());
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, GetZipDownloadContent => bytes);

/// Request builder for [`ZipDownloadsManager::get_zip_download_status`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetZipDownloadStatus<'a> {
    call: Call<'a>,
}

impl<'a> GetZipDownloadStatus<'a> {
    #[inline]
    fn new(client: &'a Client, zip_download_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_zip_downloads_id_status",
            method: reqwest::Method::GET,
            path: "/zip_downloads/{zip_download_id}/status",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("zip_download_id", zip_download_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetZipDownloadStatus => json ZipDownloadStatus);
