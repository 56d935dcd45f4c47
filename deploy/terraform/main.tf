# Genesys Cloud objects for "8x8 Presence for Genesys Cloud": the OAuth client
# the app signs in with, one client app per view, the Transfer interaction widget
# and the roles people need. Documentation to adapt: read the README next to it.

locals {
  # Genesys fills these in when it opens the app (README, "Launch parameters").
  launch_query = "gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}}&gcUsePopupAuth={{gcUsePopupAuth}}"

  urls = {
    directory  = "${var.app_base_url}/directory?${local.launch_query}"
    transfer   = "${var.app_base_url}/transfer?${local.launch_query}&gcConversationId={{gcConversationId}}"
    supervisor = "${var.app_base_url}/supervisor?${local.launch_query}"
    admin      = "${var.app_base_url}/admin?${local.launch_query}"
  }

  # Scripts and same-origin storage for the app and the Genesys login page it
  # redirects to inside the frame, forms for that login page, popups for popup sign-in.
  sandbox = "allow-scripts,allow-same-origin,allow-forms,allow-popups"
}

# A user token acts with the signed-in person's own roles, so the client gets
# none. PKCE uses a Code Authorization client without sending its secret.
resource "genesyscloud_oauth_client" "app" {
  name                          = "${var.name_prefix} app sign-in"
  description                   = "Sign-in of the 8x8 Presence client app (${var.oauth_grant})."
  authorized_grant_type         = var.oauth_grant == "implicit" ? "TOKEN" : "CODE"
  registered_redirect_uris      = ["${var.app_base_url}/"]
  access_token_validity_seconds = 43200
  state                         = "active"

  # Honoured when the org restricts clients to their scopes; the app reads
  # users, presence, groups, UC integration metadata and permissions, opens a
  # notification channel and transfers calls. The list is
  # src/genesys/oauth-scopes.ts's (test/deploy/oauth-scopes.test.ts checks it).
  scopes = [
    "authorization:readonly",
    "conversations",
    "groups:readonly",
    "integrations:readonly",
    "notifications",
    "presence:readonly",
    "users:readonly",
  ]
}

resource "genesyscloud_integration" "directory" {
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix}: Directory"
    properties = jsonencode({
      url         = local.urls.directory
      displayType = var.directory_display_type
      sandbox     = local.sandbox
      groups      = var.directory_group_ids
    })
    advanced = jsonencode({})
    notes    = "8x8 directory with presence badges."
  }
}

# One iframe per call, opened by Genesys with the conversation id.
resource "genesyscloud_integration" "transfer" {
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app-interaction-widget"

  config {
    name = "${var.name_prefix}: Transfer"
    properties = jsonencode({
      url                     = local.urls.transfer
      sandbox                 = local.sandbox
      groups                  = var.transfer_group_ids
      queueIdFilterList       = var.transfer_queue_ids
      communicationTypeFilter = "call"
    })
    advanced = jsonencode({})
    notes    = "Transfer the current call to an 8x8 person."
  }
}

resource "genesyscloud_integration" "supervisor" {
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix}: Supervisor"
    properties = jsonencode({
      url         = local.urls.supervisor
      displayType = "standalone"
      sandbox     = local.sandbox
      groups      = var.supervisor_group_ids
    })
    advanced = jsonencode({})
    notes    = "Live 8x8 presence board."
  }
}

resource "genesyscloud_integration" "admin" {
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix}: Admin"
    properties = jsonencode({
      url         = local.urls.admin
      displayType = "standalone"
      sandbox     = local.sandbox
      groups      = var.admin_group_ids
    })
    advanced = jsonencode({})
    notes    = "Badge permission and provisioning checks."
  }
}

# Badges (the UC clientapps endpoints require integration:unifiedCommunications:view),
# 8x8 presence when transferring, and the user search behind the directory.
resource "genesyscloud_auth_role" "presence_viewer" {
  name        = "${var.name_prefix} Viewer"
  description = "See 8x8 people and their presence in Genesys Cloud."

  permission_policies {
    domain      = "integration"
    entity_name = "unifiedCommunications"
    action_set  = ["view"]
  }

  dynamic "permission_policies" {
    for_each = var.eight_by_eight_permission_entity == "" ? [] : [var.eight_by_eight_permission_entity]
    content {
      domain      = "integration"
      entity_name = permission_policies.value
      action_set  = ["view"]
    }
  }

  permission_policies {
    domain      = "directory"
    entity_name = "user"
    action_set  = ["view"]
  }
}

# Agents usually hold these already through their default roles.
resource "genesyscloud_auth_role" "transfer" {
  name        = "${var.name_prefix} Transfer"
  description = "Blind and consult transfer of the agent's call."

  permission_policies {
    domain      = "conversation"
    entity_name = "communication"
    action_set  = ["blindTransfer", "consultTransfer"]
  }
}

resource "genesyscloud_auth_role" "admin_checks" {
  name        = "${var.name_prefix} Admin Checks"
  description = "Read roles, grants, integrations and presence sources for the Admin view's checks and the org check."

  permission_policies {
    domain      = "authorization"
    entity_name = "role"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "authorization"
    entity_name = "grant"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "integrations"
    entity_name = "integration"
    action_set  = ["view"]
  }

  # The org check's presence sources probe (GET /api/v2/presence/sources).
  permission_policies {
    domain      = "presence"
    entity_name = "source"
    action_set  = ["view"]
  }
}
