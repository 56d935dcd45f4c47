terraform {
  required_version = ">= 1.5.0"

  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
      # Written against the provider's 1.7x documentation; pin the version you test with.
      version = "~> 1.70"
    }
  }
}

# Credentials of a Client Credentials OAuth client in the target org come from
# GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET; never commit them.
provider "genesyscloud" {
  aws_region = var.aws_region
}
