/**
 * A host application on the module path: scores responses to the bundled flagship self-check in
 * an HTTP request handler and answers with the assessment JSON.
 */
module dev.selfcheck.samples.jpms {
  requires dev.selfcheck.flagship;
  requires dev.selfcheck.schema;
  requires dev.selfcheck.scoring;
  requires jdk.httpserver;

  exports dev.selfcheck.samples.jpms;
}
