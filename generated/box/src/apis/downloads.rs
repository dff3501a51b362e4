// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `downloads` operations: [`DownloadsManager`] and one request builder per operation.

use crate::models::ClientError;
use crate::runtime::{self, Call, Download, ErrorStatus, OperationSpec, decode_error, request_builder};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::downloads`](crate::Client::downloads) or [`DownloadsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct DownloadsManager<'a> {
    client: &'a Client,
}

impl<'a> DownloadsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Download file
    ///
    /// Returns the contents of a file in binary format.
    ///
    /// `GET /files/{file_id}/content`
    #[inline]
    pub fn download_file(&self, file_id: impl AsRef<str>) -> DownloadFile<'a> {
        DownloadFile::new(self.client, file_id)
    }
}

/// Request builder for [`DownloadsManager::download_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DownloadFile<'a> {
    call: Call<'a>,
}

impl<'a> DownloadFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_content",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/content",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/octet-stream, application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }

    /// The byte range of the content to download.
    ///
    /// The format `bytes={start_byte}-{end_byte}` can be used to specify
    /// what section of the file to download.
    #[inline]
    pub fn range(mut self, range: impl AsRef<str>) -> Self {
        self.call.header("range", range.as_ref());
        self
    }

    /// The URL, and optional password, for the shared link of this item.
    ///
    /// This header can be used to access items that have not been
    /// explicitly shared with a user.
    ///
    /// Use the format `shared_link=[link]` or if a password is required then
    /// use `shared_link=[link]&shared_link_password=[password]`.
    ///
    /// This header can be used on the file or folder shared, as well as on any files
    /// or folders nested within the item.
    #[inline]
    pub fn boxapi(mut self, boxapi: impl AsRef<str>) -> Self {
        self.call.header("boxapi", boxapi.as_ref());
        self
    }

    /// The file version to download.
    #[inline]
    pub fn version(mut self, version: impl AsRef<str>) -> Self {
        self.call.query("version", version.as_ref());
        self
    }

    /// An optional access token that can be used to pre-authenticate this request, which means that a download link can be shared with a browser or a third party service without them needing to know how to handle the authentication.
    /// When using this parameter, please make sure that the access token is sufficiently scoped down to only allow read access to that file and no other files or folders.
    #[inline]
    pub fn access_token(mut self, access_token: impl AsRef<str>) -> Self {
        self.call.query("access_token", access_token.as_ref());
        self
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, DownloadFile => outcomes DownloadFileResponse);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DownloadFileResponse {
    /// HTTP 200: Returns the requested file if the client has the **follow
    /// redirects** setting enabled to automatically
    /// follow HTTP `3xx` responses as redirects. If not, the request
    /// will return `302` instead.
    /// For details, see
    /// the [download file guide](https://developer.box.com/guides/downloads/file#download-url).
    Ok(bytes::Bytes),
    /// HTTP 202: If the file is not ready to be downloaded yet `Retry-After` header will
    /// be returned indicating the time in seconds after which the file will
    /// be available for the client to download.
    ///
    /// This response can occur when the file was uploaded immediately before the
    /// download request.
    Accepted,
}

impl DownloadFileResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok(response.body.clone())),
            202 => Ok(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}
