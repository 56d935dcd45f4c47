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

variable "name_prefix" {
  description = "Prefix of every object name, so that the kit's objects are easy to find."
  type        = string
  default     = "8x8 Presence"
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

variable "eight_by_eight_permission_entity" {
  description = "Entity of the 8x8 presence permission (integration:<entity>:view). \"eightByEight\" is unverified: compare with the pbxPermission/userPermissions the app's Admin view reports, or set \"\" to leave it out."
  type        = string
  default     = "eightByEight"
}
