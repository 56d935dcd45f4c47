output "oauth_client_id" {
  description = "Build the app with VITE_GENESYS_OAUTH_CLIENT_ID set to this (or list it per region in VITE_GENESYS_OAUTH_CLIENT_IDS). One client serves every integration's apps."
  value       = genesyscloud_oauth_client.app.id # the OAuth client id
}

output "client_app_ids" {
  description = "Id of each client app, by integration key (uc_integrations) and view."
  value = {
    for uc in var.uc_integrations : uc => {
      directory  = genesyscloud_integration.directory[uc].id
      transfer   = genesyscloud_integration.transfer[uc].id
      supervisor = genesyscloud_integration.supervisor[uc].id
      admin      = genesyscloud_integration.admin[uc].id
    }
  }
}

output "client_app_urls" {
  description = "Application URL of each client app, by integration key and view, as Genesys Cloud stores it (each with uc=<key>)."
  value       = local.urls
}

output "role_ids" {
  description = "Roles to grant (Admin > People & Permissions > Roles/Permissions), in every division that holds the integration's users. presence_viewer has one role per integration key."
  value = {
    presence_viewer = { for uc, role in genesyscloud_auth_role.presence_viewer : uc => role.id }
    transfer        = genesyscloud_auth_role.transfer.id
    admin_checks    = genesyscloud_auth_role.admin_checks.id
  }
}
