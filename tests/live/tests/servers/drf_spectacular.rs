//! The DRF app through its drf-spectacular spec (`specs/live/drf-spectacular.yaml`, OpenAPI 3.0):
//! login with a token and with the session cookies plus CSRF, basic authentication; users,
//! organizations, invitations and memberships paged by number; PUT, PATCH with a null and with an
//! absent field; the logo upload and download; DRF's 400, 401, 403 and 404 answers (the spec
//! declares no error bodies, so their JSON is read from the raw body).
//!
//! The scenario is written once, in `drf_spectacular_scenario!`, and run by two clients of the
//! same spec, each against its own server:
//!
//! - [`tagged`] (`drf-spectacular` in the report): the checked-in `live-drf-spectacular` crate,
//!   `tagged` naming style, where a method drops its tag's prefix: `users_api().list()`,
//!   `auth_api().login_create(..)`;
//! - [`legacy`] (`drf-spectacular (legacy, build.rs)`): `live_tests::drf_spectacular_legacy`, the
//!   same spec in the `legacy` naming style, where a method is its operationId:
//!   `users_api().users_list()`, `auth_api().auth_login_create(..)`. `tests/live/build.rs`
//!   generates it through `generator::Builder`, the way a downstream crate generates its client at
//!   build time; running it here proves that path against a real server, not only that it compiles.
//!
//! Only the method names differ: the models, `Auth`, `Client` and `FilePart` are named alike in
//! both styles. So the macro takes the client crate's path and, for each of the spec's 25
//! operations, its method name in that crate (`users_list => list`); a missing or misspelled
//! operation does not compile. The checks, their names (the operationIds) and their assertions
//! are the same for both.

/// The scenario as `pub mod $module { pub async fn scenario(..) }` for the client crate at `$sdk`,
/// calling each operation (the key: its operationId) by the method name given for it.
macro_rules! drf_spectacular_scenario {
    (
        $(#[$doc:meta])*
        mod $module:ident = $($sdk:ident)::+ {
            auth_login_create => $auth_login_create:ident,
            auth_logout_create => $auth_logout_create:ident,
            users_list => $users_list:ident,
            users_retrieve => $users_retrieve:ident,
            users_retrieve_self => $users_retrieve_self:ident,
            users_partial_update => $users_partial_update:ident,
            users_destroy => $users_destroy:ident,
            organizations_list => $organizations_list:ident,
            organizations_create => $organizations_create:ident,
            organizations_retrieve => $organizations_retrieve:ident,
            organizations_update => $organizations_update:ident,
            organizations_partial_update => $organizations_partial_update:ident,
            organizations_destroy => $organizations_destroy:ident,
            organizations_logo_retrieve => $organizations_logo_retrieve:ident,
            organizations_logo_create => $organizations_logo_create:ident,
            invitations_list => $invitations_list:ident,
            invitations_create => $invitations_create:ident,
            invitations_retrieve => $invitations_retrieve:ident,
            invitations_partial_update => $invitations_partial_update:ident,
            invitations_accept_create => $invitations_accept_create:ident,
            invitations_destroy => $invitations_destroy:ident,
            memberships_list => $memberships_list:ident,
            memberships_retrieve => $memberships_retrieve:ident,
            memberships_partial_update => $memberships_partial_update:ident,
            memberships_destroy => $memberships_destroy:ident,
        }
    ) => {
        $(#[$doc])*
        pub mod $module {
            use std::collections::BTreeMap;

            use $($sdk)::+::models::{
                InvitationRequest, LoginRequest, LogoUploadRequest, OrganizationRequest, PatchedInvitationRequest,
                PatchedMembershipRequest, PatchedOrganizationRequest, PatchedUserRequest, RoleEnum,
            };
            use $($sdk)::+::{Auth, Client, FilePart};
            use live_tests::{Called, ClientError, Failure, PASSWORD, Report, ensure, ensure_eq, expect_status};

            use crate::CALL_TIMEOUT;
            use crate::drf::{detail, field_errors, logo_bytes, logo_file};

            /// A client of the server at `url` with `auth`, noting every operation it sends in `called`.
            fn client(url: &str, auth: Vec<Auth>, called: &Called) -> Result<Client, Failure> {
                let called = called.clone();
                let builder = Client::builder(url)
                    .timeout(CALL_TIMEOUT)
                    .attempt_observer(move |attempt| called.insert(attempt.operation));
                Ok(auth.into_iter().fold(builder, |builder, auth| builder.auth(auth)).build()?)
            }

            fn login(username: &str, password: &str) -> LoginRequest {
                LoginRequest { username: username.to_owned(), password: password.to_owned() }
            }

            pub async fn scenario(url: String, mut report: Report) -> Report {
                let report_client = report.client;
                let called = report.called();
                let Some(anonymous) =
                    report.record("build a client without credentials", client(&url, vec![], &called))
                else {
                    return report;
                };

                // Logging in, and what happens without credentials.
                report
                    .check("auth_login_create with a wrong password: 400", async {
                        let error =
                            expect_status(anonymous.auth_api().$auth_login_create(login("admin", "wrong")).await, 400)?;
                        let messages = field_errors(&error, "non_field_errors")?;
                        ensure_eq(
                            "non_field_errors",
                            messages.as_slice(),
                            &["Unable to log in with provided credentials.".to_owned()],
                        )
                    })
                    .await;
                report
                    .check("users_list without credentials: 401", async {
                        let error = expect_status(anonymous.users_api().$users_list().await, 401)?;
                        ensure_eq("WWW-Authenticate", &error.header("www-authenticate"), &Some("Token".to_owned()))?;
                        ensure_eq("detail", detail(&error)?.as_str(), "Authentication credentials were not provided.")
                    })
                    .await;
                let login = report
                    .check("auth_login_create: a token, and the session and CSRF cookies", async {
                        let (token, raw) = anonymous
                            .auth_api()
                            .$auth_login_create(login("admin", PASSWORD))
                            .send_with_response()
                            .await?;
                        let session = live_tests::set_cookie(&raw.headers, "sessionid");
                        let csrf = live_tests::set_cookie(&raw.headers, "csrftoken");
                        ensure(!token.key.is_empty(), "a token key")?;
                        match (session, csrf) {
                            (Some(session), Some(csrf)) => Ok((token.key, session, csrf)),
                            other => Err(Failure::new(format!("Set-Cookie sessionid and csrftoken, got {other:?}"))),
                        }
                    })
                    .await;
                let Some((key, session, csrf)) = login else { return report };
                let clients = (
                    client(&url, vec![Auth::token(key)], &called),
                    client(
                        &url,
                        vec![
                            Auth::api_key("sessionAuth", session.clone()),
                            Auth::api_key("csrfAuth", csrf.clone()),
                            Auth::api_key("csrfHeaderAuth", csrf.clone()),
                        ],
                        &called,
                    ),
                    client(
                        &url,
                        vec![
                            Auth::api_key("sessionAuth", session),
                            Auth::api_key("csrfAuth", csrf),
                            Auth::api_key("csrfHeaderAuth", "not-the-csrf-token"),
                        ],
                        &called,
                    ),
                    client(&url, vec![Auth::basic("admin", PASSWORD)], &called),
                    client(&url, vec![Auth::basic("user01", PASSWORD)], &called),
                );
                let (Some(api), Some(by_session), Some(wrong_csrf), Some(by_basic), Some(user01)) = (
                    report.record("build a client with the token", clients.0),
                    report.record("build a client with the session cookie and CSRF token", clients.1),
                    report.record("build a client with the session cookie and a wrong CSRF header", clients.2),
                    report.record("build a client with basic auth (admin)", clients.3),
                    report.record("build a client with basic auth (user01)", clients.4),
                ) else {
                    return report;
                };

                // The session: read, a write that needs the CSRF header, logout.
                let admin = report
                    .check("users_retrieve_self with the session cookie", async {
                        let me = by_session.users_api().$users_retrieve_self().await?;
                        ensure_eq("username", me.username.as_str(), "admin")?;
                        ensure(me.is_staff, "is_staff")?;
                        Ok(me)
                    })
                    .await;
                let Some(admin) = admin else { return report };
                report
                    .check("users_partial_update with the session cookie and a wrong X-CSRFToken: 403", async {
                        let body =
                            PatchedUserRequest { first_name: Some("Eve".to_owned()), ..PatchedUserRequest::default() };
                        let error = expect_status(
                            wrong_csrf.users_api().$users_partial_update(admin.id).patched_user_request(body).await,
                            403,
                        )?;
                        let detail = detail(&error)?;
                        ensure(detail.starts_with("CSRF Failed"), format!("a CSRF failure, got {detail:?}"))
                    })
                    .await;
                report
                    .check("users_partial_update with the session cookie and X-CSRFToken", async {
                        let body =
                            PatchedUserRequest { first_name: Some("Ada".to_owned()), ..PatchedUserRequest::default() };
                        let me =
                            by_session.users_api().$users_partial_update(admin.id).patched_user_request(body).await?;
                        ensure_eq("first_name", &me.first_name, &Some("Ada".to_owned()))
                    })
                    .await;
                report
                    .check("auth_logout_create with the session cookie, then the session is over: 401", async {
                        let bye = by_session.auth_api().$auth_logout_create().await?;
                        ensure_eq("detail", bye.detail.as_str(), "Successfully logged out.")?;
                        expect_status(by_session.users_api().$users_retrieve_self().await, 401).map(drop)
                    })
                    .await;
                report
                    .check("users_retrieve_self with basic auth", async {
                        let me = by_basic.users_api().$users_retrieve_self().await?;
                        ensure_eq("id", &me.id, &admin.id)
                    })
                    .await;

                // Users, with the token from here on.
                report
                    .check("users_retrieve_self with the token", async {
                        let me = api.users_api().$users_retrieve_self().await?;
                        ensure_eq("username", me.username.as_str(), "admin")?;
                        ensure_eq("first_name (from the session's PATCH)", &me.first_name, &Some("Ada".to_owned()))
                    })
                    .await;
                let count = report
                    .check("users_list, first page", async {
                        let page = api.users_api().$users_list().page_size(10).await?;
                        ensure_eq("count", &page.count, &25)?;
                        ensure_eq("results", &page.results.len(), &10)?;
                        ensure(page.next.is_some() && page.previous.is_none(), "a next link and no previous one")?;
                        Ok(page.count)
                    })
                    .await;
                let users = report
                    .check("users_list, every page with into_stream()", async {
                        let users = api.users_api().$users_list().page_size(10).into_stream().collect_all().await?;
                        ensure_eq("items", &(users.len() as i64), &count.unwrap_or(25))?;
                        let names: std::collections::BTreeSet<&str> =
                            users.iter().map(|u| u.username.as_str()).collect();
                        ensure_eq("distinct usernames", &names.len(), &users.len())?;
                        Ok(users)
                    })
                    .await;
                report
                    .check("users_list with .page(2)", async {
                        let page = api.users_api().$users_list().page(2).page_size(10).await?;
                        ensure_eq("results", &page.results.len(), &10)?;
                        ensure_eq("first", page.results[0].username.as_str(), "user10")?;
                        ensure(page.next.is_some() && page.previous.is_some(), "next and previous links")
                    })
                    .await;
                report
                    .check("users_list with search and ordering", async {
                        let page = api.users_api().$users_list().search("user1").ordering("-username").await?;
                        let names: Vec<&str> = page.results.iter().take(2).map(|u| u.username.as_str()).collect();
                        ensure_eq("first two", names.as_slice(), &["user19", "user18"])
                    })
                    .await;
                report
                    .check("users_partial_update without first_name: it stays", async {
                        let body = PatchedUserRequest {
                            last_name: Some("Lovelace".to_owned()),
                            ..PatchedUserRequest::default()
                        };
                        let me = api.users_api().$users_partial_update(admin.id).patched_user_request(body).await?;
                        ensure_eq("last_name", &me.last_name, &Some("Lovelace".to_owned()))?;
                        let read = api.users_api().$users_retrieve(admin.id).await?;
                        ensure_eq("first_name read back", &read.first_name, &Some("Ada".to_owned()))?;
                        ensure_eq("last_name read back", &read.last_name, &Some("Lovelace".to_owned()))
                    })
                    .await;
                report
                    .check("users_partial_update with an empty email (the blank alternative of `email`)", async {
                        let body = PatchedUserRequest { email: Some(String::new()), ..PatchedUserRequest::default() };
                        let me = api.users_api().$users_partial_update(admin.id).patched_user_request(body).await?;
                        ensure_eq("email", &me.email, &Some(String::new()))
                    })
                    .await;
                report
                    .check("users_partial_update with an invalid email: 400", async {
                        let body = PatchedUserRequest {
                            email: Some("not-an-email".to_owned()),
                            ..PatchedUserRequest::default()
                        };
                        let error = expect_status(
                            api.users_api().$users_partial_update(admin.id).patched_user_request(body).await,
                            400,
                        )?;
                        ensure_eq(
                            "email",
                            field_errors(&error, "email")?.as_slice(),
                            &["Enter a valid email address.".to_owned()],
                        )
                    })
                    .await;
                report
                    .check("users_retrieve of a missing id: 404", async {
                        let error = expect_status(api.users_api().$users_retrieve(999_999).await, 404)?;
                        ensure_eq("detail", detail(&error)?.as_str(), "No User matches the given query.")
                    })
                    .await;
                let id_of =
                    |name: &str| users.iter().flatten().find(|u| u.username == name).map(|u| u.id).unwrap_or(-1);
                report
                    .check("users_destroy of another user as user01 (basic auth): 403", async {
                        let error = expect_status(user01.users_api().$users_destroy(id_of("user02")).await, 403)?;
                        ensure_eq(
                            "detail",
                            detail(&error)?.as_str(),
                            "You do not have permission to perform this action.",
                        )
                    })
                    .await;
                report
                    .check("users_destroy: 204, then 404", async {
                        let ((), raw) = api.users_api().$users_destroy(id_of("user24")).send_with_response().await?;
                        ensure_eq("status", &raw.status.as_u16(), &204)?;
                        expect_status(api.users_api().$users_retrieve(id_of("user24")).await, 404).map(drop)
                    })
                    .await;

                // Organizations.
                report
                    .check("organizations_list, every page with into_stream(), and .page(2)", async {
                        let first = api.organizations_api().$organizations_list().page_size(5).await?;
                        ensure_eq("count", &first.count, &12)?;
                        let all = api
                            .organizations_api()
                            .$organizations_list()
                            .page_size(5)
                            .into_stream()
                            .collect_all()
                            .await?;
                        ensure_eq("items", &(all.len() as i64), &first.count)?;
                        let second = api.organizations_api().$organizations_list().page(2).page_size(5).await?;
                        ensure_eq("page 2 results", &second.results.len(), &5)?;
                        ensure_eq("page 2 first", second.results[0].slug.as_str(), "org06")?;
                        ensure(second.previous.is_some(), "a previous link on page 2")
                    })
                    .await;
                let contact = BTreeMap::from([("email".to_owned(), "live@example.com".to_owned())]);
                let new_org = || OrganizationRequest {
                    slug: "live-suite".to_owned(),
                    name: Some("Live suite, ünïcode ✓".to_owned()),
                    description: Some(Some("Made by the live suite".to_owned())),
                    contact: Some(contact.clone()),
                };
                let org = report
                    .check("organizations_create: 201", async {
                        let (org, raw) =
                            api.organizations_api().$organizations_create(new_org()).send_with_response().await?;
                        ensure_eq("status", &raw.status.as_u16(), &201)?;
                        ensure_eq("slug", org.slug.as_str(), "live-suite")?;
                        ensure_eq("name", &org.name, &Some("Live suite, ünïcode ✓".to_owned()))?;
                        ensure_eq("description", &org.description, &Some("Made by the live suite".to_owned()))?;
                        ensure_eq("contact", &org.contact, &Some(contact.clone()))?;
                        ensure_eq("owner", org.owner.username.as_str(), "admin")?;
                        Ok(org)
                    })
                    .await;
                report
                    .check("organizations_create with a taken slug: 400", async {
                        let error = expect_status(api.organizations_api().$organizations_create(new_org()).await, 400)?;
                        let messages = field_errors(&error, "slug")?;
                        ensure_eq(
                            "slug",
                            messages.as_slice(),
                            &["organization with this slug already exists.".to_owned()],
                        )
                    })
                    .await;
                let Some(org) = org else { return report };
                report
                    .check("organizations_list with a non-ASCII search", async {
                        let found = api.organizations_api().$organizations_list().search("ünïcode ✓").await?;
                        ensure_eq("count", &found.count, &1)?;
                        ensure_eq("found", &found.results.first().map(|o| o.id), &Some(org.id))
                    })
                    .await;
                report
                    .check("organizations_retrieve", async {
                        let read = api.organizations_api().$organizations_retrieve(org.id).await?;
                        ensure_eq("organization", &read, &org)
                    })
                    .await;
                report
                    .check("organizations_update (PUT)", async {
                        let body = OrganizationRequest {
                            name: Some("Live suite, put".to_owned()),
                            description: Some(Some("Put by the live suite".to_owned())),
                            ..new_org()
                        };
                        let put = api.organizations_api().$organizations_update(org.id, body).await?;
                        ensure_eq("name", &put.name, &Some("Live suite, put".to_owned()))?;
                        ensure_eq("description", &put.description, &Some("Put by the live suite".to_owned()))
                    })
                    .await;
                report
                    .check("organizations_partial_update without description: it stays", async {
                        let body = PatchedOrganizationRequest {
                            name: Some("Live suite, patched".to_owned()),
                            ..PatchedOrganizationRequest::default()
                        };
                        let patched = api
                            .organizations_api()
                            .$organizations_partial_update(org.id)
                            .patched_organization_request(body)
                            .await?;
                        ensure_eq("name", &patched.name, &Some("Live suite, patched".to_owned()))?;
                        let read = api.organizations_api().$organizations_retrieve(org.id).await?;
                        ensure_eq("description read back", &read.description, &Some("Put by the live suite".to_owned()))
                    })
                    .await;
                report
                    .check("organizations_partial_update with description null: cleared", async {
                        let body = PatchedOrganizationRequest {
                            description: Some(None),
                            ..PatchedOrganizationRequest::default()
                        };
                        let patched = api
                            .organizations_api()
                            .$organizations_partial_update(org.id)
                            .patched_organization_request(body)
                            .await?;
                        ensure_eq("description", &patched.description, &None)?;
                        let read = api.organizations_api().$organizations_retrieve(org.id).await?;
                        ensure_eq("description read back", &read.description, &None)?;
                        ensure_eq("name (absent) read back", &read.name, &Some("Live suite, patched".to_owned()))
                    })
                    .await;
                report
                    .check("organizations_retrieve of a missing id: 404", async {
                        let error = expect_status(api.organizations_api().$organizations_retrieve(999_999).await, 404)?;
                        ensure_eq("detail", detail(&error)?.as_str(), "No Organization matches the given query.")
                    })
                    .await;

                // The logo: 404 before, multipart up, bytes and a stream down.
                let logo = logo_bytes();
                report
                    .check("organizations_logo_retrieve before an upload: 404", async {
                        let error =
                            expect_status(api.organizations_api().$organizations_logo_retrieve(org.id).await, 404)?;
                        ensure_eq("detail", detail(&error)?.as_str(), "The organization has no logo.")
                    })
                    .await;
                report
                    .check("organizations_logo_create (multipart): 201", async {
                        let file = FilePart::from_bytes(logo.clone()).file_name("logo.png").content_type("image/png");
                        let body = LogoUploadRequest { file, caption: "Our logo".to_owned() };
                        let (uploaded, raw) = api
                            .organizations_api()
                            .$organizations_logo_create(org.id, body)
                            .send_with_response()
                            .await?;
                        ensure_eq("status", &raw.status.as_u16(), &201)?;
                        ensure_eq("filename", uploaded.filename.as_str(), "logo.png")?;
                        ensure_eq("caption", uploaded.caption.as_str(), "Our logo")?;
                        ensure_eq("size", &uploaded.size, &(logo.len() as i64))
                    })
                    .await;
                report
                    .check("organizations_logo_retrieve as bytes", async {
                        let bytes = api.organizations_api().$organizations_logo_retrieve(org.id).await?;
                        ensure(
                            bytes.as_ref() == logo.as_slice(),
                            format!("the uploaded {} bytes, got {}", logo.len(), bytes.len()),
                        )
                    })
                    .await;
                report
                    .check("organizations_logo_retrieve with send_streaming()", async {
                        let mut download =
                            api.organizations_api().$organizations_logo_retrieve(org.id).send_streaming().await?;
                        let content_type =
                            download.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
                        ensure_eq("content type", &content_type, &Some("application/octet-stream".to_owned()))?;
                        let mut received = Vec::new();
                        while let Some(chunk) = download.chunk().await? {
                            received.extend_from_slice(&chunk);
                        }
                        ensure(received == logo, format!("the uploaded {} bytes, got {}", logo.len(), received.len()))
                    })
                    .await;

                report
                    .check("organizations_logo_create from a file path, replacing the logo", async {
                        let (path, content) = logo_file(report_client)?;
                        let body =
                            LogoUploadRequest { file: FilePart::from_path(&path), caption: "Our new logo".to_owned() };
                        let uploaded = api.organizations_api().$organizations_logo_create(org.id, body).await;
                        let _ = std::fs::remove_file(&path);
                        let uploaded = uploaded?;
                        ensure_eq(
                            "filename",
                            &Some(uploaded.filename.as_str()),
                            &path.file_name().and_then(|n| n.to_str()),
                        )?;
                        ensure_eq("size", &uploaded.size, &(content.len() as i64))?;
                        let bytes = api.organizations_api().$organizations_logo_retrieve(org.id).await?;
                        ensure(
                            bytes.as_ref() == content.as_slice(),
                            format!("the new {} bytes, got {}", content.len(), bytes.len()),
                        )
                    })
                    .await;

                // Invitations.
                let invite = |user: &str, role: RoleEnum| InvitationRequest {
                    organization: org.id,
                    role,
                    user: user.to_owned(),
                };
                report
                    .check("invitations_create with an unknown role: 400", async {
                        let error = expect_status(
                            api.invitations_api()
                                .$invitations_create(invite("user05", RoleEnum::Unknown("boss".to_owned())))
                                .await,
                            400,
                        )?;
                        ensure_eq(
                            "role",
                            field_errors(&error, "role")?.as_slice(),
                            &["\"boss\" is not a valid choice.".to_owned()],
                        )
                    })
                    .await;
                report
                    .check("invitations_create for an unknown user: 400", async {
                        let error = expect_status(
                            api.invitations_api().$invitations_create(invite("nobody", RoleEnum::Worker)).await,
                            400,
                        )?;
                        ensure_eq(
                            "user",
                            field_errors(&error, "user")?.as_slice(),
                            &["Object with username=nobody does not exist.".to_owned()],
                        )
                    })
                    .await;
                let invitation = report
                    .check("invitations_create: 201", async {
                        let (invitation, raw) = api
                            .invitations_api()
                            .$invitations_create(invite("user05", RoleEnum::Worker))
                            .send_with_response()
                            .await?;
                        ensure_eq("status", &raw.status.as_u16(), &201)?;
                        ensure_eq("organization", &invitation.organization, &org.id)?;
                        ensure_eq("role", &invitation.role, &RoleEnum::Worker)?;
                        ensure_eq("user", invitation.user.as_str(), "user05")?;
                        ensure_eq("owner", invitation.owner.username.as_str(), "admin")?;
                        Ok(invitation)
                    })
                    .await;
                let Some(invitation) = invitation else { return report };
                let key = invitation.key.as_str();
                report
                    .check("invitations_list with search, and every page with into_stream()", async {
                        let found = api.invitations_api().$invitations_list().search("live-suite").await?;
                        ensure_eq("count found", &found.count, &1)?;
                        ensure_eq("key found", found.results[0].key.as_str(), key)?;
                        let first = api.invitations_api().$invitations_list().page_size(1).await?;
                        let all =
                            api.invitations_api().$invitations_list().page_size(1).into_stream().collect_all().await?;
                        ensure_eq("items", &(all.len() as i64), &first.count)?;
                        ensure_eq("count", &first.count, &2)
                    })
                    .await;
                report
                    .check("invitations_retrieve", async {
                        let read = api.invitations_api().$invitations_retrieve(key).await?;
                        ensure_eq("invitation", &read, &invitation)
                    })
                    .await;
                report
                    .check("invitations_partial_update", async {
                        let body = PatchedInvitationRequest {
                            role: Some(RoleEnum::Supervisor),
                            ..PatchedInvitationRequest::default()
                        };
                        let patched = api
                            .invitations_api()
                            .$invitations_partial_update(key)
                            .patched_invitation_request(body)
                            .await?;
                        ensure_eq("role", &patched.role, &RoleEnum::Supervisor)?;
                        ensure_eq("user (absent)", patched.user.as_str(), "user05")
                    })
                    .await;
                report
                    .check("invitations_accept_create by another user (basic auth): 403", async {
                        let error = expect_status(user01.invitations_api().$invitations_accept_create(key).await, 403)?;
                        ensure_eq("detail", detail(&error)?.as_str(), "Only the invited user can accept.")
                    })
                    .await;
                let membership = report
                    .check("invitations_accept_create: the membership, and the invitation is gone", async {
                        let membership = api.invitations_api().$invitations_accept_create(key).await?;
                        ensure_eq("user", membership.user.username.as_str(), "user05")?;
                        ensure_eq("organization", &membership.organization, &org.id)?;
                        ensure_eq("role", &membership.role, &RoleEnum::Supervisor)?;
                        ensure(
                            membership.is_active && membership.joined_date.is_some(),
                            "an active membership with a join date",
                        )?;
                        expect_status(api.invitations_api().$invitations_retrieve(key).await, 404)?;
                        Ok(membership)
                    })
                    .await;
                report
                    .check("invitations_destroy: 204, then 404", async {
                        let other =
                            api.invitations_api().$invitations_create(invite("user06", RoleEnum::Worker)).await?;
                        let ((), raw) =
                            api.invitations_api().$invitations_destroy(&other.key).send_with_response().await?;
                        ensure_eq("status", &raw.status.as_u16(), &204)?;
                        expect_status(api.invitations_api().$invitations_retrieve(&other.key).await, 404).map(drop)
                    })
                    .await;

                // Memberships.
                let Some(membership) = membership else { return report };
                report
                    .check("memberships_list with search, and every page with into_stream()", async {
                        let found = api.memberships_api().$memberships_list().search("live-suite").await?;
                        ensure_eq("count found", &found.count, &2)?;
                        let first = api.memberships_api().$memberships_list().page_size(4).await?;
                        let all =
                            api.memberships_api().$memberships_list().page_size(4).into_stream().collect_all().await?;
                        ensure_eq("items", &(all.len() as i64), &first.count)?;
                        ensure(all.contains(&membership), "the new membership among them")
                    })
                    .await;
                report
                    .check("memberships_retrieve", async {
                        let read = api.memberships_api().$memberships_retrieve(membership.id).await?;
                        ensure_eq("membership", &read, &membership)
                    })
                    .await;
                report
                    .check("memberships_partial_update", async {
                        let body = PatchedMembershipRequest { role: Some(RoleEnum::Maintainer) };
                        let patched = api
                            .memberships_api()
                            .$memberships_partial_update(membership.id)
                            .patched_membership_request(body)
                            .await?;
                        ensure_eq("role", &patched.role, &RoleEnum::Maintainer)?;
                        let read = api.memberships_api().$memberships_retrieve(membership.id).await?;
                        ensure_eq("role read back", &read.role, &RoleEnum::Maintainer)
                    })
                    .await;
                report
                    .check("memberships_destroy: 204, then 404", async {
                        let ((), raw) =
                            api.memberships_api().$memberships_destroy(membership.id).send_with_response().await?;
                        ensure_eq("status", &raw.status.as_u16(), &204)?;
                        expect_status(api.memberships_api().$memberships_retrieve(membership.id).await, 404).map(drop)
                    })
                    .await;
                report
                    .check("organizations_destroy: 204, then 404", async {
                        let ((), raw) =
                            api.organizations_api().$organizations_destroy(org.id).send_with_response().await?;
                        ensure_eq("status", &raw.status.as_u16(), &204)?;
                        expect_status(api.organizations_api().$organizations_retrieve(org.id).await, 404).map(drop)
                    })
                    .await;

                report
            }
        }
    };
}

drf_spectacular_scenario! {
    /// The checked-in `live-drf-spectacular` crate (`tagged` style: the tag's prefix dropped).
    mod tagged = live_drf_spectacular {
        auth_login_create => login_create,
        auth_logout_create => logout_create,
        users_list => list,
        users_retrieve => retrieve,
        users_retrieve_self => retrieve_self,
        users_partial_update => partial_update,
        users_destroy => destroy,
        organizations_list => list,
        organizations_create => create,
        organizations_retrieve => retrieve,
        organizations_update => update,
        organizations_partial_update => partial_update,
        organizations_destroy => destroy,
        organizations_logo_retrieve => logo_retrieve,
        organizations_logo_create => logo_create,
        invitations_list => list,
        invitations_create => create,
        invitations_retrieve => retrieve,
        invitations_partial_update => partial_update,
        invitations_accept_create => accept_create,
        invitations_destroy => destroy,
        memberships_list => list,
        memberships_retrieve => retrieve,
        memberships_partial_update => partial_update,
        memberships_destroy => destroy,
    }
}

drf_spectacular_scenario! {
    /// The client `build.rs` generates with `generator::Builder` (`legacy` style: the operationIds).
    mod legacy = live_tests::drf_spectacular_legacy {
        auth_login_create => auth_login_create,
        auth_logout_create => auth_logout_create,
        users_list => users_list,
        users_retrieve => users_retrieve,
        users_retrieve_self => users_retrieve_self,
        users_partial_update => users_partial_update,
        users_destroy => users_destroy,
        organizations_list => organizations_list,
        organizations_create => organizations_create,
        organizations_retrieve => organizations_retrieve,
        organizations_update => organizations_update,
        organizations_partial_update => organizations_partial_update,
        organizations_destroy => organizations_destroy,
        organizations_logo_retrieve => organizations_logo_retrieve,
        organizations_logo_create => organizations_logo_create,
        invitations_list => invitations_list,
        invitations_create => invitations_create,
        invitations_retrieve => invitations_retrieve,
        invitations_partial_update => invitations_partial_update,
        invitations_accept_create => invitations_accept_create,
        invitations_destroy => invitations_destroy,
        memberships_list => memberships_list,
        memberships_retrieve => memberships_retrieve,
        memberships_partial_update => memberships_partial_update,
        memberships_destroy => memberships_destroy,
    }
}
