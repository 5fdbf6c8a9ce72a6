package org.sezflow.workflow;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads Camunda Form definitions straight from the engine's table: the public API has no query. */
final class FormDefinitions {

  record Form(String key, int version, String resourceName, String deploymentId) {}

  private FormDefinitions() {}

  static List<Form> all(JdbcClient jdbc) {
    return jdbc
        .sql("SELECT KEY_, VERSION_, RESOURCE_NAME_, DEPLOYMENT_ID_ FROM ACT_RE_CAMFORMDEF ORDER BY KEY_, VERSION_")
        .query((rs, row) -> new Form(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
