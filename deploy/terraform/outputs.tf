output "oauth_client_id" {
  description = "Build the app with VITE_GENESYS_OAUTH_CLIENT_ID set to this (or list it per region in VITE_GENESYS_OAUTH_CLIENT_IDS)."
  value       = genesyscloud_oauth_client.app.id # the OAuth client id
}

output "client_app_urls" {
  description = "Application URL of each client app, as Genesys Cloud stores it."
  value = {
    directory  = local.urls.directory
    transfer   = local.urls.transfer
    supervisor = local.urls.supervisor
    admin      = local.urls.admin
  }
}

output "role_ids" {
  description = "Roles to grant (Admin > People & Permissions > Roles/Permissions), in every division that holds 8x8 users."
  value = {
    presence_viewer = genesyscloud_auth_role.presence_viewer.id
    transfer        = genesyscloud_auth_role.transfer.id
    admin_checks    = genesyscloud_auth_role.admin_checks.id
  }
}
