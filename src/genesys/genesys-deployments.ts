// Genesys Cloud deployments by their gcTargetEnv name and API domain, as genesys-cloud-service-discovery-web
// 3.0.500 lists them (getEnvironments(): name, publicDomainName). Written out rather than imported: the library
// costs 2.8 kB gzip in every view for these 17 pairs. test/genesys/genesys-deployments.test.ts fails when the
// installed library lists anything else, so an upgrade brings its changes here.
export const GENESYS_DEPLOYMENT_DOMAINS: readonly { readonly name: string; readonly domain: string }[] = [
  { name: 'fedramp-use2-core', domain: 'use2.us-gov-pure.cloud' },
  { name: 'prod', domain: 'mypurecloud.com' },
  { name: 'prod-apne1', domain: 'mypurecloud.jp' },
  { name: 'prod-apne2', domain: 'apne2.pure.cloud' },
  { name: 'prod-apne3', domain: 'apne3.pure.cloud' },
  { name: 'prod-aps1', domain: 'aps1.pure.cloud' },
  { name: 'prod-apse1', domain: 'apse1.pure.cloud' },
  { name: 'prod-apse2', domain: 'mypurecloud.com.au' },
  { name: 'prod-cac1', domain: 'cac1.pure.cloud' },
  { name: 'prod-euc1', domain: 'mypurecloud.de' },
  { name: 'prod-euc2', domain: 'euc2.pure.cloud' },
  { name: 'prod-euw1', domain: 'mypurecloud.ie' },
  { name: 'prod-euw2', domain: 'euw2.pure.cloud' },
  { name: 'prod-mec1', domain: 'mec1.pure.cloud' },
  { name: 'prod-mxc1', domain: 'mxc1.pure.cloud' },
  { name: 'prod-sae1', domain: 'sae1.pure.cloud' },
  { name: 'prod-usw2', domain: 'usw2.pure.cloud' },
];
