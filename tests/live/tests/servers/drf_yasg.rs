//! The DRF app through the checked-in `live-drf-yasg` crate (`specs/live/drf-yasg.json`,
//! Swagger 2.0, `legacy` style, drf-yasg's own operation ids such as `users_read`): login, the
//! token and basic authentication (Swagger 2.0 cannot describe the session cookie), every
//! operation with DRF's error answers. drf-yasg writes one definition per serializer, so the
//! bodies are the full models (`Organization` for create, PUT and PATCH) with their read-only
//! fields left out, and the answers have every read-only field optional.

use std::collections::BTreeMap;

use live_drf_yasg::apis::organizations::OrganizationsLogoCreateRequest;
use live_drf_yasg::models::{Invitation, InvitationRole, Login, Membership, MembershipRole, Organization, User};
use live_drf_yasg::{Auth, Client, FilePart};
use live_tests::{Called, ClientError, Failure, PASSWORD, Report, ensure, ensure_eq, expect_status};

use crate::CALL_TIMEOUT;
use crate::drf::{detail, field_errors, logo_bytes, logo_file};

/// A client of the server at `url` (the spec's `basePath` is `/api`) with `auth`, noting every
/// operation it sends in `called`.
fn client(url: &str, auth: Vec<Auth>, called: &Called) -> Result<Client, Failure> {
    let called = called.clone();
    let builder = Client::builder(format!("{url}/api"))
        .timeout(CALL_TIMEOUT)
        .attempt_observer(move |attempt| called.insert(attempt.operation));
    Ok(auth.into_iter().fold(builder, |builder, auth| builder.auth(auth)).build()?)
}

fn login(username: &str, password: &str) -> Login {
    Login { username: username.to_owned(), password: password.to_owned() }
}

/// An organization body: the writable fields, the read-only ones left out.
fn organization(slug: &str, name: &str, description: Option<&str>) -> Organization {
    Organization {
        id: None,
        slug: slug.to_owned(),
        name: Some(name.to_owned()),
        description: Some(description.map(str::to_owned)),
        created_date: None,
        updated_date: None,
        contact: None,
        owner: None,
    }
}

/// An invitation body.
fn invitation(organization: i64, role: InvitationRole, user: &str) -> Invitation {
    Invitation { key: None, created_date: None, owner: None, organization, role, user: user.to_owned() }
}

pub async fn scenario(url: String, mut report: Report) -> Report {
    let report_client = report.client;
    let called = report.called();
    let Some(anonymous) = report.record("build a client without credentials", client(&url, vec![], &called)) else {
        return report;
    };

    // Logging in, and what happens without credentials.
    report
        .check("auth_login_create with a wrong password: 400", async {
            let error = expect_status(anonymous.auth_api().auth_login_create(login("admin", "wrong")).await, 400)?;
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
            let error = expect_status(anonymous.users_api().users_list().await, 401)?;
            ensure_eq("WWW-Authenticate", &error.header("www-authenticate"), &Some("Token".to_owned()))?;
            ensure_eq("detail", detail(&error)?.as_str(), "Authentication credentials were not provided.")
        })
        .await;
    let key = report
        .check("auth_login_create: a token", async {
            let token = anonymous.auth_api().auth_login_create(login("admin", PASSWORD)).await?;
            ensure(!token.key.is_empty(), "a token key")?;
            Ok(token.key)
        })
        .await;
    let Some(key) = key else { return report };
    let clients = (
        client(&url, vec![Auth::token(key)], &called),
        client(&url, vec![Auth::basic("admin", PASSWORD)], &called),
        client(&url, vec![Auth::basic("user01", PASSWORD)], &called),
    );
    let (Some(api), Some(by_basic), Some(user01)) = (
        report.record("build a client with the token", clients.0),
        report.record("build a client with basic auth (admin)", clients.1),
        report.record("build a client with basic auth (user01)", clients.2),
    ) else {
        return report;
    };

    // Users.
    let admin = report
        .check("users_retrieve_self with the token", async {
            let me = api.users_api().users_retrieve_self().await?;
            ensure_eq("username", &me.username, &Some("admin".to_owned()))?;
            ensure_eq("is_staff", &me.is_staff, &Some(true))?;
            me.id.ok_or_else(|| Failure::new("no id"))
        })
        .await;
    let Some(admin) = admin else { return report };
    report
        .check("users_retrieve_self with basic auth", async {
            let me = by_basic.users_api().users_retrieve_self().await?;
            ensure_eq("id", &me.id, &Some(admin))
        })
        .await;
    let count = report
        .check("users_list, first page", async {
            let page = api.users_api().users_list().page_size(10).await?;
            ensure_eq("count", &page.count, &25)?;
            ensure_eq("results", &page.results.len(), &10)?;
            ensure(page.next.is_some() && page.previous.is_none(), "a next link and no previous one")?;
            Ok(page.count)
        })
        .await;
    let users = report
        .check("users_list, every page with into_stream()", async {
            let users = api.users_api().users_list().page_size(10).into_stream().collect_all().await?;
            ensure_eq("items", &(users.len() as i64), &count.unwrap_or(25))?;
            let names: std::collections::BTreeSet<_> = users.iter().map(|u| u.username.clone()).collect();
            ensure_eq("distinct usernames", &names.len(), &users.len())?;
            Ok(users)
        })
        .await;
    report
        .check("users_list with .page(2)", async {
            let page = api.users_api().users_list().page(2).page_size(10).await?;
            ensure_eq("results", &page.results.len(), &10)?;
            ensure_eq("first", &page.results[0].username, &Some("user10".to_owned()))?;
            ensure(page.next.is_some() && page.previous.is_some(), "next and previous links")
        })
        .await;
    report
        .check("users_list with search and ordering", async {
            let page = api.users_api().users_list().search("user1").ordering("-username").await?;
            let names: Vec<Option<&str>> = page.results.iter().take(2).map(|u| u.username.as_deref()).collect();
            ensure_eq("first two", names.as_slice(), &[Some("user19"), Some("user18")])
        })
        .await;
    report
        .check("users_partial_update", async {
            let body = User { first_name: Some("Ada".to_owned()), ..User::default() };
            let me = api.users_api().users_partial_update(admin, body).await?;
            ensure_eq("first_name", &me.first_name, &Some("Ada".to_owned()))
        })
        .await;
    report
        .check("users_partial_update without first_name: it stays", async {
            let body = User { last_name: Some("Lovelace".to_owned()), ..User::default() };
            let me = api.users_api().users_partial_update(admin, body).await?;
            ensure_eq("last_name", &me.last_name, &Some("Lovelace".to_owned()))?;
            let read = api.users_api().users_read(admin).await?;
            ensure_eq("first_name read back", &read.first_name, &Some("Ada".to_owned()))?;
            ensure_eq("last_name read back", &read.last_name, &Some("Lovelace".to_owned()))
        })
        .await;
    report
        .check("users_partial_update with an empty email", async {
            let body = User { email: Some(String::new()), ..User::default() };
            let me = api.users_api().users_partial_update(admin, body).await?;
            ensure_eq("email", &me.email, &Some(String::new()))
        })
        .await;
    report
        .check("users_partial_update with an invalid email: 400", async {
            let body = User { email: Some("not-an-email".to_owned()), ..User::default() };
            let error = expect_status(api.users_api().users_partial_update(admin, body).await, 400)?;
            ensure_eq("email", field_errors(&error, "email")?.as_slice(), &["Enter a valid email address.".to_owned()])
        })
        .await;
    report
        .check("users_read of a missing id: 404", async {
            let error = expect_status(api.users_api().users_read(999_999).await, 404)?;
            ensure_eq("detail", detail(&error)?.as_str(), "No User matches the given query.")
        })
        .await;
    let id_of = |name: &str| {
        let users = users.iter().flatten();
        users.filter(|u| u.username.as_deref() == Some(name)).find_map(|u| u.id).unwrap_or(-1)
    };
    report
        .check("users_delete of another user as user01 (basic auth): 403", async {
            let error = expect_status(user01.users_api().users_delete(id_of("user02")).await, 403)?;
            ensure_eq("detail", detail(&error)?.as_str(), "You do not have permission to perform this action.")
        })
        .await;
    report
        .check("users_delete: 204, then 404", async {
            let ((), raw) = api.users_api().users_delete(id_of("user24")).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &204)?;
            expect_status(api.users_api().users_read(id_of("user24")).await, 404).map(drop)
        })
        .await;

    // Organizations.
    report
        .check("organizations_list, every page with into_stream(), and .page(2)", async {
            let first = api.organizations_api().organizations_list().page_size(5).await?;
            ensure_eq("count", &first.count, &12)?;
            let all = api.organizations_api().organizations_list().page_size(5).into_stream().collect_all().await?;
            ensure_eq("items", &(all.len() as i64), &first.count)?;
            let second = api.organizations_api().organizations_list().page(2).page_size(5).await?;
            ensure_eq("page 2 results", &second.results.len(), &5)?;
            ensure_eq("page 2 first", second.results[0].slug.as_str(), "org06")?;
            ensure(second.previous.is_some(), "a previous link on page 2")
        })
        .await;
    let contact = BTreeMap::from([("email".to_owned(), "live@example.com".to_owned())]);
    let new_org = || Organization {
        contact: Some(contact.clone()),
        ..organization("live-suite", "Live suite, ünïcode ✓", Some("Made by the live suite"))
    };
    let org = report
        .check("organizations_create: 201", async {
            let (org, raw) = api.organizations_api().organizations_create(new_org()).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &201)?;
            ensure_eq("slug", org.slug.as_str(), "live-suite")?;
            ensure_eq("name", &org.name, &Some("Live suite, ünïcode ✓".to_owned()))?;
            ensure_eq("description", &org.description, &Some(Some("Made by the live suite".to_owned())))?;
            ensure_eq("contact", &org.contact, &Some(contact.clone()))?;
            let owner = org.owner.as_ref().and_then(|o| o.username.as_deref());
            ensure_eq("owner", &owner, &Some("admin"))?;
            let id = org.id.ok_or_else(|| Failure::new("no id"))?;
            Ok((id, org))
        })
        .await;
    report
        .check("organizations_create with a taken slug: 400", async {
            let error = expect_status(api.organizations_api().organizations_create(new_org()).await, 400)?;
            let messages = field_errors(&error, "slug")?;
            ensure_eq("slug", messages.as_slice(), &["organization with this slug already exists.".to_owned()])
        })
        .await;
    let Some((id, org)) = org else { return report };
    report
        .check("organizations_list with a non-ASCII search", async {
            let found = api.organizations_api().organizations_list().search("ünïcode ✓").await?;
            ensure_eq("count", &found.count, &1)?;
            ensure_eq("found", &found.results.first().map(|o| o.id), &Some(Some(id)))
        })
        .await;
    report
        .check("organizations_read", async {
            let read = api.organizations_api().organizations_read(id).await?;
            ensure_eq("organization", &read, &org)
        })
        .await;
    report
        .check("organizations_update (PUT)", async {
            let body = organization("live-suite", "Live suite, put", Some("Put by the live suite"));
            let put = api.organizations_api().organizations_update(id, body).await?;
            ensure_eq("name", &put.name, &Some("Live suite, put".to_owned()))?;
            ensure_eq("description", &put.description, &Some(Some("Put by the live suite".to_owned())))
        })
        .await;
    report
        .check("organizations_partial_update without description: it stays", async {
            // drf-yasg's PATCH body is the whole `Organization`, whose `slug` is required: the
            // same slug goes along.
            let body = Organization { description: None, ..organization("live-suite", "Live suite, patched", None) };
            let patched = api.organizations_api().organizations_partial_update(id, body).await?;
            ensure_eq("name", &patched.name, &Some("Live suite, patched".to_owned()))?;
            let read = api.organizations_api().organizations_read(id).await?;
            ensure_eq("description read back", &read.description, &Some(Some("Put by the live suite".to_owned())))
        })
        .await;
    report
        .check("organizations_partial_update with description null: cleared", async {
            let body = Organization { name: None, ..organization("live-suite", "", None) };
            let patched = api.organizations_api().organizations_partial_update(id, body).await?;
            ensure_eq("description", &patched.description, &Some(None))?;
            let read = api.organizations_api().organizations_read(id).await?;
            ensure_eq("description read back", &read.description, &Some(None))?;
            ensure_eq("name (absent) read back", &read.name, &Some("Live suite, patched".to_owned()))
        })
        .await;
    report
        .check("organizations_read of a missing id: 404", async {
            let error = expect_status(api.organizations_api().organizations_read(999_999).await, 404)?;
            ensure_eq("detail", detail(&error)?.as_str(), "No Organization matches the given query.")
        })
        .await;

    // The logo: 404 before, multipart up, bytes and a stream down.
    let logo = logo_bytes();
    report
        .check("organizations_logo_read before an upload: 404", async {
            let error = expect_status(api.organizations_api().organizations_logo_read(id).await, 404)?;
            ensure_eq("detail", detail(&error)?.as_str(), "The organization has no logo.")
        })
        .await;
    report
        .check("organizations_logo_create (multipart): 201", async {
            let file = FilePart::from_bytes(logo.clone()).file_name("logo.png").content_type("image/png");
            let body = OrganizationsLogoCreateRequest { file, caption: "Our logo".to_owned() };
            let (uploaded, raw) =
                api.organizations_api().organizations_logo_create(id, body).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &201)?;
            ensure_eq("filename", &uploaded.filename, &Some("logo.png".to_owned()))?;
            ensure_eq("caption", &uploaded.caption, &Some("Our logo".to_owned()))?;
            ensure_eq("size", &uploaded.size, &Some(logo.len() as i64))
        })
        .await;
    report
        .check("organizations_logo_read as bytes", async {
            let bytes = api.organizations_api().organizations_logo_read(id).await?;
            ensure(bytes.as_ref() == logo.as_slice(), format!("the uploaded {} bytes, got {}", logo.len(), bytes.len()))
        })
        .await;
    report
        .check("organizations_logo_read with send_streaming()", async {
            let mut download = api.organizations_api().organizations_logo_read(id).send_streaming().await?;
            let content_type = download.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
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
                OrganizationsLogoCreateRequest { file: FilePart::from_path(&path), caption: "Our new logo".to_owned() };
            let uploaded = api.organizations_api().organizations_logo_create(id, body).await;
            let _ = std::fs::remove_file(&path);
            let uploaded = uploaded?;
            let file_name = path.file_name().and_then(|n| n.to_str()).map(str::to_owned);
            ensure_eq("filename", &uploaded.filename, &file_name)?;
            ensure_eq("size", &uploaded.size, &Some(content.len() as i64))?;
            let bytes = api.organizations_api().organizations_logo_read(id).await?;
            ensure(
                bytes.as_ref() == content.as_slice(),
                format!("the new {} bytes, got {}", content.len(), bytes.len()),
            )
        })
        .await;

    // Invitations.
    report
        .check("invitations_create with an unknown role: 400", async {
            let body = invitation(id, InvitationRole::Unknown("boss".to_owned()), "user05");
            let error = expect_status(api.invitations_api().invitations_create(body).await, 400)?;
            ensure_eq("role", field_errors(&error, "role")?.as_slice(), &["\"boss\" is not a valid choice.".to_owned()])
        })
        .await;
    report
        .check("invitations_create for an unknown user: 400", async {
            let body = invitation(id, InvitationRole::Worker, "nobody");
            let error = expect_status(api.invitations_api().invitations_create(body).await, 400)?;
            ensure_eq(
                "user",
                field_errors(&error, "user")?.as_slice(),
                &["Object with username=nobody does not exist.".to_owned()],
            )
        })
        .await;
    let created = report
        .check("invitations_create: 201", async {
            let body = invitation(id, InvitationRole::Worker, "user05");
            let (created, raw) = api.invitations_api().invitations_create(body).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &201)?;
            ensure_eq("organization", &created.organization, &id)?;
            ensure_eq("role", &created.role, &InvitationRole::Worker)?;
            ensure_eq("user", created.user.as_str(), "user05")?;
            let owner = created.owner.as_ref().and_then(|o| o.username.as_deref());
            ensure_eq("owner", &owner, &Some("admin"))?;
            let key = created.key.clone().ok_or_else(|| Failure::new("no key"))?;
            Ok((key, created))
        })
        .await;
    let Some((key, created)) = created else { return report };
    let key = key.as_str();
    report
        .check("invitations_list with search, and every page with into_stream()", async {
            let found = api.invitations_api().invitations_list().search("live-suite").await?;
            ensure_eq("count found", &found.count, &1)?;
            ensure_eq("key found", &found.results[0].key.as_deref(), &Some(key))?;
            let first = api.invitations_api().invitations_list().page_size(1).await?;
            let all = api.invitations_api().invitations_list().page_size(1).into_stream().collect_all().await?;
            ensure_eq("items", &(all.len() as i64), &first.count)?;
            ensure_eq("count", &first.count, &2)
        })
        .await;
    report
        .check("invitations_read", async {
            let read = api.invitations_api().invitations_read(key).await?;
            ensure_eq("invitation", &read, &created)
        })
        .await;
    report
        .check("invitations_partial_update", async {
            // The PATCH body is the whole `Invitation`: organization and user go along unchanged.
            let body = invitation(id, InvitationRole::Supervisor, "user05");
            let patched = api.invitations_api().invitations_partial_update(key, body).await?;
            ensure_eq("role", &patched.role, &InvitationRole::Supervisor)?;
            ensure_eq("user", patched.user.as_str(), "user05")
        })
        .await;
    report
        .check("invitations_accept by another user (basic auth): 403", async {
            let error = expect_status(user01.invitations_api().invitations_accept(key).await, 403)?;
            ensure_eq("detail", detail(&error)?.as_str(), "Only the invited user can accept.")
        })
        .await;
    let membership = report
        .check("invitations_accept: the membership, and the invitation is gone", async {
            let membership = api.invitations_api().invitations_accept(key).await?;
            let user = membership.user.as_ref().and_then(|u| u.username.as_deref());
            ensure_eq("user", &user, &Some("user05"))?;
            ensure_eq("organization", &membership.organization, &Some(id))?;
            ensure_eq("role", &membership.role, &MembershipRole::Supervisor)?;
            ensure_eq("is_active", &membership.is_active, &Some(true))?;
            ensure(matches!(membership.joined_date, Some(Some(_))), "a join date")?;
            expect_status(api.invitations_api().invitations_read(key).await, 404)?;
            let membership_id = membership.id.ok_or_else(|| Failure::new("no id"))?;
            Ok((membership_id, membership))
        })
        .await;
    report
        .check("invitations_delete: 204, then 404", async {
            let other =
                api.invitations_api().invitations_create(invitation(id, InvitationRole::Worker, "user06")).await?;
            let other = other.key.ok_or_else(|| Failure::new("no key"))?;
            let ((), raw) = api.invitations_api().invitations_delete(&other).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &204)?;
            expect_status(api.invitations_api().invitations_read(&other).await, 404).map(drop)
        })
        .await;

    // Memberships.
    let Some((membership_id, membership)) = membership else { return report };
    report
        .check("memberships_list with search, and every page with into_stream()", async {
            let found = api.memberships_api().memberships_list().search("live-suite").await?;
            ensure_eq("count found", &found.count, &2)?;
            let first = api.memberships_api().memberships_list().page_size(4).await?;
            let all = api.memberships_api().memberships_list().page_size(4).into_stream().collect_all().await?;
            ensure_eq("items", &(all.len() as i64), &first.count)?;
            ensure(all.contains(&membership), "the new membership among them")
        })
        .await;
    report
        .check("memberships_read", async {
            let read = api.memberships_api().memberships_read(membership_id).await?;
            ensure_eq("membership", &read, &membership)
        })
        .await;
    report
        .check("memberships_partial_update", async {
            let body = Membership {
                id: None,
                user: None,
                organization: None,
                role: MembershipRole::Maintainer,
                is_active: None,
                joined_date: None,
            };
            let patched = api.memberships_api().memberships_partial_update(membership_id, body).await?;
            ensure_eq("role", &patched.role, &MembershipRole::Maintainer)?;
            let read = api.memberships_api().memberships_read(membership_id).await?;
            ensure_eq("role read back", &read.role, &MembershipRole::Maintainer)
        })
        .await;
    report
        .check("memberships_delete: 204, then 404", async {
            let ((), raw) = api.memberships_api().memberships_delete(membership_id).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &204)?;
            expect_status(api.memberships_api().memberships_read(membership_id).await, 404).map(drop)
        })
        .await;
    report
        .check("organizations_delete: 204, then 404", async {
            let ((), raw) = api.organizations_api().organizations_delete(id).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &204)?;
            expect_status(api.organizations_api().organizations_read(id).await, 404).map(drop)
        })
        .await;
    report
        .check("auth_logout_create with the token", async {
            let bye = api.auth_api().auth_logout_create().await?;
            ensure_eq("detail", bye.detail.as_str(), "Successfully logged out.")
        })
        .await;
    report
}
