variable "aws_region" {
  description = "AWS region of the Genesys Cloud org, e.g. us-east-1 (mypurecloud.com) or eu-west-1 (mypurecloud.ie)."
  type        = string
}

variable "app_base_url" {
  description = "HTTPS origin the built app is served from, without a trailing slash, e.g. https://presence.example.com."
  type        = string

  validation {
    condition     = can(regex("^https://[^/?#]+$", var.app_base_url))
    error_message = "app_base_url must be an https origin without a path, e.g. https://presence.example.com."
  }
}

variable "oauth_grant" {
  description = "How the app signs in: pkce (Code Authorization with PKCE, the app's default) or implicit. Must match VITE_GENESYS_OAUTH_GRANT."
  type        = string
  default     = "pkce"

  validation {
    condition     = contains(["pkce", "implicit"], var.oauth_grant)
    error_message = "oauth_grant must be pkce or implicit."
  }
}

variable "uc_integrations" {
  description = "The unified-communications integrations the org uses, among 8x8, teams (Microsoft Teams), zoom (Zoom Phone) and ringcentral. The app is added once per integration: its client apps, Transfer widget and viewer role, each URL with uc=<key>."
  type        = list(string)
  default     = ["8x8"]

  validation {
    condition     = length(var.uc_integrations) > 0 && alltrue([for uc in var.uc_integrations : contains(["8x8", "teams", "zoom", "ringcentral"], uc)])
    error_message = "uc_integrations lists one or more of 8x8, teams, zoom, ringcentral."
  }

  validation {
    condition     = length(distinct(var.uc_integrations)) == length(var.uc_integrations)
    error_message = "uc_integrations names each integration once."
  }
}

variable "name_prefix" {
  description = "Prefix of every object name, so that the kit's objects are easy to find. Client apps and viewer roles add the integration's name: \"<prefix> (Microsoft Teams): Directory\". Earlier versions defaulted to \"8x8 Presence\": set it to keep those names."
  type        = string
  default     = "UC Presence"
}

variable "directory_display_type" {
  description = "Directory client app display type: standalone (its own page in the Apps menu) or widget (the side panel)."
  type        = string
  default     = "standalone"

  validation {
    condition     = contains(["standalone", "widget"], var.directory_display_type)
    error_message = "directory_display_type must be standalone or widget."
  }
}

variable "directory_group_ids" {
  description = "Groups that see the Directory app. Empty: everyone in the org."
  type        = list(string)
  default     = []
}

variable "transfer_group_ids" {
  description = "Groups that get the Transfer interaction widget (agents). Empty: everyone."
  type        = list(string)
  default     = []
}

variable "transfer_queue_ids" {
  description = "Queues whose calls show the Transfer widget. Empty: every queue."
  type        = list(string)
  default     = []
}

variable "supervisor_group_ids" {
  description = "Groups that see the Supervisor presence board. Empty: everyone."
  type        = list(string)
  default     = []
}

variable "admin_group_ids" {
  description = "Groups that see the Admin checks. Empty: everyone (the view still needs the admin permissions)."
  type        = list(string)
  default     = []
}

variable "uc_permission_entities" {
  description = "Entity of an integration's own view permission (integration:<entity>:view), by key, where it differs from the unverified defaults eightByEight, microsoftTeams, zoomPhone, ringCentral (main.tf, local.uc_permission_defaults). Use the pbxPermission that /check or the Admin view reports for the org's entry, or \"\" to leave it out. Replaces eight_by_eight_permission_entity: {\"8x8\" = \"...\"}."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for uc in keys(var.uc_permission_entities) : contains(["8x8", "teams", "zoom", "ringcentral"], uc)])
    error_message = "uc_permission_entities keys are among 8x8, teams, zoom, ringcentral."
  }
}
