# Genesys Cloud objects for the UC presence client app: the OAuth client the app
# signs in with, then per unified-communications integration the org uses
# (var.uc_integrations): one client app per view, the Transfer interaction widget
# and a viewer role. Documentation to adapt: read the README next to it.

locals {
  # Genesys fills these in when it opens the app (docs/views.md, "Launch parameters").
  launch_query = "gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}}&gcUsePopupAuth={{gcUsePopupAuth}}"

  # The integrations the app serves (src/genesys/uc-table.ts): the key its `uc`
  # launch parameter takes and the name people know.
  uc_names = {
    "8x8"       = "8×8"
    teams       = "Microsoft Teams"
    zoom        = "Zoom Phone"
    ringcentral = "RingCentral"
  }

  # Entity of each integration's own view permission, integration:<entity>:view
  # (the table's fallbacks). Genesys labels them Integration > 8×8 > View,
  # Integration > microsoftTeams > View, Integration > zoomPhone > View.
  # UNVERIFIED: all four strings, ringCentral least of all (no public material
  # names it). The org's UC clientapps entry reports the real one (pbxPermission),
  # which /check and the Admin view show: set var.uc_permission_entities to it.
  uc_permission_defaults = {
    "8x8"       = "eightByEight"
    teams       = "microsoftTeams"
    zoom        = "zoomPhone"
    ringcentral = "ringCentral"
  }
  uc_permission_entities = merge(local.uc_permission_defaults, var.uc_permission_entities)

  # The integrations this org uses, key => name: every for_each below.
  ucs = { for uc in var.uc_integrations : uc => local.uc_names[uc] }

  # Each view's path and launch parameters; the transfer widget also gets the call.
  views = {
    directory  = "directory?${local.launch_query}"
    transfer   = "transfer?${local.launch_query}&gcConversationId={{gcConversationId}}"
    supervisor = "supervisor?${local.launch_query}"
    admin      = "admin?${local.launch_query}"
  }

  # Application URL of each client app, integration => view => URL: `uc` names
  # the integration the app serves, so several integrations never mix.
  urls = { for uc in var.uc_integrations : uc => { for view, path in local.views : view => "${var.app_base_url}/${path}&uc=${uc}" } }

  # Scripts and same-origin storage for the app and the Genesys login page it
  # redirects to inside the frame, forms for that login page, popups for popup sign-in.
  sandbox = "allow-scripts,allow-same-origin,allow-forms,allow-popups"
}

# One client for every integration's apps: the sign-in is the same.
# A user token acts with the signed-in person's own roles, so the client gets
# none. PKCE uses a Code Authorization client without sending its secret.
resource "genesyscloud_oauth_client" "app" {
  name                          = "${var.name_prefix} app sign-in"
  description                   = "Sign-in of the ${var.name_prefix} client apps (${var.oauth_grant})."
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
  for_each         = local.ucs
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix} (${each.value}): Directory"
    properties = jsonencode({
      url         = local.urls[each.key].directory
      displayType = var.directory_display_type
      sandbox     = local.sandbox
      groups      = var.directory_group_ids
    })
    advanced = jsonencode({})
    notes    = "${each.value} directory with presence badges."
  }
}

# One iframe per call, opened by Genesys with the conversation id.
resource "genesyscloud_integration" "transfer" {
  for_each         = local.ucs
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app-interaction-widget"

  config {
    name = "${var.name_prefix} (${each.value}): Transfer"
    properties = jsonencode({
      url                     = local.urls[each.key].transfer
      sandbox                 = local.sandbox
      groups                  = var.transfer_group_ids
      queueIdFilterList       = var.transfer_queue_ids
      communicationTypeFilter = "call"
    })
    advanced = jsonencode({})
    notes    = "Transfer the current call to someone on ${each.value}."
  }
}

resource "genesyscloud_integration" "supervisor" {
  for_each         = local.ucs
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix} (${each.value}): Supervisor"
    properties = jsonencode({
      url         = local.urls[each.key].supervisor
      displayType = "standalone"
      sandbox     = local.sandbox
      groups      = var.supervisor_group_ids
    })
    advanced = jsonencode({})
    notes    = "Live ${each.value} presence board."
  }
}

resource "genesyscloud_integration" "admin" {
  for_each         = local.ucs
  intended_state   = "ENABLED"
  integration_type = "embedded-client-app"

  config {
    name = "${var.name_prefix} (${each.value}): Admin"
    properties = jsonencode({
      url         = local.urls[each.key].admin
      displayType = "standalone"
      sandbox     = local.sandbox
      groups      = var.admin_group_ids
    })
    advanced = jsonencode({})
    notes    = "${each.value} badge permission and provisioning checks."
  }
}

# One per integration: badges (the UC clientapps endpoints require
# integration:unifiedCommunications:view), that integration's presence (its own
# view permission), and the user search behind the directory.
resource "genesyscloud_auth_role" "presence_viewer" {
  for_each    = local.ucs
  name        = "${var.name_prefix} (${each.value}) Viewer"
  description = "See ${each.value} people and their presence in Genesys Cloud."

  permission_policies {
    domain      = "integration"
    entity_name = "unifiedCommunications"
    action_set  = ["view"]
  }

  # Unverified entity names: see local.uc_permission_defaults.
  dynamic "permission_policies" {
    for_each = local.uc_permission_entities[each.key] == "" ? [] : [local.uc_permission_entities[each.key]]
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

# Earlier versions of this example created the 8×8 objects without for_each:
# an existing state keeps them (renamed and with uc=8x8 in place, not replaced).
moved {
  from = genesyscloud_integration.directory
  to   = genesyscloud_integration.directory["8x8"]
}

moved {
  from = genesyscloud_integration.transfer
  to   = genesyscloud_integration.transfer["8x8"]
}

moved {
  from = genesyscloud_integration.supervisor
  to   = genesyscloud_integration.supervisor["8x8"]
}

moved {
  from = genesyscloud_integration.admin
  to   = genesyscloud_integration.admin["8x8"]
}

moved {
  from = genesyscloud_auth_role.presence_viewer
  to   = genesyscloud_auth_role.presence_viewer["8x8"]
}
