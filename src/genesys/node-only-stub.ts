// Stands in for winston and configparser, which the platform SDK only
// require()s under Node (`typeof window === 'undefined'`): the bundler would
// otherwise pull about 500 KB of Node-only code into the browser build.
export default {};
